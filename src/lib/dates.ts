// Dates as a reader reads them, shared by the data checks' messages, the pages and the charts
// (which import them through src/charts/kit/format.ts).
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2017-12-22" → "22 December 2017", "2018-11" → "November 2018", "1967" → "1967". */
export function formatDate(iso: string, { short = false } = {}): string {
  const [y, m, d] = iso.split('-');
  if (!m) return y ?? iso;
  const month = MONTHS[Number(m) - 1] ?? m;
  const name = short ? month.slice(0, 3) : month;
  return d ? `${Number(d)} ${name} ${y}` : `${name} ${y}`;
}
