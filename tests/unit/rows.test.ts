// Data-file mistakes as the editor sees them: row id, field, the value written, the YAML line,
// and how to write it.
import { expect, test } from 'vitest';
import { checkRows, formatRowProblems, hint } from '../../src/data/rows.ts';
import { deploymentSchema, eventSchema } from '../../src/data/schemas.ts';

const RUS = `# A comment line.
- id: RUS
  name: Russia
  iso3: RUS
  isoNumeric: '643'
  status: { '2017': hosting, '2019': hosting, '2020': hosting, '2025': hosting }
  summary: The largest destination.
  figures:
    - value: "30,023"
      date: '2017'
      label: workers in 2017
      sources: [reuters-2019-03]
  sources: [reuters-2019-03]
`;

test('a figure written as text "30,023" names the row, field, value and line, and says to write 30023', () => {
  const { problems } = checkRows('content/data/deployments.yaml', RUS, deploymentSchema);
  expect(formatRowProblems(problems)).toBe(
    '  content/data/deployments.yaml:9 (id: RUS) — figures.0.value (written "30,023"): Invalid input: expected number, received string; write 30023: digits only, no quotes or commas',
  );
});

test('a bad value deep in a row and a missing field are both reported, each on its line', () => {
  const text = `- id: unsc-2397
  date: 2017-13-22
  kind: resolution
  title: Resolution 2397
  description: The deadline.
  confidence: high
  sources: unsc-2397
`;
  const lines = formatRowProblems(checkRows('content/data/events.yaml', text, eventSchema).problems).split(
    '\n',
  );
  expect(lines[0]).toContain(
    'content/data/events.yaml:2 (id: unsc-2397) — date (written "2017-13-22"): must be a real date',
  );
  expect(lines[1]).toContain('content/data/events.yaml:7 (id: unsc-2397) — sources (written "unsc-2397")');
  expect(lines[1]).toContain('write a list: [unsc-2397]');
});

test('valid rows have no problem; unreadable YAML names its line', () => {
  expect(checkRows('x.yaml', RUS.replace('"30,023"', '30023'), deploymentSchema).problems).toEqual([]);
  expect(() => checkRows('x.yaml', '- id: a\n  id: b\n', eventSchema)).toThrow(
    /^x\.yaml:2 — the YAML cannot be read/,
  );
});

test('hint() only speaks when it knows better', () => {
  expect(hint('number', '1 200')).toBe('write 1200: digits only, no quotes or commas');
  expect(hint('string', 5)).toBeUndefined();
});
