import { describe, expect, test } from 'vitest';
import { DEPLOYMENTS, MONEY } from './fixtures.ts';
import { buildPresets, PER_MONTH_PRESETS, WORKER_PRESETS } from './presets.ts';

describe('buildPresets()', () => {
  const p = buildPresets({ money: MONEY, deployments: DEPLOYMENTS });

  test('builds the worked example from the US figures: 500m ÷ 100,000 = 5,000 a year, ≈ 417 a month', () => {
    expect(p.example).toMatchObject({ workers: 100_000, total: 500e6, perYear: 5000, perMonth: 417 });
    expect(p.example.perMonthExact).toBeCloseTo(416.67, 2);
  });

  test('takes the Russian workforce from the deployments data', () => {
    expect(p.workers.map((w) => [w.key, w.value])).toEqual([
      ['world-us', 100_000],
      ['russia-2017', 30_023],
      ['russia-2018', 11_490],
    ]);
    expect(p.workers.every((w) => w.basis === 'sourced' && w.sources.length > 0)).toBe(true);
  });

  test('labels the monthly amounts as derived and writes out the arithmetic', () => {
    expect(p.perMonth.map((m) => [m.key, m.value, m.basis])).toEqual([
      ['us-average', 417, 'derived'],
      ['russia-upper', 833, 'derived'],
    ]);
    expect(p.perMonth[0]?.derivation).toBe('500,000,000 ÷ 100,000 ÷ 12 = 416.67 ≈ 417');
    expect(p.perMonth[1]?.derivation).toBe('300,000,000 ÷ 30,023 ÷ 12 = 832.69 ≈ 833');
  });

  test('has one preset for every name the component accepts', () => {
    expect(p.workers.map((w) => w.key)).toEqual([...WORKER_PRESETS]);
    expect(p.perMonth.map((m) => m.key)).toEqual([...PER_MONTH_PRESETS]);
  });

  test('fails loudly when a figure it needs is missing from the data', () => {
    const noUs = MONEY.filter((m) => m.id !== 'us-100k-workers');
    expect(() => buildPresets({ money: noUs, deployments: DEPLOYMENTS })).toThrow(/us-100k-workers/);
    expect(() => buildPresets({ money: MONEY, deployments: [] })).toThrow(/RUS figure dated 2017/);
    const noCount = MONEY.map((m) => (m.id === 'us-100k-workers' ? { ...m, workers: undefined } : m));
    expect(() => buildPresets({ money: noCount, deployments: DEPLOYMENTS })).toThrow(/needs `workers`/);
  });
});
