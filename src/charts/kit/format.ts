// Formatting shared by text, tables and charts, so a figure reads the same everywhere.
// Dates are written in src/lib (the data checks' messages use them too); charts import them here.
export { formatDate } from '../../lib/dates.ts';

const grouped = new Intl.NumberFormat('en-GB');

/** 30023 → "30,023". */
export const formatNumber = (n: number): string => grouped.format(n);

/** US dollars, short: 500e6 → "US$500m", 1.2e9 → "US$1.2bn", 192300 → "US$192,300".
 * `decimals` is how many decimals millions and billions keep (default 1, trailing zeros dropped);
 * `significant` first rounds the amount to that many significant figures (the reader's estimate
 * uses 3: 57,495,960 → "US$57.5m", 1,234,567,890 → "US$1.23bn"). */
export function formatUSD(
  n: number,
  {
    prefix = 'US$',
    decimals = 1,
    significant,
  }: { prefix?: string; decimals?: number; significant?: number } = {},
): string {
  const v = significant === undefined ? n : Number(n.toPrecision(significant));
  const trim = (x: number) => String(Number(x.toFixed(decimals)));
  if (v >= 1e9) return `${prefix}${trim(v / 1e9)}bn`;
  if (v >= 1e6) return `${prefix}${trim(v / 1e6)}m`;
  return `${prefix}${formatNumber(Math.round(v))}`;
}

const QUALIFIERS: Record<string, string> = {
  about: 'about ',
  'up-to': 'up to ',
  'more-than': 'more than ',
  'at-least': 'at least ',
};

/** "more-than" → "more than " — the words in front of a figure. */
export const qualifierText = (q: string | undefined): string => (q ? (QUALIFIERS[q] ?? '') : '');
