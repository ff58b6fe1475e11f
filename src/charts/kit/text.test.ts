import { describe, expect, test } from 'vitest';
import { round } from './round.ts';
import { textWidth, wrap } from './text.ts';

describe('textWidth()', () => {
  test('sums per-character advance widths, scaled by the font size', () => {
    expect(textWidth('Resolution', 24)).toBeCloseTo(2 * textWidth('Resolution', 12));
    expect(textWidth('ii', 12)).toBeLessThan(textWidth('WW', 12));
  });
  test('semibold is wider than regular', () => {
    expect(textWidth('Resolution', 12, true)).toBeGreaterThan(textWidth('Resolution', 12));
  });
  test('a character outside the table counts as about the widest capital, never as nothing', () => {
    expect(textWidth('북', 10)).toBeGreaterThanOrEqual(textWidth('W', 10));
  });
});

describe('wrap()', () => {
  test('keeps every line within the width and every word in order', () => {
    const text = 'North Korean workers abroad earned the state as much as half a billion dollars a year';
    const lines = wrap(text, 120, 12);
    expect(lines.length).toBeGreaterThan(2);
    for (const l of lines) expect(textWidth(l, 12)).toBeLessThanOrEqual(120);
    expect(lines.join(' ')).toBe(text);
  });
  test('a word wider than the width keeps a line of its own', () => {
    expect(wrap('a Vladivostok b', 20, 12)).toEqual(['a', 'Vladivostok', 'b']);
  });
});

describe('round()', () => {
  test('rounds to one decimal unless told otherwise', () => {
    expect(round(12.345)).toBe(12.3);
    expect(round(12.345, 2)).toBe(12.35);
    expect(round(-0.26, 1)).toBe(-0.3);
  });
});
