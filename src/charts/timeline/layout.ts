// The timeline's geometry, pure: events + width → axis, marks, labels and leader lines for the
// horizontal SVG, and the row decorations for the vertical list. No DOM; tested in layout.test.ts.
import type { EventKind } from '../../data/schemas.ts';
import { DAY, datePoint, periodEnd, periodStart, yearOf, yearStart } from './dates.ts';
import { arrange, reach, type Spot } from './labels.ts';
import { textWidth } from '../kit/text.ts';
import { round } from '../kit/round.ts';
import { glyphHalfWidth } from './shapes.ts';

export interface LayoutEvent {
  id: string;
  date: string;
  endDate?: string | undefined;
  kind: EventKind;
  title: string;
  figure?: string | undefined;
}

export interface LayoutOptions {
  /** Width of the SVG's viewBox in px. */
  width: number;
  /** A stretch of time drawn as a shaded band, e.g. the 24 months of resolution 2397. */
  window?: { from: string; to: string; label: string; shortLabel: string } | undefined;
  /** Events before this date sit left of an axis break; found from the data when omitted. */
  breakBefore?: string | undefined;
  /** A stretch without events at least this many months long (beyond a margin of
   * GAP_MARGIN months either side) is drawn compressed behind an axis break. */
  minGapMonths?: number | undefined;
}

/** A stretch of the continuous axis drawn compressed behind a break: [from, to) in ms. */
export interface Gap {
  from: number;
  to: number;
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Line {
  text: string;
  /** Baseline. */
  y: number;
  role: 'title' | 'figure';
  /** The event whose words these are (a group's label holds several events' lines). */
  event: string;
}

/** One event of a mark: its own date's place on the axis and where its glyph is drawn. */
export interface MarkEvent {
  id: string;
  kind: EventKind;
  date: string;
  /** Its date on the axis (a group's glyph sits at the mean of these). */
  x: number;
  /** End of a span (endDate), when the event has one: the bar runs from x to x2 on the axis. */
  x2?: number;
  /** Centre of its glyph: on the axis for a mark of one event, beside its title in a group's label. */
  glyph: { x: number; y: number; scale: number };
}

/** A drawn mark: one event, or a group of events whose glyphs would overlap at this width,
 * drawn as one glyph with their count and one label listing each. id, kind and date are the
 * first event's. */
export interface Mark {
  id: string;
  kind: EventKind;
  date: string;
  x: number;
  y: number;
  side: 'above' | 'below';
  /** Text runs right of the leader (start) or left of it (end). */
  anchor: 'start' | 'end';
  /** Where the label's text starts (anchor start) or ends (anchor end). */
  textX: number;
  lines: Line[];
  box: Box;
  leader: { x: number; y1: number; y2: number };
  /** Radius of the mark's pointer target: up to halfway to its nearest neighbour. */
  hitR: number;
  /** True when the mark sits in the compressed stretch left of the axis break. */
  early: boolean;
  /** The axis row it is on (0: the first). */
  row: number;
  /** The events it stands for, in date order; more than one for a group. */
  events: MarkEvent[];
}

export interface TickLabel {
  x: number;
  y: number;
  label: string;
}

export interface ListRow {
  id: string;
  /** The year, on the first event of each year: the vertical timeline's axis label. */
  year?: string;
  /** Set when a long stretch of time passes before this event, e.g. "48 years later". */
  gap?: string;
  inWindow: boolean;
  windowStart: boolean;
  windowEnd: boolean;
}

/** One row of the axis. A timeline with a long empty stretch between two busy eras goes on in
 * a second row, so that each era has the whole width. */
export interface AxisRow {
  axisY: number;
  axis: { x1: number; x2: number }[];
  breaks: number[];
  ticks: number[];
  domain: [number, number];
  gaps: Gap[];
}

export interface Layout {
  width: number;
  height: number;
  /** The axis fields at the top level are the first row's; `rows` has every row. */
  axisY: number;
  /** Pieces of the axis line; more than one when the axis is broken. */
  axis: { x1: number; x2: number }[];
  /** Centres of the break symbols on the axis. */
  breaks: number[];
  /** Year boundaries on the continuous axis. */
  ticks: number[];
  /** Year labels: centred in their year on the continuous axis, under the mark for early events. */
  tickLabels: TickLabel[];
  band?: {
    x1: number;
    x2: number;
    w: number;
    y1: number;
    y2: number;
    label: string;
    labelX: number;
    labelY: number;
    /** A bracket over the band, from x1 to x2, under its label. */
    bracketY: number;
  };
  marks: Mark[];
  list: ListRow[];
  /** [start, end) of the continuous axis, in ms. */
  domain: [number, number];
  /** The empty stretches of the continuous axis drawn compressed, each behind a break. */
  gaps: Gap[];
  /** Every row of the axis, top to bottom. */
  rows: AxisRow[];
  /** The stretch left out between one row and the next. */
  wraps: Gap[];
}

/** Sizes in px of the viewBox. */
export const SIZE = {
  margin: 8,
  earlySlot: 52,
  breakGap: 22,
  fontSize: 12,
  tickSize: 11,
  lineHeight: 15,
  /** A title wider than this wraps onto two lines. */
  wrapAt: 150,
  padX: 8,
  padY: 7,
  markR: 5.5,
  hitR: 12,
  axisGap: 10,
  yearRow: 20,
  bandRow: 28,
  /** Between two rows of the axis. */
  rowGap: 28,
  /** In a group's label a title wider than this wraps. */
  groupWrapAt: 230,
  /** Radius of a group's glyph, the disc that carries its count. */
  groupR: 8,
  /** Room for each event's glyph before its title in a group's label. */
  groupInset: 16,
  /** The glyphs in a group's label, at this share of the marks' size. */
  groupGlyphScale: 0.7,
  /** Space between two events in a group's label. */
  groupGap: 4,
  /** Least clear space between two glyphs on the axis (their 0.75 px halos included). */
  glyphGap: 2,
};

/** A second row starts after an empty stretch at least this long, with this many events each side. */
export const ROW_SPLIT = { months: 12, events: 10 };

const YEAR = 365.25 * DAY;
/** How many ends of the axis layoutRow() tries, 16 px apart from the right edge. */
const AXIS_TRIES = 11;
/** Months kept on the axis either side of an empty stretch before it is compressed. */
export const GAP_MARGIN = 2;
/** The shortest empty stretch compressed, in months (after the margins). */
export const MIN_GAP_MONTHS = 8;

const monthStart = (t: number, add = 0) => {
  const d = new Date(t);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + add, 1);
};

/**
 * The empty stretches between consecutive events (sorted dates): from GAP_MARGIN months after
 * one event's month to GAP_MARGIN months before the next's, when that is at least `minMonths`.
 * Spans (endDate) do not fill a stretch: their bar is drawn through the break.
 */
export function findGaps(dates: readonly string[], minMonths = MIN_GAP_MONTHS): Gap[] {
  const gaps: Gap[] = [];
  for (let i = 1; i < dates.length; i++) {
    const from = monthStart(periodEnd(dates[i - 1]!) - 1, 1 + GAP_MARGIN);
    const to = monthStart(periodStart(dates[i]!), -GAP_MARGIN + 1);
    const months = Math.round((to - from) / (30.44 * DAY));
    if (months >= minMonths) gaps.push({ from, to });
  }
  return gaps;
}

/**
 * A linear time scale from x0 to x1 over the domain, except that each gap is drawn `gapPx` wide:
 * time reads at one rate everywhere the axis is unbroken.
 */
export function brokenScale(
  domain: [number, number],
  gaps: readonly Gap[],
  x0: number,
  x1: number,
  gapPx: number,
) {
  const live = domain[1] - domain[0] - gaps.reduce((n, g) => n + g.to - g.from, 0);
  const rate = (x1 - x0 - gaps.length * gapPx) / live;
  return (t: number): number => {
    let x = x0;
    let from = domain[0];
    for (const g of gaps) {
      if (t < g.from) break;
      x += (g.from - from) * rate;
      if (t < g.to) return x + (gapPx * (t - g.from)) / (g.to - g.from);
      x += gapPx;
      from = g.to;
    }
    return x + (t - from) * rate;
  };
}

/** Split a title into one line, or two balanced at a space when it is wider than `wrapAt`. */
export function wrapTitle(title: string, size = SIZE.fontSize, wrapAt = SIZE.wrapAt): string[] {
  if (textWidth(title, size, true) <= wrapAt) return [title];
  const words = title.split(' ');
  let best: string[] = [title];
  let bestW = Infinity;
  for (let i = 1; i < words.length; i++) {
    const lines = [words.slice(0, i).join(' '), words.slice(i).join(' ')];
    const w = Math.max(...lines.map((l) => textWidth(l, size, true)));
    if (w < bestW) [best, bestW] = [lines, w];
  }
  return best;
}

/** Leading events with fewer than two others within a year of them: drawn left of the break. */
export function findEarly(points: readonly number[]): number {
  let i = 0;
  while (i < points.length) {
    const p = points[i]!;
    const near = points.filter((q, j) => j !== i && Math.abs(q - p) <= 366 * DAY).length;
    if (near >= 2) break;
    i++;
  }
  if (i === points.length) return 0;
  // An early event in the first year of the continuous axis needs no break.
  const start = yearStart(yearOf(points[i]!));
  while (i > 0 && points[i - 1]! >= start) i--;
  return i;
}

/** Half the distance to the nearest neighbouring mark, within [glyph + 1, hitR]. */
function hitRadius(xs: readonly number[], i: number, least: number): number {
  const gaps = [xs[i - 1], xs[i + 1]].filter((n) => n !== undefined).map((n) => Math.abs(n - xs[i]!) / 2);
  return round(Math.max(least + 1, Math.min(SIZE.hitR, ...gaps)));
}

/**
 * The events (by index, in date order, at xs) drawn as one mark each, or merged into groups where
 * glyphs would overlap: neighbours closer than their half-widths and the gap are merged, and
 * merged again until no two drawn glyphs (a group's at the mean of its events) come that close.
 * Events before `fixed` (left of the axis break, one slot each) are never merged.
 */
export function groupMarks(
  xs: readonly number[],
  halfWidth: (i: number) => number,
  fixed = 0,
  gap = SIZE.glyphGap,
): number[][] {
  const groups = xs.map((_x, i) => [i]);
  const hw = (g: number[]) => (g.length > 1 ? SIZE.groupR : halfWidth(g[0]!));
  const at = (g: number[]) => g.reduce((n, i) => n + xs[i]!, 0) / g.length;
  for (let k = 1; k < groups.length;) {
    const [a, b] = [groups[k - 1]!, groups[k]!];
    if (a[0]! >= fixed && at(b) - at(a) < hw(a) + hw(b) + gap) {
      groups.splice(k - 1, 2, [...a, ...b]);
      k = Math.max(1, k - 1);
    } else k++;
  }
  return groups;
}

/**
 * Where the events (sorted) go on in a second row: after the longest empty stretch of at least
 * ROW_SPLIT.months with ROW_SPLIT.events or more on each side and the window whole on one side.
 * -1: one row.
 */
export function findSplit(
  sorted: readonly { e: LayoutEvent; t: number }[],
  window: LayoutOptions['window'],
): number {
  let best = -1;
  let bestGap = ROW_SPLIT.months * 30.44 * DAY;
  for (let i = ROW_SPLIT.events; i <= sorted.length - ROW_SPLIT.events; i++) {
    const gap = periodStart(sorted[i]!.e.date) - periodEnd(sorted[i - 1]!.e.date);
    const cut = periodStart(sorted[i]!.e.date);
    const splitsWindow =
      window !== undefined && periodStart(window.from) < cut && datePoint(window.to) >= cut;
    if (gap >= bestGap && !splitsWindow) [best, bestGap] = [i, gap];
  }
  return best;
}

const shiftMark = (m: Mark, dy: number, row: number): Mark => ({
  ...m,
  events: m.events.map((e) => ({ ...e, glyph: { ...e.glyph, y: round(e.glyph.y + dy) } })),
  y: round(m.y + dy),
  lines: m.lines.map((l) => ({ ...l, y: round(l.y + dy) })),
  box: { ...m.box, y: round(m.box.y + dy) },
  leader: { x: m.leader.x, y1: round(m.leader.y1 + dy), y2: round(m.leader.y2 + dy) },
  row,
});

const rowOf = (l: Omit<Layout, 'rows' | 'wraps'>): AxisRow => ({
  axisY: l.axisY,
  axis: l.axis,
  breaks: l.breaks,
  ticks: l.ticks,
  domain: l.domain,
  gaps: l.gaps,
});

/** Lay out the events (any order) for a viewBox `width` wide: one row, or two (findSplit). */
export function layout(events: readonly LayoutEvent[], options: LayoutOptions): Layout {
  if (events.length === 0) throw new Error('timeline layout: no events to draw');
  const sorted = [...events]
    .map((e) => ({ e, t: datePoint(e.date) }))
    .sort((a, b) => a.t - b.t || a.e.id.localeCompare(b.e.id));
  const split = findSplit(sorted, options.window);
  if (split < 0) {
    const one = layoutRow(events, options);
    return { ...one, rows: [rowOf(one)], wraps: [] };
  }
  const before = sorted.slice(0, split).map((s) => s.e);
  const after = sorted.slice(split).map((s) => s.e);
  const cut = periodStart(after[0]!.date);
  const inFirst = options.window !== undefined && periodStart(options.window.from) < cut;
  const top = layoutRow(before, { ...options, window: inFirst ? options.window : undefined });
  const bottom = layoutRow(after, { ...options, window: inFirst ? undefined : options.window });
  const dy = top.height + SIZE.rowGap;
  const second: AxisRow = { ...rowOf(bottom), axisY: round(bottom.axisY + dy) };
  const band =
    top.band ??
    (bottom.band && {
      ...bottom.band,
      y1: bottom.band.y1 + dy,
      y2: bottom.band.y2 + dy,
      labelY: bottom.band.labelY + dy,
      bracketY: bottom.band.bracketY + dy,
    });
  return {
    ...top,
    height: Math.ceil(dy + bottom.height),
    tickLabels: [...top.tickLabels, ...bottom.tickLabels.map((t) => ({ ...t, y: round(t.y + dy) }))],
    ...(band ? { band } : {}),
    marks: [...top.marks, ...bottom.marks.map((m) => shiftMark(m, dy, 1))],
    list: listRows(sorted, options.window),
    rows: [rowOf(top), second],
    wraps: [{ from: periodEnd(before[before.length - 1]!.date), to: cut }],
  };
}

/** One row of the axis for the events (any order). */
function layoutRow(events: readonly LayoutEvent[], options: LayoutOptions): Omit<Layout, 'rows' | 'wraps'> {
  const { width } = options;
  if (events.length === 0) throw new Error('timeline layout: no events to draw');
  const sorted = [...events]
    .map((e) => ({ e, t: datePoint(e.date) }))
    .sort((a, b) => a.t - b.t || a.e.id.localeCompare(b.e.id));
  const points = sorted.map((s) => s.t);
  const nEarly =
    options.breakBefore === undefined
      ? findEarly(points)
      : points.filter((t) => t < periodStart(options.breakBefore!)).length;
  if (nEarly === sorted.length) throw new Error('timeline layout: every event falls before the break');
  const main = sorted.slice(nEarly);

  const first = Math.min(...main.map((s) => periodStart(s.e.date)));
  // The axis covers the events' dates; a span that runs on past them stops at the axis's end.
  const last = Math.max(...main.map((s) => periodEnd(s.e.date) - 1));
  const domain: [number, number] = [yearStart(yearOf(first)), yearStart(yearOf(last) + 1)];
  // The shaded window is never compressed: its length is the point of it.
  const win = options.window && [periodStart(options.window.from), datePoint(options.window.to)];
  const gaps = findGaps(
    main.map((s) => s.e.date),
    options.minGapMonths,
  ).filter((g) => !win || g.to <= win[0] || g.from >= win[1]);
  const gapPx = SIZE.breakGap;
  const slot = SIZE.earlySlot + SIZE.breakGap;
  const x0 = SIZE.margin + nEarly * slot;

  // Each event's words: its title in one or two lines, then its figure. In a group's label,
  // which is tall already, titles wrap later.
  const wordsAt = (wrapAt: number) =>
    sorted.map((s) => {
      const texts: Omit<Line, 'y'>[] = wrapTitle(s.e.title, SIZE.fontSize, wrapAt).map((text) => ({
        text,
        role: 'title',
        event: s.e.id,
      }));
      if (s.e.figure) texts.push({ text: s.e.figure, role: 'figure', event: s.e.id });
      const w = Math.ceil(
        Math.max(...texts.map((t) => textWidth(t.text, SIZE.fontSize, t.role === 'title'))),
      );
      return { texts, w };
    });
  const [words, groupWords] = [wordsAt(SIZE.wrapAt), wordsAt(SIZE.groupWrapAt)];
  const right = width - SIZE.margin;
  // The axis runs as near the right edge as it can, the latest labels running left from their
  // marks. Each end from the edge to AXIS_TRIES steps of 16 px short of it is tried (and on
  // until the labels find places, at the latest when every label fits running right), and the
  // one with the least height plus width left empty is kept: a px of each costs the same.
  let drawn: (ReturnType<typeof drawRow> & { cost: number }) | undefined;
  for (let k = 0, x1 = right; k < AXIS_TRIES || !drawn; k++, x1 -= 16) {
    try {
      const d = drawRow(x1);
      const cost = d.height + right - x1;
      if (!drawn || cost < drawn.cost) drawn = { ...d, cost };
    } catch (e) {
      if (x1 < x0 + right / 4) throw e;
    }
  }
  const { xOf, axis, breaks, ticks, yearLabels, marks, axisY, height } = drawn;

  /** Everything that depends on where the axis ends. Throws when the labels find no places. */
  function drawRow(x1: number) {
    const scale = brokenScale(domain, gaps, x0, x1, gapPx);
    const xOf = (t: number) => round(scale(t));
    const inGap = (t: number) => gaps.some((g) => t > g.from && t < g.to);
    const axis = Array.from({ length: nEarly }, (_, i) => ({
      x1: SIZE.margin + i * slot,
      x2: SIZE.margin + i * slot + SIZE.earlySlot,
    }));
    const earlyBreaks = axis.map((a) => round(a.x2 + SIZE.breakGap / 2));
    // The continuous axis in pieces, one between each two gaps.
    const edges = [domain[0], ...gaps.flatMap((g) => [g.from, g.to]), domain[1]];
    for (let i = 0; i < edges.length; i += 2) axis.push({ x1: xOf(edges[i]!), x2: xOf(edges[i + 1]!) });
    const breaks = [...earlyBreaks, ...gaps.map((g) => round((xOf(g.from) + xOf(g.to)) / 2))];

    const ticks: number[] = [];
    const yearLabels: { x: number; label: string }[] = [];
    for (let y = yearOf(domain[0]); yearStart(y) <= domain[1]; y++) {
      if (!inGap(yearStart(y))) ticks.push(xOf(yearStart(y)));
      if (yearStart(y + 1) > domain[1]) continue;
      // The year's label goes in the middle of its widest unbroken piece, if the piece has room.
      const cuts = [
        yearStart(y),
        ...edges.slice(1, -1).filter((t) => t > yearStart(y) && t < yearStart(y + 1)),
        yearStart(y + 1),
      ];
      let best: [number, number] | undefined;
      for (let i = 0; i + 1 < cuts.length; i++) {
        const [a, b] = [cuts[i]!, cuts[i + 1]!];
        if (inGap((a + b) / 2)) continue;
        if (!best || xOf(b) - xOf(a) > best[1] - best[0]) best = [xOf(a), xOf(b)];
      }
      if (best && best[1] - best[0] >= textWidth(String(y), SIZE.tickSize) + 6)
        yearLabels.push({ x: round((best[0] + best[1]) / 2), label: String(y) });
    }
    sorted.slice(0, nEarly).forEach((s, i) => {
      yearLabels.push({ x: round(SIZE.margin + i * slot + SIZE.earlySlot / 2), label: String(yearOf(s.t)) });
    });

    const eventX = sorted.map((s, i) =>
      i < nEarly ? round(SIZE.margin + i * slot + SIZE.earlySlot / 2) : xOf(s.t),
    );
    const groups = groupMarks(eventX, (i) => glyphHalfWidth(sorted[i]!.e.kind), nEarly);
    const marksX = groups.map((g) => round(g.reduce((n, i) => n + eventX[i]!, 0) / g.length));
    // A group's label: each event's lines in turn, indented for the event's own glyph.
    const items = groups.map((g) => {
      const inset = g.length > 1 ? SIZE.groupInset : 0;
      let dy = 0;
      const ws = g.length > 1 ? groupWords : words;
      const texts = g.flatMap((i, k) => {
        if (k > 0) dy += SIZE.groupGap;
        return ws[i]!.texts.map((t) => ({ ...t, dy: (dy += SIZE.lineHeight) - SIZE.lineHeight }));
      });
      return { g, texts, inset, w: Math.max(...g.map((i) => ws[i]!.w)) + inset, h: dy };
    });

    // Year labels under the axis are fixed; leaders must not cross them either.
    const obstacles: Spot[] = yearLabels.map((t) => {
      const w = textWidth(t.label, SIZE.tickSize) + 4;
      return {
        x: undefined,
        side: 'below',
        anchor: 'start',
        d: 0,
        h: SIZE.tickSize,
        box: { x: t.x - w / 2, w },
      };
    });
    const spots = arrange(
      items.map((it, k) => ({ x: marksX[k]!, w: it.w, h: it.h })),
      {
        width,
        gap: 4,
        padX: SIZE.padX,
        padY: SIZE.padY,
        obstacles,
        floor: { above: 0, below: SIZE.yearRow },
      },
    );
    const placed = [...obstacles, ...spots];

    const top = options.window ? SIZE.bandRow : 2;
    const axisY = round(top + reach(placed, 'above') + SIZE.axisGap);
    const height = Math.ceil(axisY + SIZE.axisGap + reach(placed, 'below') + 2);

    const marks: Mark[] = items.map((it, k) => {
      const spot = spots[k]!;
      const x = marksX[k]!;
      const y =
        spot.side === 'above' ? axisY - SIZE.axisGap - spot.d - spot.h : axisY + SIZE.axisGap + spot.d;
      const out = spot.anchor === 'start' ? 1 : -1;
      const lines = it.texts.map(({ dy, ...t }) => ({ ...t, y: round(y + 11 + dy) }));
      const events = it.g.map((i): MarkEvent => {
        const { e } = sorted[i]!;
        const firstLine = lines.find((l) => l.event === e.id)!;
        return {
          id: e.id,
          kind: e.kind,
          date: e.date,
          x: eventX[i]!,
          ...(e.endDate && i >= nEarly ? { x2: xOf(Math.min(periodEnd(e.endDate), domain[1])) } : {}),
          glyph:
            it.g.length > 1
              ? {
                  x: round(x + out * (4 + it.inset / 2)),
                  y: round(firstLine.y - 4),
                  scale: SIZE.groupGlyphScale,
                }
              : { x, y: axisY, scale: 1 },
        };
      });
      const first = events[0]!;
      return {
        id: first.id,
        kind: first.kind,
        date: first.date,
        x,
        y: axisY,
        side: spot.side,
        anchor: spot.anchor,
        textX: round(x + out * (4 + it.inset)),
        lines,
        box: { x: round(spot.box.x), y: round(y), w: it.w, h: spot.h },
        leader:
          spot.side === 'above'
            ? { x, y1: round(axisY - SIZE.markR - 2), y2: round(y) }
            : { x, y1: round(axisY + SIZE.markR + 2), y2: round(y + spot.h) },
        hitR: hitRadius(marksX, k, it.g.length > 1 ? SIZE.groupR : glyphHalfWidth(first.kind)),
        early: it.g[0]! < nEarly,
        row: 0,
        events,
      };
    });
    return { xOf, axis, breaks, ticks, yearLabels, marks, axisY, height };
  }

  const tickLabels = yearLabels.map((t) => ({ ...t, y: round(axisY + SIZE.axisGap + 11) }));

  let band: Layout['band'];
  if (options.window) {
    const from = Math.max(periodStart(options.window.from), domain[0]);
    const to = Math.min(datePoint(options.window.to), domain[1]);
    if (from < to) {
      const x1 = xOf(from);
      const x2 = xOf(to);
      const fitsLabel = textWidth(options.window.label, SIZE.tickSize, true) + 12 <= x2 - x1;
      band = {
        x1,
        x2,
        w: round(x2 - x1),
        y1: 0,
        y2: height,
        label: fitsLabel ? options.window.label : options.window.shortLabel,
        labelX: round((x1 + x2) / 2),
        labelY: 11,
        bracketY: 16,
      };
    }
  }

  return {
    width,
    height,
    axisY,
    axis,
    breaks,
    ticks,
    tickLabels,
    ...(band ? { band } : {}),
    marks,
    list: listRows(sorted, options.window),
    domain,
    gaps,
  };
}

const laidOut = new Map<string, Layout>();

/** layout(), once per distinct input in a build: the story page, a chapter and the embed draw the same timeline. */
export function layoutOnce(events: readonly LayoutEvent[], options: LayoutOptions): Layout {
  const key = JSON.stringify([
    events.map((e) => [e.id, e.date, e.endDate, e.kind, e.title, e.figure]),
    options,
  ]);
  let l = laidOut.get(key);
  if (!l) laidOut.set(key, (l = layout(events, options)));
  return l;
}

/** The vertical list's decorations: year headings, long gaps, and the window's extent. */
function listRows(sorted: { e: LayoutEvent; t: number }[], window: LayoutOptions['window']): ListRow[] {
  const from = window ? periodStart(window.from) : Infinity;
  const to = window ? datePoint(window.to) : -Infinity;
  const rows = sorted.map(({ e, t }, i): ListRow => {
    const prev = sorted[i - 1]?.t;
    const row: ListRow = { id: e.id, inWindow: t >= from && t <= to, windowStart: false, windowEnd: false };
    if (prev === undefined || yearOf(prev) !== yearOf(t)) row.year = String(yearOf(t));
    if (prev !== undefined && t - prev >= 2 * YEAR) row.gap = `${Math.round((t - prev) / YEAR)} years later`;
    return row;
  });
  const inside = rows.filter((r) => r.inWindow);
  if (inside.length > 0) {
    inside[0]!.windowStart = true;
    inside[inside.length - 1]!.windowEnd = true;
  }
  return rows;
}
