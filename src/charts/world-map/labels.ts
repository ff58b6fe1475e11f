// Greedy label placement: each label, most important first, takes the best spot around its
// mark that stays inside the frame and clear of every label and mark already placed. "Best" is
// the first spot in order, unless a cost says otherwise (the map's: do not sit on another
// country of the story); with leaders on, a label may stand further off, joined by a line.

import { round } from '../kit/round.ts';
import { textWidth } from '../kit/text.ts';

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface LabelRequest {
  id: string;
  text: string;
  /** The mark the label belongs to: a point, or a circle of radius r. */
  x: number;
  y: number;
  r: number;
  /** Width of the shape's own box: a name that fits may sit on the shape itself. */
  room?: number;
}

export interface PlacedLabel {
  id: string;
  text: string;
  /** Centre of the text's baseline, for <text x y text-anchor="middle">. */
  x: number;
  y: number;
  box: Box;
  /** A line from the mark to a label set apart from it: x1 y1 (at the mark) x2 y2 (at the label). */
  leader?: [number, number, number, number];
}

export interface PlaceOptions {
  /** How bad a spot is for label `id` (0: fine); the cheapest free spot wins, ties in order. */
  cost?: (box: Box, id: string) => number;
  /** Also try spots a text height further out, with a leader line; they cost this much more. */
  leaders?: number;
  /** Points no label but their own may cover (the centres of the story's countries). */
  keepClear?: readonly { id: string; x: number; y: number }[];
}

const GAP = 3;

export const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

const inside = (a: Box, frame: Box) =>
  a.x0 >= frame.x0 && a.x1 <= frame.x1 && a.y0 >= frame.y0 && a.y1 <= frame.y1;

export const circleBox = (x: number, y: number, r: number): Box => ({
  x0: x - r,
  y0: y - r,
  x1: x + r,
  y1: y + r,
});

/** Spots to try, in order: on the shape if it is roomy, then right, left, above, below, corners;
 * `far` pushes the ring out by `far` units. */
function candidates(q: LabelRequest, w: number, h: number, far = 0): { cx: number; cy: number }[] {
  const o = q.r + GAP + far;
  const d = q.r * 0.7 + GAP + far * 0.75;
  const spots = [
    { cx: q.x + o + w / 2, cy: q.y },
    { cx: q.x - o - w / 2, cy: q.y },
    { cx: q.x, cy: q.y - o - h / 2 },
    { cx: q.x, cy: q.y + o + h / 2 },
    { cx: q.x + d + w / 2, cy: q.y - d - h / 2 },
    { cx: q.x + d + w / 2, cy: q.y + d + h / 2 },
    { cx: q.x - d - w / 2, cy: q.y - d - h / 2 },
    { cx: q.x - d - w / 2, cy: q.y + d + h / 2 },
    // Beside the mark but slid half a line down or up, for a gap between two neighbours' names.
    { cx: q.x + o + w / 2, cy: q.y + h / 2 },
    { cx: q.x + o + w / 2, cy: q.y - h / 2 },
    { cx: q.x - o - w / 2, cy: q.y + h / 2 },
    { cx: q.x - o - w / 2, cy: q.y - h / 2 },
  ];
  return !far && q.r === 0 && (q.room ?? 0) > w ? [{ cx: q.x, cy: q.y }, ...spots] : spots;
}

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));

/** From the edge of the mark to the nearest point of the label's box. */
function leaderLine(q: LabelRequest, box: Box): [number, number, number, number] {
  const [x2, y2] = [clamp(q.x, box.x0, box.x1), clamp(q.y, box.y0, box.y1)];
  const len = Math.hypot(x2 - q.x, y2 - q.y) || 1;
  const k = (q.r + 1) / len;
  return [q.x + (x2 - q.x) * k, q.y + (y2 - q.y) * k, x2, y2].map((n) => round(n)) as [
    number,
    number,
    number,
    number,
  ];
}

/**
 * Places labels in the order given (most important first). Labels that find no free spot are
 * left out: the panel and the data table name every country anyway.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  obstacles: readonly Box[],
  frame: Box,
  size: number,
  options: PlaceOptions = {},
): PlacedLabel[] {
  const { cost = () => 0, leaders, keepClear = [] } = options;
  const within = (x: number, y: number, b: Box) => x > b.x0 && x < b.x1 && y > b.y0 && y < b.y1;
  const taken: Box[] = [...obstacles];
  const placed: PlacedLabel[] = [];
  const h = size * 1.15;
  for (const q of requests) {
    const w = textWidth(q.text, size, true);
    const spots = [
      ...candidates(q, w, h).map((c) => ({ ...c, far: false })),
      ...(leaders === undefined ? [] : candidates(q, w, h, size * 1.2).map((c) => ({ ...c, far: true }))),
    ];
    let best: { box: Box; cx: number; cy: number; far: boolean; score: number } | undefined;
    for (const [i, { cx, cy, far }] of spots.entries()) {
      const box = { x0: cx - w / 2, y0: cy - h / 2, x1: cx + w / 2, y1: cy + h / 2 };
      if (!inside(box, frame) || taken.some((b) => overlaps(b, box))) continue;
      if (keepClear.some((p) => p.id !== q.id && within(p.x, p.y, box))) continue;
      const score = cost(box, q.id) + (far ? leaders! : 0) + i * 1e-3;
      if (!best || score < best.score) best = { box, cx, cy, far, score };
      if (score < 1e-2) break;
    }
    if (!best) continue;
    const { box, cx, cy, far } = best;
    placed.push({
      id: q.id,
      text: q.text,
      x: round(cx),
      y: round(cy + size * 0.35),
      box,
      ...(far ? { leader: leaderLine(q, box) } : {}),
    });
    taken.push(box);
  }
  return placed;
}
