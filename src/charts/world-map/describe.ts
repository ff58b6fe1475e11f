// The map in words: the text alternative and what is announced when the period changes.
import { STATUSES, type Deployment, type Period, type Status } from '../../data/schemas.ts';
import { PERIODS, periodYears } from '../../data/periods.ts';
import { figureForPeriod, PERIOD_INFO, STATUS_TEXT } from './figures.ts';

const list = (names: string[]) =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;

const byStatus = (deployments: readonly Deployment[], period: Period, status: Status) =>
  deployments.filter((d) => d.status[period] === status).map((d) => d.name);

/** The period's counts: "Hosting workers: 4 · expelled or closed: 2 · past hosts: 8 · …". */
export function periodCounts(deployments: readonly Deployment[], period: Period): string {
  const parts = STATUSES.filter((s) => s !== 'unknown')
    .map((s) => [s, byStatus(deployments, period, s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${s === 'past' ? 'past hosts' : STATUS_TEXT[s].toLowerCase()}: ${n}`);
  return parts.join(' · ').replace(/^./, (c) => c.toUpperCase());
}

/** What is announced when the period changes: "2019, at the deadline: Hosting workers: 4 · …". */
export const periodSummary = (deployments: readonly Deployment[], period: Period): string =>
  `${period}, ${PERIOD_INFO[period].name}: ${periodCounts(deployments, period)}`;

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const howMany = (n: number) => NUMBER_WORDS[n] ?? String(n);

/**
 * The text alternative, short enough to read before the map: what is shaded for the period,
 * naming the countries except the past hosts (the table names them).
 */
export function describeMap(deployments: readonly Deployment[], period: Period): string {
  const named = (s: Status) => list(byStatus(deployments, period, s));
  const past = byStatus(deployments, period, 'past').length;
  const parts = [
    byStatus(deployments, period, 'hosting').length && `hosting workers: ${named('hosting')}`,
    byStatus(deployments, period, 'expelled').length && `expelled them or closed: ${named('expelled')}`,
    past && `${howMany(past)} past ${past === 1 ? 'host' : 'hosts'}`,
    byStatus(deployments, period, 'front-company').length &&
      `a front company only: ${named('front-company')}`,
  ].filter(Boolean);
  const counted = deployments.filter((d) => figureForPeriod(d.figures, period)).length;
  return (
    `North Korea and the ${deployments.length} countries it sent workers to, shaded by status in ${period}, ${PERIOD_INFO[period].name}: ${parts.join('; ')}.` +
    (counted ? ` Circles show sourced head counts for ${howMany(counted)} of them.` : '')
  );
}

/** The caption under every map of the deployments. */
export const CAPTION = `Circle areas are proportional to the latest sourced count in each period (${PERIODS.map(periodYears).join('; ')}); none is carried over. Each count’s label says what was counted: workers, holders of work permits, or North Koreans still in the country; counts of entries into a country are listed, not drawn. China’s estimates conflict and are not drawn.`;

/** Every source behind the map: statuses, figures and the facts about places. */
export function mapSources(deployments: readonly Deployment[]): string[] {
  return [
    ...new Set(
      deployments.flatMap((d) => [
        ...d.sources,
        ...d.figures.flatMap((f) => f.sources),
        ...d.places.flatMap((p) => p.facts.flatMap((f) => f.sources)),
      ]),
    ),
  ];
}
