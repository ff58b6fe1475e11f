// The reader's estimate: workers × US$ a month × 12. Pure and d3-free, because the browser
// bundle imports it too (the build draws the default marker with the same functions).

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

/** To three significant figures: 500,400,000 → "US$500m", 57,495,960 → "US$57.5m", 120,000 → "US$120,000". */
export function formatTotal(n: number): string {
  const r = Number(n.toPrecision(3));
  if (r >= 1e9) return `US$${+(r / 1e9).toFixed(2)}bn`;
  if (r >= 1e6) return `US$${+(r / 1e6).toFixed(2)}m`;
  return `US$${group(r)}`;
}

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
