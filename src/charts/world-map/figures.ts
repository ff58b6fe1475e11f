// What the map says about a country in words and numbers: status names, periods, and which
// sourced figure a period's circle shows. Pure, shared by the SVG, the panel and the table.
import type { Deployment, Period, Status } from '../../data/schemas.ts';
import { PERIOD_INFO } from '../../data/periods.ts';
import { formatNumber, qualifierText } from '../kit/format.ts';

export type Figure = Deployment['figures'][number];

/** Each period's name and window, declared in src/data/periods.ts. */
export { PERIOD_INFO };

export const STATUS_TEXT: Record<Status, string> = {
  hosting: 'Hosting workers',
  expelled: 'Expelled or closed',
  past: 'Past host',
  'front-company': 'Front company only',
  unknown: 'Not known',
};

/** A figure's date as a sortable, padded ISO string ("2018" → "2018-00-00"). */
const sortKey = (date: string) => (date + '-00-00').slice(0, 10);

/** Whether a figure counts workers, the only kind a circle draws (not entries at a border). */
export const countsWorkers = (f: Figure): boolean => (f.counts ?? 'workers') === 'workers';

/**
 * The figure a period's circle shows: the latest count of workers dated inside the period's
 * window (2017; 2018–2019; …). None when nothing was counted then — a circle is never carried over.
 */
export function figureForPeriod(figures: readonly Figure[], period: Period): Figure | undefined {
  const { from, to } = PERIOD_INFO[period];
  return figures
    .filter(countsWorkers)
    .filter((f) => sortKey(f.date) >= sortKey(from) && sortKey(f.date) <= to)
    .reduce<Figure | undefined>(
      (best, f) => (best && sortKey(best.date) >= sortKey(f.date) ? best : f),
      undefined,
    );
}

/** The number as read: "about 1,000", "up to 1,500", "50,000–80,000". */
export function figureValue(f: Figure): string {
  const n =
    f.value !== undefined ? formatNumber(f.value) : `${formatNumber(f.low!)}–${formatNumber(f.high!)}`;
  return qualifierText(f.qualifier) + n;
}

/** The circle's kind: a range is two circles, a ceiling a dashed ring, a floor a ring of ticks. */
export type SymbolKind = 'point' | 'range' | 'up-to' | 'more-than';

export function symbolKind(f: Figure): SymbolKind {
  if (f.value === undefined) return 'range';
  if (f.qualifier === 'up-to') return 'up-to';
  if (f.qualifier === 'more-than' || f.qualifier === 'at-least') return 'more-than';
  return 'point';
}
