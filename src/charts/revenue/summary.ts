// The words around the revenue chart (text alternative, table cells), generated from the same
// rows as the marks so the two cannot disagree.
import type { Money } from '../../data/schemas.ts';
import { formatDate, formatUSD } from '../kit/format.ts';
import { group } from './estimate.ts';
import { SCOPE_LABEL } from './layout.ts';

const PERIOD: Record<Money['period'], string> = {
  year: 'a year',
  month: 'in one month',
  once: 'one sum',
  years: 'over several years',
};

/** How many calendar years a multi-year sum spans (2017 to 2023: 7). */
export const yearsSpanned = (m: Money): number =>
  m.endDate ? Number(m.endDate.slice(0, 4)) - Number(m.date.slice(0, 4)) + 1 : 1;

export const periodText = (m: Money): string =>
  m.period === 'years' ? `one sum over ${yearsSpanned(m)} years` : PERIOD[m.period];
export const scopeText = (m: Money): string => SCOPE_LABEL[m.scope];

/** "more than US$500m", "US$150m–300m", or "no figure given" for a qualitative row. */
export function amountText(m: Money): string {
  if (m.low !== undefined && m.high !== undefined)
    return `${formatUSD(m.low)}–${formatUSD(m.high, { prefix: '' })}`;
  if (m.value === undefined) return 'no figure given';
  const q = m.qualifier === 'more-than' ? 'more than ' : m.qualifier === 'about' ? 'about ' : '';
  return `${q}${formatUSD(m.value)}`;
}

export const dateText = (m: Money): string =>
  m.dateLabel ?? (m.endDate ? `${formatDate(m.date)} to ${formatDate(m.endDate)}` : formatDate(m.date));

/** Annual estimates with a number are drawn on the big axis; single sums (a month, a seizure)
 * on the small one. A sum over several years is on neither: it is not a year's earnings, and
 * it would stretch the single sums' axis many times over. */
export const isAnnual = (m: Money): boolean => m.kind !== 'qualitative' && m.period === 'year';
export const isSingleSum = (m: Money): boolean =>
  m.kind !== 'qualitative' && (m.period === 'month' || m.period === 'once');
export const isMultiYear = (m: Money): boolean => m.kind !== 'qualitative' && m.period === 'years';

/** " in Vladivostok" when every row is from there, else nothing. */
export const where = (rows: readonly Pick<Money, 'scope'>[]): string =>
  rows.length > 0 && rows.every((m) => m.scope === 'vladivostok') ? ' in Vladivostok' : '';

/** The chart's text alternative, from the data. */
export function describe(money: readonly Money[]): string {
  const annual = money.filter(isAnnual);
  const sums = money.filter(isSingleSum);
  const lowest = Math.min(...annual.map((m) => m.low ?? m.value ?? Infinity));
  const highest = Math.max(...annual.map((m) => m.high ?? m.value ?? 0));
  const smallest = Math.min(...sums.map((m) => m.low ?? m.value ?? Infinity));
  const largest = Math.max(...sums.map((m) => m.high ?? m.value ?? 0));
  return (
    `${annual.length} estimates of what North Korea earned a year from its workers abroad, ` +
    `from ${formatUSD(lowest)} to ${formatUSD(highest)}, drawn as dots, ranges and open-ended arrows. ` +
    `A separate panel with its own axis shows ${sums.length} single sums reported${where(sums)}, ` +
    `from ${formatUSD(smallest)} to ${formatUSD(largest)}. With JavaScript, you can set a number of ` +
    `workers and a monthly amount and see your estimate against theirs.`
  );
}

/** "US$417", "US$5,004": dollars as the reader’s estimate and the worked example write them. */
export const usd = (n: number): string => `US$${group(n)}`;
