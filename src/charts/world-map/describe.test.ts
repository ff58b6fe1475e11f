import { expect, test } from 'vitest';
import { describeMap, periodSummary } from './describe.ts';
import { realDeployments, row } from '../../../tests/fixtures/world-map.ts';

test('periodSummary() counts the countries of each status', () => {
  const rows = [
    row({ iso3: 'RUS', isoNumeric: '643' }),
    row({
      iso3: 'MYS',
      isoNumeric: '458',
      status: { '2017': 'expelled', '2019': 'expelled', '2020': 'expelled', '2025': 'expelled' },
    }),
    row({
      iso3: 'POL',
      isoNumeric: '616',
      status: { '2017': 'hosting', '2019': 'past', '2020': 'past', '2025': 'past' },
    }),
  ];
  expect(periodSummary(rows, '2017')).toBe(
    '2017, before the resolutions: Hosting workers: 2 · expelled or closed: 1',
  );
  expect(periodSummary(rows, '2020')).toBe(
    '2020, after the deadline: Hosting workers: 1 · expelled or closed: 1 · past hosts: 1',
  );
  expect(periodSummary(rows, '2025')).toBe(
    '2025, after the Panel: Hosting workers: 1 · expelled or closed: 1 · past hosts: 1',
  );
});

test('describeMap() names the countries by status and counts the past hosts', () => {
  const rows = realDeployments();
  const text = describeMap(rows, '2019');
  const past = rows.filter((d) => d.status['2019'] === 'past').length;
  expect(text).toMatch(new RegExp(`^North Korea and the ${rows.length} countries`));
  expect(text).toMatch(/hosting workers: [^;]*Russia/);
  expect(text).toMatch(
    new RegExp(
      `${['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'][past] ?? past} past hosts?`,
    ),
  );
  expect(text).toMatch(/a front company only: Cyprus/);
  expect(text).toMatch(/Circles show sourced head counts for \w+ of them\./);
});
