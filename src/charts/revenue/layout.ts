// Pure geometry for one panel of the revenue chart: (marks, size, options) → positions, ticks,
// wrapped labels. No DOM; the .astro file draws it and the browser only moves the reader's marker.
import { scaleLinear } from 'd3-scale';
import type { Money } from '../../data/schemas.ts';
import { formatDate, formatUSD } from '../kit/format.ts';
import { textWidth, wrap } from '../kit/text.ts';
import { markerLabel, markerPosition, type Anchor, type AxisScale } from './estimate.ts';

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

interface Text {
  x: number;
  y: number;
  text: string;
  anchor: Anchor;
}

export interface RowGeometry {
  mark: Mark;
  /** Baselines of the wrapped label; the citation follows the last line. */
  labelLines: { y: number; text: string }[];
  y: number;
  x: number;
  x2: number;
  /** Path of the arrowhead for a "more than" figure. */
  arrow?: { x2: number; head: string };
  value: Text;
}

export interface PanelLayout {
  width: number;
  loudSubtitle: boolean;
  height: number;
  title: { y: number; text: string }[];
  subtitle: { y: number; text: string }[];
  legend: { x: number; y: number; scope: Scope; text: string }[];
  shapes?: { y: number; dot: number; bar: [number, number]; arrow: [number, number]; text: Text[] };
  scale: AxisScale;
  ticks: { x: number; label?: Text }[];
  /** Gridlines drawn only across each row's marks, so they never run through a label. */
  grid: { zero: string; rest: string };
  rows: RowGeometry[];
  marker?: { x: number; value: number; label: Text; y1: number; y2: number; offScale: boolean };
}

const r1 = (n: number) => Math.round(n * 10) / 10;

export function layoutPanel(marks: readonly Mark[], options: PanelOptions): PanelLayout {
  const { width } = options;
  const pad = SIZE.pad;
  const inner = width - 2 * pad;
  let y = 0;
  const block = (text: string, size: number, bold = false) =>
    wrap(text, inner, size, bold).map((t, i) => ({ y: (y += i === 0 ? size + 2 : size + 3), text: t }));
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
    legend.push({ x: lx, y, scope, text: SCOPE_LABEL[scope] });
    lx += w;
  }
  let shapes: PanelLayout['shapes'];
  if (options.shapesKey) {
    y += SIZE.line + 2;
    const t = (x: number, text: string): Text => ({ x, y, text, anchor: 'start' });
    // Each key item: its symbol, then its words, then a gap.
    const dot = pad + SIZE.dot;
    const a = dot + SIZE.dot + 5;
    const bar: [number, number] = [r1(a + textWidth('one figure', SIZE.small) + 14), 0];
    bar[1] = bar[0] + 20;
    const arrow: [number, number] = [r1(bar[1] + 6 + textWidth('a range', SIZE.small) + 14), 0];
    arrow[1] = arrow[0] + 20;
    shapes = {
      y: y - 4,
      dot,
      bar,
      arrow,
      text: [t(a, 'one figure'), t(bar[1] + 6, 'a range'), t(arrow[1] + 6, 'more than')],
    };
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
    const x = r1(scale(t));
    const anchor: Anchor = i === 0 ? 'start' : i === ticks.length - 1 ? 'end' : 'middle';
    const labelX = anchor === 'start' ? pad : anchor === 'end' ? width - pad : x;
    return { x, label: i % every === 0 ? { x: labelX, y: tickY, text: tickText(t, i), anchor } : undefined };
  });
  const gridTop = tickY + 6;
  y = gridTop + 4;

  const rows = marks.map((mark): RowGeometry => {
    const lines = wrap(`${mark.label} ${mark.cite}`.trim(), inner, SIZE.text);
    const labelLines = lines.map((text, i) => ({ y: y + SIZE.text + i * SIZE.line, text }));
    const cy = y + lines.length * SIZE.line + 9;
    const x = r1(scale(mark.low));
    const x2 = r1(scale(mark.high));
    let end = x2 + SIZE.dot;
    let arrow: RowGeometry['arrow'];
    if (mark.open) {
      const ax = r1(Math.min(x2 + SIZE.arrow, width - pad));
      arrow = { x2: ax, head: `M${ax} ${cy}l-7-4.5v9z` };
      end = ax;
    }
    const w = textWidth(mark.valueText, SIZE.small);
    const start = x - SIZE.dot;
    const value: Text =
      end + 6 + w <= width - pad || start - 6 - w < pad
        ? { x: r1(end + 6), y: cy + 4, text: mark.valueText, anchor: 'start' }
        : { x: r1(start - 6), y: cy + 4, text: mark.valueText, anchor: 'end' };
    y = cy + SIZE.dot + 10;
    return { mark, labelLines, y: cy, x, x2, arrow, value };
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
    marker = {
      x: pos.x,
      value: options.marker,
      offScale: pos.offScale,
      y1: gridTop,
      y2: gridBottom + 4,
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
    marker,
  };
}
