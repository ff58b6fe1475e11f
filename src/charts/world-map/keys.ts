// The keys drawn inside the world map, as data: the circle-size key (at the marks' own scale,
// through the same radius function) and the status key over the empty South Pacific.
import { STATUSES, type Status } from '../../data/schemas.ts';
import { round } from '../kit/round.ts';
import { keyText, keyValues } from './legendItems.ts';
import { tickPath } from './marks.ts';

/** value → radius: rMax · √(value / vMax), so areas are proportional to the figures. */
export interface CircleScale {
  vMax: number;
  rMax: number;
}

/** The one radius function, for marks and key alike (rounded once, to 2 decimals). */
export const radiusOf = (scale: CircleScale, v: number) => round(scale.rMax * Math.sqrt(v / scale.vMax), 2);

export interface SizeKey {
  size: number;
  title: { text: string; x: number; y: number };
  circles: {
    value: number;
    r: number;
    cx: number;
    cy: number;
    lead: string;
    text: string;
    tx: number;
    ty: number;
  }[];
}

/** Nested circles standing on one baseline, each with a line to its value; (x, y) is the bottom left. */
export function sizeKey(scale: CircleScale, x: number, y: number, size: number): SizeKey {
  const values = keyValues(scale.vMax);
  const big = radiusOf(scale, values[values.length - 1] ?? 1);
  const cx = round(x + big);
  const lineEnd = round(x + 2 * big + 6);
  return {
    size,
    title: { text: 'Workers counted', x: round(x), y: round(y - 2 * big - size * 0.9) },
    circles: values.map((value) => {
      const r = radiusOf(scale, value);
      const top = round(y - 2 * r, 2);
      return {
        value,
        r,
        cx,
        cy: round(y - r, 2),
        lead: `M${cx} ${top}H${lineEnd}`,
        text: keyText(value),
        tx: round(lineEnd + 3),
        ty: round(top + size * 0.35, 2),
      };
    }),
  };
}

export interface StatusKey {
  size: number;
  title: { x: number; y: number };
  swatches: {
    status: Status | 'origin';
    x: number;
    y: number;
    width: number;
    height: number;
    tx: number;
    ty: number;
  }[];
  ceiling: { cx: number; cy: number; r: number; tx: number; ty: number };
  floor: { cx: number; cy: number; r: number; tick: string; tx: number; ty: number };
}

/** Swatches in legend order, North Korea, then the two kinds of bound; `bottom` is its lowest line. */
export function statusKey(bottom: number, x = 12, size = 13): StatusKey {
  const row = 18;
  const top = bottom - row * (STATUSES.length + 3);
  const line = (i: number) => top + i * row;
  const kinds = line(STATUSES.length + 1.5) + 6;
  return {
    size,
    title: { x, y: top - 8 },
    swatches: [...STATUSES, 'origin' as const].map((status, i) => ({
      status,
      x,
      y: line(i),
      width: 16,
      height: 12,
      tx: x + 20,
      ty: line(i) + 11,
    })),
    ceiling: { cx: x + 7, cy: kinds, r: 6, tx: x + 20, ty: kinds + 4.5 },
    floor: {
      cx: x + 80,
      cy: kinds,
      r: 3.5,
      tick: tickPath(x + 80, kinds, 3.5, 0.9),
      tx: x + 94,
      ty: kinds + 4.5,
    },
  };
}
