import { describe, expect, test } from 'vitest';
import type { Choices, FoundFigure } from '../../data/choices.ts';
import { DEPLOYMENTS, MONEY } from './fixtures.ts';
import { AVERAGE, WORLDWIDE, buildPresets } from './presets.ts';

// The calculator's choice as src/data/choices.ts resolves it from content/data/choices.yaml.
const russia = DEPLOYMENTS[0]!;
const found = (i: number) => ({ country: russia, figure: russia.figures[i] }) as FoundFigure;
const choice = (over: Partial<Choices['calculator']> = {}) =>
  ({
    worldwide: MONEY.find((m) => m.id === 'us-100k-workers'),
    upper: MONEY.find((m) => m.id === 'state-dept-russia'),
    permits: [found(0), found(1)],
    ...over,
  }) as Choices['calculator'];

describe('buildPresets()', () => {
  const p = buildPresets(choice());

  test('builds the worked example from the worldwide figures: 500m ÷ 100,000 = 5,000 a year, ≈ 417 a month', () => {
    expect(p.example).toMatchObject({ workers: 100_000, total: 500e6, perYear: 5000, perMonth: 417 });
    expect(p.example.perMonthExact).toBeCloseTo(416.67, 2);
  });

  test('offers the chosen country’s counts, named after it and their year', () => {
    expect(p.workers.map((w) => [w.key, w.value, w.name])).toEqual([
      [WORLDWIDE, 100_000, 'worldwide, US estimate, ~100,000 workers'],
      ['russia-2017', 30_023, 'Russia, end of 2017'],
      ['russia-2018', 11_490, 'Russia, end of 2018'],
    ]);
    expect(p.workers.map((w) => w.basis)).toEqual(['sourced', 'sourced', 'sourced']);
    expect(p.workers.map((w) => w.sources)).toEqual([
      ['reuters-2019-03'],
      ['reuters-2019-03'],
      ['reuters-2019-03'],
    ]);
    // Each count is described in its own row's words.
    expect(p.workers[2]?.what).toBe('permit holders at the end of 2018');
  });

  test('labels the monthly amounts as derived and writes out the arithmetic', () => {
    expect(p.perMonth.map((m) => [m.key, m.value, m.basis])).toEqual([
      [AVERAGE, 417, 'derived'],
      ['russia-upper', 833, 'derived'],
    ]);
    expect(p.perMonth[0]?.derivation).toBe('500,000,000 ÷ 100,000 ÷ 12 = 416.67 ≈ 417');
    expect(p.perMonth[1]?.derivation).toBe('300,000,000 ÷ 30,023 ÷ 12 = 832.69 ≈ 833');
  });

  test('calls the average a floor only when the estimate said “more than”', () => {
    expect(p.perMonth[0]?.what).not.toMatch(/floor/);
    const more = { ...choice().worldwide, qualifier: 'more-than' as const };
    expect(buildPresets(choice({ worldwide: more })).perMonth[0]?.what).toMatch(
      /a floor, since the estimate was more than US\$500,000,000/,
    );
  });

  test('the upper figure a month is the range’s high over the first count chosen', () => {
    const later = buildPresets(choice({ permits: [found(1)] }));
    expect(later.workers.map((w) => w.key)).toEqual([WORLDWIDE, 'russia-2018']);
    expect(later.perMonth[1]?.derivation).toBe('300,000,000 ÷ 11,490 ÷ 12 = 2,175.81 ≈ 2,176');
  });
});
