import { LIGHT, type Token } from '../kit/palette.ts';
import { expect, test } from 'vitest';
import { EVENT_KINDS } from '../../data/schemas.ts';
import { KIND_STYLE, shapePath } from './shapes.ts';

test('shapePath() gives every kind its own shape', () => {
  const paths = EVENT_KINDS.filter((k) => k !== 'context').map((k) => shapePath(k, 0, 0, 5));
  expect(new Set(paths).size).toBe(paths.length);
  // Context shares the circle's outline but is drawn as a ring (see style.ts).
  expect(shapePath('context', 0, 0, 5)).toBe(shapePath('resolution', 0, 0, 5));
});

test('shapePath() centres shapes on the point given', () => {
  for (const k of EVENT_KINDS) {
    const nums = shapePath(k, 100, 50, 5)
      .match(/-?\d+(\.\d+)?/g)!
      .map(Number);
    // Absolute coordinates only (the circle's arcs are relative): x around 100, y around 50.
    const xs = nums.filter((v) => v > 75);
    const ys = nums.filter((v) => v > 25 && v <= 75);
    expect(xs.length, k).toBeGreaterThan(0);
    expect(ys.length, k).toBeGreaterThan(0);
    expect(Math.max(...xs)).toBeLessThan(108);
    expect(Math.min(...xs)).toBeGreaterThan(92);
    expect(Math.max(...ys)).toBeLessThan(58);
    expect(Math.min(...ys)).toBeGreaterThan(42);
  }
});

test('KIND_STYLE gives each kind its own palette colour', () => {
  const colours = EVENT_KINDS.map((k) => KIND_STYLE[k].color);
  expect(new Set(colours).size).toBe(EVENT_KINDS.length);
  for (const k of EVENT_KINDS) expect(LIGHT[KIND_STYLE[k].color.slice(2) as Token]).toMatch(/^#[0-9a-f]{6}$/);
});
