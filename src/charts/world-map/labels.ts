// Greedy label placement: each label, most important first, takes the first spot around its
// mark that stays inside the frame and clear of every label and mark already placed.

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
}

/** Average glyph width of system-ui at weight 600, as a share of the font size. */
export const GLYPH = 0.58;
const GAP = 3;
const round1 = (n: number) => Math.round(n * 10) / 10;

export const textWidth = (text: string, size: number) => text.length * size * GLYPH;

export const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

const inside = (a: Box, frame: Box) =>
  a.x0 >= frame.x0 && a.x1 <= frame.x1 && a.y0 >= frame.y0 && a.y1 <= frame.y1;

export const circleBox = (x: number, y: number, r: number): Box => ({
  x0: x - r,
  y0: y - r,
  x1: x + r,
  y1: y + r,
});

/** Spots to try, in order: on the shape if it is roomy, then right, left, above, below, corners. */
function candidates(q: LabelRequest, w: number, h: number): { cx: number; cy: number }[] {
  const o = q.r + GAP;
  const d = q.r * 0.7 + GAP;
  const spots = [
    { cx: q.x + o + w / 2, cy: q.y },
    { cx: q.x - o - w / 2, cy: q.y },
    { cx: q.x, cy: q.y - o - h / 2 },
    { cx: q.x, cy: q.y + o + h / 2 },
    { cx: q.x + d + w / 2, cy: q.y - d - h / 2 },
    { cx: q.x + d + w / 2, cy: q.y + d + h / 2 },
    { cx: q.x - d - w / 2, cy: q.y - d - h / 2 },
    { cx: q.x - d - w / 2, cy: q.y + d + h / 2 },
  ];
  return q.r === 0 && (q.room ?? 0) > w ? [{ cx: q.x, cy: q.y }, ...spots] : spots;
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
): PlacedLabel[] {
  const taken: Box[] = [...obstacles];
  const placed: PlacedLabel[] = [];
  const h = size * 1.15;
  for (const q of requests) {
    const w = textWidth(q.text, size);
    for (const { cx, cy } of candidates(q, w, h)) {
      const box = { x0: cx - w / 2, y0: cy - h / 2, x1: cx + w / 2, y1: cy + h / 2 };
      if (!inside(box, frame) || taken.some((b) => overlaps(b, box))) continue;
      placed.push({ id: q.id, text: q.text, x: round1(cx), y: round1(cy + size * 0.35), box });
      taken.push(box);
      break;
    }
  }
  return placed;
}
