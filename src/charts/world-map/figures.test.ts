import { describe, expect, test } from 'vitest';
import { figureForPeriod, figureValue, symbolKind, type Figure } from './figures.ts';

const f = (date: string, value: number, extra: Partial<Figure> = {}): Figure => ({
  date,
  value,
  label: 'workers',
  sources: ['s'],
  ...extra,
});

describe('figureForPeriod()', () => {
  const figures = [
    f('2013', 2123),
    f('2017-11', 1190),
    f('2017-03', 900),
    f('2019-03-26', 11490),
    f('2020-04', 753),
  ];

  test('figureForPeriod() picks the latest figure inside the period', () => {
    expect(figureForPeriod(figures, '2017')?.value).toBe(1190);
    expect(figureForPeriod(figures, '2019')?.value).toBe(11490);
    expect(figureForPeriod(figures, '2020')?.value).toBe(753);
  });

  test('figureForPeriod() counts 2018 as the run-up to the deadline', () => {
    expect(figureForPeriod([f('2018-06', 150)], '2019')?.value).toBe(150);
  });

  test('figureForPeriod() gives 2021–2025 to the period after the Panel', () => {
    expect(figureForPeriod([f('2021', 5), f('2024', 10000), f('2026', 1)], '2025')?.value).toBe(10000);
    expect(figureForPeriod(figures, '2025')).toBeUndefined();
  });

  test('figureForPeriod() never draws a count of entries as workers', () => {
    const entries = f('2024-12', 13221, { counts: 'entries', label: 'entries, not workers' });
    expect(figureForPeriod([f('2024', 10000), entries], '2025')?.value).toBe(10000);
    expect(figureForPeriod([entries], '2025')).toBeUndefined();
  });

  test('figureForPeriod() carries nothing over from another period', () => {
    expect(figureForPeriod([f('2007', 400)], '2017')).toBeUndefined();
    expect(figureForPeriod([f('2017-09', 1000)], '2019')).toBeUndefined();
  });
});

describe('figureValue() and symbolKind()', () => {
  test('a qualifier stays with the number', () => {
    expect(figureValue(f('2017', 1500, { qualifier: 'up-to' }))).toBe('up to 1,500');
    expect(figureValue(f('2017', 140, { qualifier: 'more-than' }))).toBe('more than 140');
    expect(figureValue(f('2017-09', 1000, { qualifier: 'about' }))).toBe('about 1,000');
  });

  test('a range reads as a range and is drawn as one', () => {
    const range: Figure = { date: '2019', low: 50000, high: 80000, label: 'workers', sources: ['s'] };
    expect(figureValue(range)).toBe('50,000–80,000');
    expect(symbolKind(range)).toBe('range');
  });

  test('symbolKind() marks ceilings and floors', () => {
    expect(symbolKind(f('2017', 1, { qualifier: 'up-to' }))).toBe('up-to');
    expect(symbolKind(f('2017', 1, { qualifier: 'more-than' }))).toBe('more-than');
    expect(symbolKind(f('2017', 1, { qualifier: 'at-least' }))).toBe('more-than');
    expect(symbolKind(f('2017', 1, { qualifier: 'about' }))).toBe('point');
  });
});
