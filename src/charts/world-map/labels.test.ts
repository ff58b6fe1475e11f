import { expect, test } from 'vitest';
import { textWidth } from '../kit/text.ts';
import { overlaps, placeLabels } from './labels.ts';

const frame = { x0: 0, y0: 0, x1: 200, y1: 100 };

test('placeLabels() puts a label beside its circle, not on it', () => {
  const [l] = placeLabels([{ id: 'a', text: 'Alpha', x: 50, y: 50, r: 10 }], [], frame, 10);
  expect(l!.box.x0).toBeGreaterThan(60);
  expect(l!.box.x1 - l!.box.x0).toBeCloseTo(textWidth('Alpha', 10, true));
});

test('placeLabels() centres a name on a roomy shape without a circle', () => {
  const [l] = placeLabels([{ id: 'a', text: 'Alpha', x: 50, y: 50, r: 0, room: 80 }], [], frame, 10);
  expect(l!.x).toBe(50);
});

test('placeLabels() moves a label away from marks and earlier labels', () => {
  const placed = placeLabels(
    [
      { id: 'a', text: 'Alpha', x: 50, y: 50, r: 5 },
      { id: 'b', text: 'Beta', x: 52, y: 52, r: 5 },
    ],
    [{ x0: 60, y0: 40, x1: 120, y1: 60 }],
    frame,
    10,
  );
  expect(placed).toHaveLength(2);
  expect(overlaps(placed[0]!.box, placed[1]!.box)).toBe(false);
  for (const l of placed) expect(overlaps(l.box, { x0: 60, y0: 40, x1: 120, y1: 60 })).toBe(false);
});

test('placeLabels() leaves out a label with no free spot, and keeps inside the frame', () => {
  const crowded = placeLabels(
    [{ id: 'a', text: 'A very long name indeed', x: 100, y: 50, r: 0 }],
    [],
    frame,
    20,
  );
  expect(crowded).toEqual([]);
  const [edge] = placeLabels([{ id: 'b', text: 'Edge', x: 195, y: 50, r: 2 }], [], frame, 10);
  expect(edge!.box.x1).toBeLessThanOrEqual(200);
});

test('placeLabels() takes the cheapest free spot when given a cost', () => {
  // Everything right of x = 60 is "another country": the label goes left.
  const cost = (b: { x0: number; x1: number }) => (b.x1 > 60 ? 5 : 0);
  const [l] = placeLabels([{ id: 'a', text: 'Alpha', x: 58, y: 50, r: 0 }], [], frame, 10, { cost });
  expect(l!.box.x1).toBeLessThanOrEqual(60);
  expect(l!.leader).toBeUndefined();
});

test('placeLabels() stands a label off with a leader line when every near spot is costly', () => {
  const near = { x0: 35, y0: 35, x1: 65, y1: 65 };
  const cost = (b: { x0: number; y0: number; x1: number; y1: number }) => (overlaps(b, near) ? 5 : 0);
  const [l] = placeLabels([{ id: 'a', text: 'Alpha', x: 50, y: 50, r: 4 }], [], frame, 10, {
    cost,
    leaders: 1,
  });
  expect(overlaps(l!.box, near)).toBe(false);
  const [x1, y1, x2, y2] = l!.leader!;
  expect(Math.hypot(x1 - 50, y1 - 50)).toBeCloseTo(5, 0);
  expect(x2 >= l!.box.x0 && x2 <= l!.box.x1 && y2 >= l!.box.y0 && y2 <= l!.box.y1).toBe(true);
  // Without leaders the same label stays beside its mark, however costly.
  const [plain] = placeLabels([{ id: 'a', text: 'Alpha', x: 50, y: 50, r: 4 }], [], frame, 10, { cost });
  expect(plain!.leader).toBeUndefined();
});

test('placeLabels() keeps another country’s centre clear, and may cover its own', () => {
  const keepClear = [
    { id: 'a', x: 50, y: 50 },
    { id: 'b', x: 75, y: 50 },
  ];
  const [l] = placeLabels([{ id: 'a', text: 'Alpha', x: 50, y: 50, r: 0, room: 80 }], [], frame, 10, {
    keepClear,
  });
  const inside = (p: { x: number; y: number }) =>
    p.x > l!.box.x0 && p.x < l!.box.x1 && p.y > l!.box.y0 && p.y < l!.box.y1;
  expect(inside(keepClear[1]!)).toBe(false);
  expect(l).toBeDefined();
});

test('placeLabels() slides a label half a line to fit between two neighbours', () => {
  // Names above and below-right leave room only half a line down, on the right.
  const obstacles = [
    { x0: 0, y0: 30, x1: 200, y1: 49 },
    { x0: 0, y0: 62, x1: 200, y1: 100 },
    { x0: 0, y0: 0, x1: 49, y1: 100 },
  ];
  const [l] = placeLabels([{ id: 'a', text: 'Alpha', x: 50, y: 50, r: 2 }], obstacles, frame, 10);
  expect(l).toBeDefined();
  expect(l!.box.y0).toBeGreaterThanOrEqual(49);
});
