// What the legend lists, shared by the page legend and the one inside downloaded SVGs.
import { STATUSES, type Status } from '../../data/schemas.ts';
import { formatNumber } from '../kit/format.ts';
import { STATUS_TEXT } from './figures.ts';

/** Statuses in legend order; "not known" last. */
export const LEGEND_STATUSES: readonly Status[] = STATUSES;

export const statusLegendText = (s: Status) => STATUS_TEXT[s];

/** Round numbers for the circle key that fit under the largest figure (at most three). */
export function keyValues(vMax: number): number[] {
  const nice = [100, 1000, 10000, 30000, 100000];
  const fit = nice.filter((v) => v <= vMax * 1.05);
  return fit.slice(-3);
}

export const keyText = (v: number) => formatNumber(v);
