// A scrollytelling step as geometry: the box of the stage map it frames, the zoom that shows
// that box, and what is drawn on top while it is shown (circles, places, labels at screen size).
// A phone shows the stage in a tall box (the map's middle, sliced to the box): each step has
// a second framing for that box, with its own labels.
import { max, min } from 'd3-array';
import type { StepSpec } from './step-format.ts';
import { round } from '../kit/round.ts';
import { circleBox, placeLabels, type Box, type LabelRequest, type PlacedLabel } from './labels.ts';
import { labelName, type MapLayout, type MapSymbol, type PlaceMark } from './layout.ts';

export type { StepSpec } from './step-format.ts';

/** The phone's stage: a box this many times as wide as it is tall, showing the map's middle. */
export const PHONE_ASPECT = 0.72;
/** Label size on the phone's stage, in stage units before zoom (about 11–15 px on a phone). */
export const PHONE_LABEL = 10;

export interface StepFraming {
  /** The framed box, in stage units. */
  frame: Box;
  /** Zoom factor. */
  k: number;
  /** CSS transform that brings the frame to fill what the screen shows of the stage. */
  transform: string;
}

export interface StepView extends StepFraming {
  /** Drawn at screen size: radii and label sizes are divided by k. */
  symbols: MapSymbol[];
  places: (PlaceMark & { r: number })[];
  /** One label set per size asked for (narrow and wide screens), in stage units at this zoom. */
  labels: { size: number; labels: PlacedLabel[] }[];
  /** The phone's framing (a PHONE_ASPECT box in the middle of the stage) and its labels. */
  phone: StepFraming & { labels: { size: number; labels: PlacedLabel[] } };
}

const r2 = (n: number) => round(n, 2);
const PLACE_R = 3;

/**
 * The box to show for a step: its countries and places, padded, at the given proportions
 * (the stage's by default), slid inside the map where it fits.
 */
export function stepFrame(
  map: MapLayout,
  step: StepSpec,
  { pad = 0.15, maxZoom = 4, aspect = map.width / map.height } = {},
): Box {
  const boxes: Box[] = [
    ...[map.origin, ...map.countries].filter((c) => step.highlight.includes(c.id)).map((c) => c.bounds),
    ...map.places.filter((p) => step.places.includes(p.id)).map((p) => circleBox(p.x, p.y, 0)),
  ];
  const whole = aspect === map.width / map.height;
  const all = { x0: 0, y0: 0, x1: map.width, y1: map.height };
  if (boxes.length === 0) return whole ? all : fitAspect(all, aspect);
  const bx0 = min(boxes, (b) => b.x0)!;
  const by0 = min(boxes, (b) => b.y0)!;
  const bx1 = max(boxes, (b) => b.x1)!;
  const by1 = max(boxes, (b) => b.y1)!;
  const margin = Math.max(bx1 - bx0, by1 - by0) * pad;
  let w = Math.max(bx1 - bx0 + 2 * margin, map.width / maxZoom);
  let h = by1 - by0 + 2 * margin;
  if (w / h < aspect) w = h * aspect;
  else h = w / aspect;
  if (whole && (w >= map.width || h >= map.height)) return all;
  // Centred on what it frames, then slid back inside the map (centred on it if larger).
  const slide = (c: number, size: number, limit: number) =>
    size >= limit ? (limit - size) / 2 : Math.min(Math.max(c - size / 2, 0), limit - size);
  const x0 = slide((bx0 + bx1) / 2, w, map.width);
  const y0 = slide((by0 + by1) / 2, h, map.height);
  return { x0: r2(x0), y0: r2(y0), x1: r2(x0 + w), y1: r2(y0 + h) };
}

/** The box of the given proportions around `b`'s centre that contains `b`. */
function fitAspect(b: Box, aspect: number): Box {
  const [w, h] = [b.x1 - b.x0, b.y1 - b.y0];
  const [fw, fh] = w / h < aspect ? [h * aspect, h] : [w, w / aspect];
  const [cx, cy] = [(b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2];
  return { x0: r2(cx - fw / 2), y0: r2(cy - fh / 2), x1: r2(cx + fw / 2), y1: r2(cy + fh / 2) };
}

export function stepView(map: MapLayout, step: StepSpec, labelSizes: readonly number[]): StepView {
  const frame = stepFrame(map, step);
  const k = map.width / (frame.x1 - frame.x0);
  const shown = (x: number, y: number, r: number) =>
    x + r >= frame.x0 && x - r <= frame.x1 && y + r >= frame.y0 && y - r <= frame.y1;
  // Circles keep their screen size, so one legend serves every zoom.
  const symbols = map.symbols
    .filter((s) => s.period === step.period && shown(s.x, s.y, s.r))
    .map((s) => ({ ...s, r: r2(s.r / k), ...(s.rLow !== undefined ? { rLow: r2(s.rLow / k) } : {}) }));
  const places = map.places
    .filter((p) => step.places.includes(p.id))
    .map((p) => ({ ...p, r: r2(PLACE_R / k) }));
  const named = [map.origin, ...map.countries].filter(
    (c) => step.highlight.includes(c.id) || c === map.origin,
  );

  /** Labels for a framing: placed on the screen it fills (screen × k), stored in stage units. */
  const labelsFor = (f: Box, kf: number, screen: Box, size: number) => {
    const toScreen = (x: number, y: number) => [(x - f.x0) * kf, (y - f.y0) * kf] as const;
    const toStage = (b: Box): Box => ({
      x0: b.x0 / kf + f.x0,
      y0: b.y0 / kf + f.y0,
      x1: b.x1 / kf + f.x0,
      y1: b.y1 / kf + f.y0,
    });
    // Circles and places are drawn at 1/k of their stage size: on this screen, kf/k of it.
    const grow = kf / k;
    const requests: LabelRequest[] = [
      ...named.map((c) => {
        const [x, y] = toScreen(c.x, c.y);
        const s = symbols.find((m) => m.id === c.id);
        return {
          id: c.id,
          text: labelName(c),
          x,
          y,
          r: s ? s.r * kf : 0,
          room: (c.bounds.x1 - c.bounds.x0) * kf * 0.6,
        };
      }),
      ...places.map((p) => {
        const [x, y] = toScreen(p.x, p.y);
        return { id: p.id, text: p.name, x, y, r: PLACE_R * grow };
      }),
    ].filter((q) => q.x >= screen.x0 && q.x <= screen.x1 && q.y >= screen.y0 && q.y <= screen.y1);
    const obstacles = [
      ...symbols.map((s) => circleBox(...toScreen(s.x, s.y), s.r * kf)),
      ...places.map((p) => circleBox(...toScreen(p.x, p.y), PLACE_R * grow)),
    ];
    // A name must not sit on another country of the story ("North Korea" over China).
    const cost = (b: Box, id: string) => map.labelCost(toStage(b), id);
    return {
      size: r2(size / kf),
      labels: placeLabels(requests, obstacles, screen, size, { cost }).map((l): PlacedLabel => ({
        ...l,
        x: r2(l.x / kf + f.x0),
        y: r2(l.y / kf + f.y0),
        box: toStage(l.box),
      })),
    };
  };

  const screen = { x0: 0, y0: 0, x1: map.width, y1: map.height };
  const t = (n: number) => r2(n);
  const phoneFrame = stepFrame(map, step, { aspect: PHONE_ASPECT });
  const kp = map.height / (phoneFrame.y1 - phoneFrame.y0);
  // The phone sees the middle of the stage: a PHONE_ASPECT band, as tall as the stage.
  const bandX0 = (map.width - PHONE_ASPECT * map.height) / 2;
  return {
    frame,
    k: r2(k),
    transform: `translate(${t(-frame.x0 * k)}px,${t(-frame.y0 * k)}px) scale(${r2(k)})`,
    symbols,
    places,
    labels: labelSizes.map((size) => labelsFor(frame, k, screen, size)),
    phone: {
      frame: phoneFrame,
      k: r2(kp),
      transform: `translate(${t(bandX0 - phoneFrame.x0 * kp)}px,${t(-phoneFrame.y0 * kp)}px) scale(${r2(kp)})`,
      labels: labelsFor(
        phoneFrame,
        kp,
        { x0: 0, y0: 0, x1: PHONE_ASPECT * map.height, y1: map.height },
        PHONE_LABEL,
      ),
    },
  };
}
