// Pure geometry for one panel of the revenue chart: (marks, size, options) → positions, ticks,
// wrapped labels. No DOM; the .astro file draws it and the browser only moves the reader's marker.
import { scaleLinear } from 'd3-scale';
import type { Money } from '../../data/schemas.ts';
import { formatDate, formatUSD } from '../kit/format.ts';
import { round } from '../kit/round.ts';
import { textWidth, wrap } from '../kit/text.ts';
import {
  markerLabel,
  markerPosition,
  markerSegments,
  type Anchor,
  type AxisScale,
  type Box,
} from './estimate.ts';

export type Scope = Money['scope'];
export const SCOPES: readonly Scope[] = ['all-abroad', 'russia', 'vladivostok'];
export const SCOPE_LABEL: Record<Scope, string> = {
  'all-abroad': 'All workers abroad',
  russia: 'Russia only',
  vladivostok: 'Vladivostok only',
};

/** One drawable figure: a point, a range, or an open-ended "more than". */
export interface Mark {
  id: string;
  scope: Scope;
  low: number;
  high: number;
  open: boolean;
  label: string;
  /** Citation numbers, e.g. "[3, 7]". */
  cite: string;
  valueText: string;
}

/** A money row as a mark; undefined for a qualitative row, which has no number to draw. */
export function toMark(m: Money, citation: (id: string) => number | undefined): Mark | undefined {
  const low = m.low ?? m.value;
  const high = m.high ?? m.value;
  if (low === undefined || high === undefined) return undefined;
  const nums = m.sources.map(citation).filter((n) => n !== undefined);
  const valueText =
    m.low !== undefined
      ? `${formatUSD(low)}–${formatUSD(high, { prefix: '' })}`
      : `${m.qualifier === 'more-than' ? 'more than ' : m.qualifier === 'about' ? 'about ' : ''}${formatUSD(low)}`;
  return {
    id: m.id,
    scope: m.scope,
    low,
    high,
    open: m.qualifier === 'more-than',
    label: `${m.label} (${m.dateLabel ?? formatDate(m.date, { short: true })})`,
    cite: nums.length ? `[${nums.join(', ')}]` : '',
    valueText,
  };
}

/** Scope first (all workers, then Russia, then one city), then oldest first. */
export const byScopeThenDate = (a: Mark & { date: string }, b: Mark & { date: string }): number =>
  SCOPES.indexOf(a.scope) - SCOPES.indexOf(b.scope) || a.date.localeCompare(b.date);

export interface PanelOptions {
  width: number;
  title: string;
  subtitle: string;
  /** Which scope colours the legend explains. */
  legend: readonly Scope[];
  /** Add the key to the mark shapes (dot, bar, arrow). */
  shapesKey?: boolean;
  /** Subtitle in full ink rather than muted, for a warning such as "a different scale". */
  loudSubtitle?: boolean;
  /** The reader's estimate, US$ a year: draws the marker line. */
  marker?: number;
}

export const SIZE = { title: 13, text: 12, small: 11, line: 15, pad: 6, dot: 5, arrow: 28 } as const;

export interface Text {
  x: number;
  y: number;
  text: string;
  anchor: Anchor;
}

/** What one figure is drawn as: a dot or a bar, and for "more than" an arrow up the axis. The
 * marks and the key both come from glyph(), so the key shows exactly what the marks are. */
export interface Glyph {
  body:
    | { kind: 'dot'; cx: number; cy: number; r: number }
    | { kind: 'bar'; x: number; y: number; width: number; height: number; rx: number };
  arrow?: { x1: number; x2: number; y: number; head: string };
}

/** The arrowhead, drawn back from its tip. */
export const ARROW_HEAD = 'l-7-4.5v9z';
const HEAD_LENGTH = 6;

/** The glyph of a figure from x to x2 (equal for one figure) at height y; `tip` is where a
 * "more than" arrow ends. */
export function glyph(x: number, x2: number, y: number, tip?: number): Glyph {
  const body: Glyph['body'] =
    x2 - x > 0.5
      ? { kind: 'bar', x, y: y - SIZE.dot, width: round(x2 - x), height: 2 * SIZE.dot, rx: 2 }
      : { kind: 'dot', cx: x, cy: y, r: SIZE.dot };
  if (tip === undefined) return { body };
  return { body, arrow: { x1: x2, x2: round(tip - HEAD_LENGTH), y, head: `M${tip} ${y}${ARROW_HEAD}` } };
}

export interface RowGeometry {
  mark: Mark;
  /** Baselines of the wrapped label; the citation follows the last line. */
  labelLines: { x: number; y: number; text: string }[];
  y: number;
  x: number;
  x2: number;
  glyph: Glyph;
  /** Path of the arrowhead for a "more than" figure. */
  arrow?: { x2: number; head: string };
  value: Text;
}

export interface PanelLayout {
  width: number;
  loudSubtitle: boolean;
  height: number;
  title: Text[];
  subtitle: Text[];
  legend: { scope: Scope; dot: { cx: number; cy: number; r: number }; text: Text }[];
  /** The key to the mark shapes: each item's glyph, drawn by glyph() as the marks are. */
  shapes?: { glyph: Glyph; text: Text }[];
  scale: AxisScale;
  ticks: { x: number; label?: Text }[];
  /** Gridlines drawn only across each row's marks, so they never run through a label. */
  grid: { zero: string; rest: string };
  rows: RowGeometry[];
  /** Every text box the reader's marker may pass, in viewBox units: it is drawn around them. */
  avoid: Box[];
  marker?: {
    x: number;
    value: number;
    label: Text;
    y1: number;
    y2: number;
    /** The line's pieces, [top, bottom], none of them across a text box. */
    segments: [number, number][];
    offScale: boolean;
  };
}

/** A text's box: its baseline less the ascent, plus the descent, and the halo around it. */
function textBox(t: Text, size: number, bold = false): Box {
  const w = textWidth(t.text, size, bold);
  const x = t.anchor === 'start' ? t.x : t.anchor === 'end' ? t.x - w : t.x - w / 2;
  return {
    x1: round(x - 2),
    x2: round(x + w + 2),
    y1: round(t.y - 0.95 * size - 1),
    y2: round(t.y + 0.3 * size + 1),
  };
}

// Each build draws the same panel on several pages (story, chapter, embeds, export): lay it out
// once per input. Callers must treat the result as read-only.
const cache = new Map<string, PanelLayout>();

export function layoutPanel(marks: readonly Mark[], options: PanelOptions): PanelLayout {
  const key = JSON.stringify([marks, options]);
  let l = cache.get(key);
  if (!l) cache.set(key, (l = computePanel(marks, options)));
  return l;
}

function computePanel(marks: readonly Mark[], options: PanelOptions): PanelLayout {
  const { width } = options;
  const pad = SIZE.pad;
  const inner = width - 2 * pad;
  let y = 0;
  const block = (text: string, size: number, bold = false): Text[] =>
    wrap(text, inner, size, bold).map((t, i) => ({
      x: pad,
      y: (y += i === 0 ? size + 2 : size + 3),
      text: t,
      anchor: 'start',
    }));
  const title = block(options.title, SIZE.title, true);
  y += 2;
  const subtitle = block(options.subtitle, SIZE.small);

  // Legend items flow left to right and wrap like words.
  const legend: PanelLayout['legend'] = [];
  y += 17;
  let lx = pad + SIZE.dot;
  for (const scope of options.legend) {
    const w = 2 * SIZE.dot + 5 + textWidth(SCOPE_LABEL[scope], SIZE.small) + 14;
    if (lx + w > width && lx > pad + SIZE.dot) [lx, y] = [pad + SIZE.dot, y + SIZE.line];
    legend.push({
      scope,
      dot: { cx: round(lx), cy: y - 4, r: SIZE.dot },
      text: { x: round(lx + SIZE.dot + 5), y, text: SCOPE_LABEL[scope], anchor: 'start' },
    });
    lx += w;
  }
  let shapes: PanelLayout['shapes'];
  if (options.shapesKey) {
    y += SIZE.line + 2;
    const gy = y - 4;
    // Each key item: its glyph (the marks' own, at the key's size), then its words, then a gap.
    const item = (g: Glyph, right: number, text: string) => ({
      glyph: g,
      text: { x: round(right + 5), y, text, anchor: 'start' as const },
    });
    const dotX = pad + SIZE.dot;
    const one = item(glyph(dotX, dotX, gy), dotX + SIZE.dot, 'one figure');
    const barX = round(one.text.x + textWidth(one.text.text, SIZE.small) + 14);
    const range = item(glyph(barX, barX + 20, gy), barX + 20, 'a range');
    const arrowX = round(range.text.x + textWidth(range.text.text, SIZE.small) + 14 + SIZE.dot);
    const tip = arrowX + SIZE.arrow;
    const more = item(glyph(arrowX, arrowX, gy, tip), tip, 'more than');
    shapes = [one, range, more];
  }

  const x0 = pad + SIZE.dot + 1;
  const x1 = width - pad - SIZE.dot - 1;
  const top = Math.max(...marks.map((m) => m.high), 1);
  const scale = scaleLinear().domain([0, top]).nice(5).range([x0, x1]);
  const max = scale.domain()[1] ?? top;
  const ticks = scale.ticks(5);
  // Label every tick if the labels fit between them, else every other one (always 0).
  const spacing = (x1 - x0) / Math.max(ticks.length - 1, 1);
  // Only the first tick says "US$"; the rest are plain amounts ("500m", "1bn", "50,000").
  const tickText = (t: number, i: number) => formatUSD(t, { prefix: i === 0 ? 'US$' : '' });
  const widest = Math.max(...ticks.map((t, i) => textWidth(tickText(t, i), SIZE.small)));
  const every = widest + 18 > spacing ? 2 : 1;
  y += 24;
  const tickY = y;
  const tickGeometry = ticks.map((t, i) => {
    const x = round(scale(t));
    const anchor: Anchor = i === 0 ? 'start' : i === ticks.length - 1 ? 'end' : 'middle';
    const labelX = anchor === 'start' ? pad : anchor === 'end' ? width - pad : x;
    return { x, label: i % every === 0 ? { x: labelX, y: tickY, text: tickText(t, i), anchor } : undefined };
  });
  const gridTop = tickY + 6;
  y = gridTop + 4;

  const avoid: Box[] = [];
  const rows = marks.map((mark): RowGeometry => {
    const lines = wrap(`${mark.label} ${mark.cite}`.trim(), inner, SIZE.text);
    const labelLines = lines.map((text, i) => ({ x: pad, y: y + SIZE.text + i * SIZE.line, text }));
    for (const line of labelLines) avoid.push(textBox({ ...line, anchor: 'start' }, SIZE.text));
    const cy = y + lines.length * SIZE.line + 9;
    const x = round(scale(mark.low));
    const x2 = round(scale(mark.high));
    const tip = mark.open ? round(Math.min(x2 + SIZE.arrow, width - pad)) : undefined;
    const g = glyph(x, x2, cy, tip);
    const end = tip ?? x2 + SIZE.dot;
    const w = textWidth(mark.valueText, SIZE.small);
    const start = x - SIZE.dot;
    const value: Text =
      end + 6 + w <= width - pad || start - 6 - w < pad
        ? { x: round(end + 6), y: cy + 4, text: mark.valueText, anchor: 'start' }
        : { x: round(start - 6), y: cy + 4, text: mark.valueText, anchor: 'end' };
    avoid.push(textBox(value, SIZE.small));
    y = cy + SIZE.dot + 10;
    const arrow = g.arrow && tip !== undefined ? { x2: tip, head: g.arrow.head } : undefined;
    return { mark, labelLines, y: cy, x, x2, glyph: g, arrow, value };
  });
  const gridBottom = y - 6;
  const band = (x: number) => rows.map((r) => `M${x} ${r.y - 9}V${r.y + 9}`).join('');
  const grid = {
    zero: band(tickGeometry[0]?.x ?? x0),
    rest: tickGeometry
      .slice(1)
      .map((t) => band(t.x))
      .join(''),
  };

  let marker: PanelLayout['marker'];
  if (options.marker !== undefined) {
    const pos = markerPosition(options.marker, { max, x0, x1 });
    const y2 = gridBottom + 4;
    marker = {
      x: pos.x,
      value: options.marker,
      offScale: pos.offScale,
      y1: gridTop,
      y2,
      segments: markerSegments(pos.x, gridTop, y2, avoid),
      label: {
        x: 0,
        y: gridBottom + 18,
        text: markerLabel(options.marker, pos.offScale),
        anchor: pos.anchor,
      },
    };
    y = gridBottom + 24;
  }

  return {
    width,
    loudSubtitle: options.loudSubtitle ?? false,
    height: Math.ceil(y),
    title,
    subtitle,
    legend,
    shapes,
    scale: { max, x0, x1 },
    ticks: tickGeometry,
    grid,
    rows,
    avoid,
    marker,
  };
}
