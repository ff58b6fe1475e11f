// The reader's estimate: workers × US$ a month × 12. Pure and d3-free, because the browser
// bundle imports it too (the build draws the default marker with the same functions).
import { formatUSD } from '../kit/format.ts';

export interface Bounds {
  min: number;
  max: number;
}

/** Wide enough for every sourced workforce (100,000 worldwide) with room to spare. */
export const WORKER_BOUNDS: Bounds = { min: 0, max: 200_000 };
/** Wide enough to reproduce the highest estimate (US$2.3bn from ~50,000 workers ≈ US$3,833). */
export const PER_MONTH_BOUNDS: Bounds = { min: 0, max: 5_000 };

/** A number typed by the reader, as a whole number inside the bounds; undefined if not a number. */
export function clampInput(raw: string | number, { min, max }: Bounds): number | undefined {
  const n = typeof raw === 'number' ? raw : raw.trim() === '' ? NaN : Number(raw);
  if (!Number.isFinite(n)) return undefined;
  return Math.min(max, Math.max(min, Math.round(n)));
}

/** US dollars a year, as a whole number of dollars. */
export const annualTotal = (workers: number, perMonth: number): number => Math.round(workers * perMonth * 12);

/** 30023 → "30,023". */
export const group = (n: number): string => n.toLocaleString('en-GB', { maximumFractionDigits: 2 });

/** The reader's estimate to three significant figures, with the kit's one money formatter:
 * 500,400,000 → "US$500m", 57,495,960 → "US$57.5m", 1,234,567,890 → "US$1.23bn". */
export const formatTotal = (n: number): string => formatUSD(n, { decimals: 2, significant: 3 });

/** How a money axis maps dollars to x: domain [0, max] onto [x0, x1] (viewBox units). */
export interface AxisScale {
  max: number;
  x0: number;
  x1: number;
}

export type Anchor = 'start' | 'middle' | 'end';

/** Keep the marker's label this far (viewBox units) from the axis ends before centring it. */
const LABEL_ROOM = 70;

/** Where the reader's marker goes; beyond the axis it stops at the end and says so. */
export function markerPosition(value: number, { max, x0, x1 }: AxisScale) {
  const offScale = value > max;
  const x = Math.round((x0 + (Math.min(Math.max(value, 0), max) / max) * (x1 - x0)) * 10) / 10;
  const anchor: Anchor = x - x0 < LABEL_ROOM ? 'start' : x1 - x < LABEL_ROOM ? 'end' : 'middle';
  return { x, anchor, offScale };
}

export const markerLabel = (value: number, offScale: boolean): string =>
  `Your estimate: ${formatTotal(value)}${offScale ? ', off the scale →' : ''}`;

/** What a screen reader hears after the reader stops typing. */
export const announcement = (workers: number, perMonth: number): string =>
  `Your estimate: ${formatTotal(annualTotal(workers, perMonth))} a year, from ${group(workers)} workers × US$${group(perMonth)} a month × 12 months.`;

/** A text's box in viewBox units, x1 < x2 and y1 < y2 (y grows down). */
export interface Box {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
}

/** Half the marker line's width plus a little air: how close it may come to a letter. */
const CLEARANCE = 2;

/** The pieces of a vertical line at x from y1 to y2 that cross no box: the reader's estimate is
 * drawn in the gaps between texts, so at any value it never runs through a word. */
export function markerSegments(x: number, y1: number, y2: number, boxes: readonly Box[]): [number, number][] {
  const hit = boxes
    .filter((b) => x + CLEARANCE > b.x1 && x - CLEARANCE < b.x2 && b.y2 > y1 && b.y1 < y2)
    .sort((a, b) => a.y1 - b.y1);
  const out: [number, number][] = [];
  let from = y1;
  for (const b of hit) {
    if (b.y1 > from) out.push([from, b.y1]);
    from = Math.max(from, b.y2);
  }
  if (from < y2) out.push([from, y2]);
  // A sliver shorter than a dash reads as a speck, not a line.
  return out.filter(([a, b]) => b - a >= 4);
}

/** The segments as one path, relative to the marker's own x. */
export const segmentsPath = (segments: readonly [number, number][]): string =>
  segments.map(([a, b]) => `M0 ${a}V${b}`).join('');

/** The boxes written compactly for a data attribute, and read back in the browser. */
export const writeBoxes = (boxes: readonly Box[]): string =>
  boxes.map((b) => `${b.x1} ${b.y1} ${b.x2} ${b.y2}`).join(',');
export const readBoxes = (s: string): Box[] =>
  s
    .split(',')
    .filter(Boolean)
    .map((part) => {
      const [x1 = 0, y1 = 0, x2 = 0, y2 = 0] = part.split(' ').map(Number);
      return { x1, y1, x2, y2 };
    });
