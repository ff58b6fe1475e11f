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
    expect(Math.max(...nums)).toBeLessThan(108);
  }
});

test('KIND_STYLE gives each kind its own palette colour', () => {
  const colours = EVENT_KINDS.map((k) => KIND_STYLE[k].color);
  expect(new Set(colours).size).toBe(EVENT_KINDS.length);
  for (const k of EVENT_KINDS) expect(LIGHT[KIND_STYLE[k].color.slice(2) as Token]).toMatch(/^#[0-9a-f]{6}$/);
});
