import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { moneySchema, type Money } from '../../data/schemas.ts';
import { MONEY } from './fixtures.ts';
import { buildPanels } from './panels.ts';
import { dateText, isAnnual, isMultiYear, isSingleSum, periodText } from './summary.ts';

const multiYear: Money = {
  id: 'doj-it-2017-2023',
  label: 'IT workers, US cases',
  estimator: 'US Department of Justice',
  measure: 'Earned by IT workers in the cases charged',
  kind: 'reported',
  scope: 'all-abroad',
  period: 'years',
  currency: 'USD',
  value: 88e6,
  qualifier: 'more-than',
  date: '2017',
  endDate: '2023',
  sources: ['src-a'],
};

describe('a sum over several years', () => {
  test('is neither a yearly estimate nor a single sum, and says how many years it spans', () => {
    expect(isAnnual(multiYear)).toBe(false);
    expect(isSingleSum(multiYear)).toBe(false);
    expect(isMultiYear(multiYear)).toBe(true);
    expect(periodText(multiYear)).toBe('one sum over 7 years');
    expect(dateText(multiYear)).toBe('2017 to 2023');
  });

  test('is drawn on neither panel', () => {
    const p = buildPanels([...MONEY, multiYear], () => 1, 1e8);
    expect([...p.annual, ...p.sums].map((m) => m.id)).not.toContain(multiYear.id);
    // The single sums' axis is not stretched to US$88 million.
    expect(p.b.scale.max).toBe(buildPanels(MONEY, () => 1, 1e8).b.scale.max);
  });
});

describe('the story’s money rows', () => {
  const money = (parse(readFileSync('content/data/money.yaml', 'utf8')) as unknown[]).map((r) =>
    moneySchema.parse(r),
  );

  test('draw the Panel’s 2023 estimate as a yearly estimate of all the workers abroad', () => {
    const panel = money.find((m) => m.id === 'panel-2023');
    expect(panel).toMatchObject({ kind: 'estimate', scope: 'all-abroad', period: 'year', workers: 100_000 });
    const p = buildPanels(money, () => 1, 1e8);
    const mark = p.annual.find((m) => m.id === 'panel-2023')!;
    expect(mark.valueText).toBe('about US$500m');
    expect(mark.label).toMatch(/2023/);
  });

  test('draw no multi-year sum as a yearly estimate or a single sum', () => {
    const p = buildPanels(money, () => 1, 1e8);
    const drawn = new Set([...p.annual, ...p.sums].map((m) => m.id));
    for (const m of money.filter(isMultiYear)) expect(drawn.has(m.id)).toBe(false);
  });
});
