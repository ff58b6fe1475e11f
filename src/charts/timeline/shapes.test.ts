import { LIGHT, type Token } from '../kit/palette.ts';
import { expect, test } from 'vitest';
import { EVENT_KINDS, type EventKind } from '../../data/schemas.ts';
import { GLYPH_AREA, KIND_STYLE, KIND_SYMBOL, glyph, glyphHalfWidth, keyGlyph, markGlyph } from './shapes.ts';

/** The outline a kind's symbol draws: its corners, or its circle. */
function outline(kind: EventKind) {
  const pts: [number, number][] = [];
  let circle: number | undefined;
  KIND_SYMBOL[kind].draw(
    {
      moveTo: (x: number, y: number) => pts.push([x, y]),
      lineTo: (x: number, y: number) => pts.push([x, y]),
      arc: (_x: number, _y: number, r: number) => (circle = r),
      rect: (x: number, y: number, w: number, h: number) =>
        pts.push([x, y], [x + w, y], [x + w, y + h], [x, y + h]),
      closePath: () => undefined,
    } as unknown as Parameters<(typeof KIND_SYMBOL)[EventKind]['draw']>[0],
    GLYPH_AREA,
  );
  return { pts, circle };
}

/** The shoelace formula, as d3-shape's own tests measure its symbols. */
const polygonArea = (pts: [number, number][]) =>
  Math.abs(
    pts.reduce(
      (sum, [x, y], i) => sum + x * pts[(i + 1) % pts.length]![1] - pts[(i + 1) % pts.length]![0] * y,
      0,
    ),
  ) / 2;

test('glyph() draws every kind with the same area, a circle of radius 5.5', () => {
  for (const k of EVENT_KINDS) {
    const { pts, circle } = outline(k);
    const area = circle === undefined ? polygonArea(pts) : Math.PI * circle ** 2;
    expect(area, k).toBeCloseTo(Math.PI * 5.5 ** 2, 6);
  }
  // (The area check sees a glyph of another size.)
  expect(
    polygonArea([
      [0, 0],
      [2, 0],
      [2, 2],
      [0, 2],
    ]),
  ).toBe(4);
});

test('glyph() gives every kind its own shape, centred on (0, 0) and inside the 20 px key box', () => {
  const paths = EVENT_KINDS.filter((k) => k !== 'context').map((k) => glyph(k));
  expect(new Set(paths).size).toBe(paths.length);
  // Context shares the circle's outline but is drawn as a ring (svg.css).
  expect(glyph('context')).toBe(glyph('resolution'));
  for (const k of EVENT_KINDS) {
    const nums = glyph(k)
      .match(/-?\d+(\.\d+)?/g)!
      .map(Number);
    expect(nums.length, k).toBeGreaterThan(0);
    expect(Math.max(...nums.map(Math.abs)), k).toBeLessThan(10);
    expect(glyphHalfWidth(k), k).toBeGreaterThan(4);
    expect(glyphHalfWidth(k), k).toBeLessThan(8);
  }
  expect(glyphHalfWidth('resolution')).toBeCloseTo(5.5, 6);
  expect(glyphHalfWidth('repatriation')).toBeCloseTo(7.4, 1);
});

test('the key draws each kind with the marks’ own glyph, at the marks’ size', () => {
  for (const k of EVENT_KINDS) {
    const mark = markGlyph(k, { x: 100, y: 50, scale: 1 });
    expect(keyGlyph(k).d).toBe(mark.d);
    expect(mark.transform).toBe('translate(100,50)');
  }
  expect(markGlyph('deadline', { x: 1, y: 2, scale: 0.7 }).transform).toBe('translate(1,2) scale(0.7)');
});

test('KIND_STYLE gives each kind its own palette colour', () => {
  const colours = EVENT_KINDS.map((k) => KIND_STYLE[k].color);
  expect(new Set(colours).size).toBe(EVENT_KINDS.length);
  for (const k of EVENT_KINDS) expect(LIGHT[KIND_STYLE[k].color.slice(2) as Token]).toMatch(/^#[0-9a-f]{6}$/);
});
