// Partial ISO dates ('1967', '2018-11', '2017-12-22') as UTC times, at the precision known.
import { isPartialDate } from '../../data/schemas.ts';

export const DAY = 86_400_000;

function parts(iso: string): [number, number | undefined, number | undefined] {
  if (!isPartialDate(iso)) throw new Error(`not a date written YYYY, YYYY-MM or YYYY-MM-DD: "${iso}"`);
  const [y, m, d] = iso.split('-').map(Number);
  return [y!, m, d];
}

/** The first moment of the period the date names. */
export function periodStart(iso: string): number {
  const [y, m = 1, d = 1] = parts(iso);
  return Date.UTC(y, m - 1, d);
}

/** The first moment after the period the date names. */
export function periodEnd(iso: string): number {
  const [y, m, d] = parts(iso);
  if (d !== undefined) return Date.UTC(y, m! - 1, d + 1);
  if (m !== undefined) return Date.UTC(y, m, 1);
  return Date.UTC(y + 1, 0, 1);
}

/** Where a date is drawn: a day at that day, a month or a year at its middle. */
export function datePoint(iso: string): number {
  const [, , d] = parts(iso);
  const start = periodStart(iso);
  return d !== undefined ? start : (start + periodEnd(iso)) / 2;
}

export const yearOf = (t: number): number => new Date(t).getUTCFullYear();
export const yearStart = (y: number): number => Date.UTC(y, 0, 1);
