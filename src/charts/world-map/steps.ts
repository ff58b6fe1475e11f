// A scrollytelling step as geometry: the box of the stage map it frames, the zoom that shows
// that box, and what is drawn on top while it is shown (circles, places, labels at screen size).
import type { Period } from '../../data/schemas.ts';
import { round } from '../kit/round.ts';
import { circleBox, placeLabels, type Box, type PlacedLabel } from './labels.ts';
import { labelName, type MapLayout, type MapSymbol, type PlaceMark } from './layout.ts';

export interface StepSpec {
  highlight: readonly string[];
  places: readonly string[];
  period: Period;
}

export interface StepView {
  /** The framed box, in stage units, with the stage's proportions. */
  frame: Box;
  /** Zoom factor: stage width / frame width. */
  k: number;
  /** CSS transform that brings the frame to fill the stage. */
  transform: string;
  /** Drawn at screen size: radii and label sizes are divided by k. */
  symbols: MapSymbol[];
  places: (PlaceMark & { r: number })[];
  /** One label set per size asked for (narrow and wide screens), in stage units at this zoom. */
  labels: { size: number; labels: PlacedLabel[] }[];
}

const r2 = (n: number) => round(n, 2);

/** The box to show for a step: its countries and places, padded, at the map's proportions. */
export function stepFrame(map: MapLayout, step: StepSpec, { pad = 0.15, maxZoom = 4 } = {}): Box {
  const boxes: Box[] = [
    ...[map.origin, ...map.countries].filter((c) => step.highlight.includes(c.id)).map((c) => c.bounds),
    ...map.places.filter((p) => step.places.includes(p.id)).map((p) => circleBox(p.x, p.y, 0)),
  ];
  if (boxes.length === 0) return { x0: 0, y0: 0, x1: map.width, y1: map.height };
  const [bx0, by0] = [Math.min(...boxes.map((b) => b.x0)), Math.min(...boxes.map((b) => b.y0))];
  const [bx1, by1] = [Math.max(...boxes.map((b) => b.x1)), Math.max(...boxes.map((b) => b.y1))];
  const margin = Math.max(bx1 - bx0, by1 - by0) * pad;
  const aspect = map.width / map.height;
  let w = Math.max(bx1 - bx0 + 2 * margin, map.width / maxZoom);
  let h = by1 - by0 + 2 * margin;
  if (w / h < aspect) w = h * aspect;
  else h = w / aspect;
  if (w >= map.width || h >= map.height) return { x0: 0, y0: 0, x1: map.width, y1: map.height };
  // Centred on what it frames, then slid back inside the map.
  const x0 = Math.min(Math.max((bx0 + bx1) / 2 - w / 2, 0), map.width - w);
  const y0 = Math.min(Math.max((by0 + by1) / 2 - h / 2, 0), map.height - h);
  return { x0: r2(x0), y0: r2(y0), x1: r2(x0 + w), y1: r2(y0 + h) };
}

export function stepView(map: MapLayout, step: StepSpec, labelSizes: readonly number[]): StepView {
  const frame = stepFrame(map, step);
  const k = map.width / (frame.x1 - frame.x0);
  const toScreen = (x: number, y: number) => [(x - frame.x0) * k, (y - frame.y0) * k] as const;
  const shown = (x: number, y: number, r: number) =>
    x + r >= frame.x0 && x - r <= frame.x1 && y + r >= frame.y0 && y - r <= frame.y1;
  // Circles keep their screen size, so one legend serves every zoom.
  const symbols = map.symbols
    .filter((s) => s.period === step.period && shown(s.x, s.y, s.r))
    .map((s) => ({ ...s, r: r2(s.r / k), ...(s.rLow !== undefined ? { rLow: r2(s.rLow / k) } : {}) }));
  const PLACE_R = 3;
  const places = map.places
    .filter((p) => step.places.includes(p.id))
    .map((p) => ({ ...p, r: r2(PLACE_R / k) }));
  const named = [map.origin, ...map.countries].filter(
    (c) => step.highlight.includes(c.id) || c === map.origin,
  );
  const requests = [
    ...named.map((c) => {
      const [x, y] = toScreen(c.x, c.y);
      const s = symbols.find((m) => m.id === c.id);
      return {
        id: c.id,
        text: labelName(c),
        x,
        y,
        r: s ? s.r * k : 0,
        room: (c.bounds.x1 - c.bounds.x0) * k * 0.6,
      };
    }),
    ...places.map((p) => {
      const [x, y] = toScreen(p.x, p.y);
      return { id: p.id, text: p.name, x, y, r: PLACE_R };
    }),
  ].filter((q) => q.x >= 0 && q.x <= map.width && q.y >= 0 && q.y <= map.height);
  const obstacles = [
    ...symbols.map((s) => circleBox(...toScreen(s.x, s.y), s.r * k)),
    ...places.map((p) => circleBox(...toScreen(p.x, p.y), PLACE_R)),
  ];
  const back = (l: PlacedLabel): PlacedLabel => ({
    ...l,
    x: r2(l.x / k + frame.x0),
    y: r2(l.y / k + frame.y0),
    box: {
      x0: l.box.x0 / k + frame.x0,
      y0: l.box.y0 / k + frame.y0,
      x1: l.box.x1 / k + frame.x0,
      y1: l.box.y1 / k + frame.y0,
    },
  });
  const screen = { x0: 0, y0: 0, x1: map.width, y1: map.height };
  const labels = labelSizes.map((size) => ({
    size: r2(size / k),
    labels: placeLabels(requests, obstacles, screen, size).map(back),
  }));
  const t = (n: number) => r2(-n * k);
  return {
    frame,
    k: r2(k),
    transform: `translate(${t(frame.x0)}px,${t(frame.y0)}px) scale(${r2(k)})`,
    symbols,
    places,
    labels,
  };
}
