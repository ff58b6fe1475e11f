// The revenue chart's two panels, the export image and the words about them, worked out once
// from the money rows, so the page, the download and the caption cannot disagree.
import type { Money } from '../../data/schemas.ts';
import { formatUSD } from '../kit/format.ts';
import { group } from './estimate.ts';
import { SCOPES, byScopeThenDate, layoutPanel, toMark } from './layout.ts';
import { isAnnual, isSingleSum, where } from './summary.ts';

export const WIDTH = 340;
/** Between the two panels in the side-by-side export image. */
export const GAP = 24;

// Marks, in the order drawn: scope, then date.
const marksOf = (rows: readonly Money[], cite: (id: string) => number | undefined) =>
  rows
    .map((m) => ({ m, mark: toMark(m, cite) }))
    .filter((x) => x.mark !== undefined)
    .map((x) => ({ ...x.mark!, date: x.m.date }))
    .sort(byScopeThenDate);
const scopesIn = (ms: { scope: string }[]) => SCOPES.filter((s) => ms.some((m) => m.scope === s));

/** `marker` is the reader's starting estimate, US$ a year, drawn on the annual panel (none in the
 * compact chart, which has no reader's estimate). */
export function buildPanels(
  money: readonly Money[],
  cite: (id: string) => number | undefined,
  marker: number | undefined,
) {
  const annual = marksOf(money.filter(isAnnual), cite);
  const sums = marksOf(money.filter(isSingleSum), cite);

  const aOptions = {
    width: WIDTH,
    title: 'Estimates of what the workers earn the state',
    subtitle: 'US dollars a year',
    legend: scopesIn(annual),
    shapesKey: true,
  };
  const a = layoutPanel(annual, { ...aOptions, marker });
  const sumMax = Math.max(...sums.map((m) => m.high));
  const bMax = layoutPanel(sums, { width: WIDTH, title: '', subtitle: '', legend: [] }).scale.max;
  const ratio = a.scale.max / bMax;
  const b = layoutPanel(sums, {
    width: WIDTH,
    title: `Single sums reported${where(sums)}`,
    loudSubtitle: true,
    subtitle: `A separate axis, up to ${formatUSD(bMax)}: the estimates’ axis is ${Number.isInteger(ratio) ? '' : 'about '}${group(Math.round(ratio))} times longer`,
    legend: scopesIn(sums),
  });

  // The downloadable image: both panels side by side, without the reader's marker (a static
  // image has no reader).
  const exportA = layoutPanel(annual, { ...aOptions, marker: undefined });
  const exportBox = { width: 2 * WIDTH + GAP, height: Math.max(exportA.height, b.height) };

  const annualLabel = `Annual estimates, US dollars a year: ${annual.map((m) => `${m.label}, ${m.valueText}`).join('; ')}.`;
  const sumsLabel = `Single sums on a separate axis up to ${formatUSD(bMax)}: ${sums.map((m) => `${m.label}, ${m.valueText}`).join('; ')}.`;
  const caption =
    `Ranges are drawn as bars, single figures as dots and “more than” figures as arrows. ` +
    `The single sums, each for one month or one seizure, are about ${formatUSD(Math.min(...sums.map((m) => m.low)))}–${formatUSD(sumMax, { prefix: '' })}: on the estimates’ axis ` +
    `they would sit at zero, so they have their own.`;
  return { annual, sums, a, b, exportA, exportBox, annualLabel, sumsLabel, caption };
}
