// The world map's periods, declared once. Everything else follows from this list: the status
// every row of deployments.yaml must give, the map's period switch and data table, which figures
// a period's circles may show (from–to), the <WorldMap period> and <MapStep period> props, and
// for every period but the default its own title, embed page (/embed/world-map/<key>/),
// downloads (/charts/world-map-<key>.svg|png) and social card (/og/world-map-<key>.png).
// To add a period: one entry here, then its status on every row of deployments.yaml.

export interface PeriodInfo {
  /** What the map's switch says and what deployments.yaml's `status` is keyed by. */
  readonly key: string;
  /** Said after the key: "2019, at the deadline". */
  readonly name: string;
  /** The window of dates whose figures the period's circles may show (a circle is never carried over). */
  readonly from: string;
  readonly to: string;
  /** The title of the period's own embed, downloads and card; the default period has the chart's. */
  readonly title?: string;
}

export const PERIOD_LIST = [
  {
    key: '2017',
    name: 'before the resolutions',
    from: '2017',
    to: '2017-12-31',
    title: 'Where the workers were before the resolutions',
  },
  { key: '2019', name: 'at the deadline', from: '2018', to: '2019-12-31' },
  {
    key: '2020',
    name: 'after the deadline',
    from: '2020',
    to: '2020-12-31',
    title: 'Where the workers were after the deadline',
  },
  {
    key: '2025',
    name: 'after the Panel',
    from: '2021',
    to: '2025-12-31',
    title: 'Where the workers were in 2025, after the UN Panel',
  },
] as const satisfies readonly PeriodInfo[];

export type Period = (typeof PERIOD_LIST)[number]['key'];

/** The period a map opens on when no period is given: the deadline. */
export const DEFAULT_PERIOD: Period = '2019';

export const PERIODS: readonly Period[] = PERIOD_LIST.map((p) => p.key);

export const PERIOD_INFO = Object.fromEntries(PERIOD_LIST.map((p) => [p.key, p])) as Record<
  Period,
  PeriodInfo
>;

export const isPeriod = (value: string): value is Period => (PERIODS as readonly string[]).includes(value);

/** "2017 (before the resolutions), 2019 (at the deadline), …", for error messages. */
export const periodChoices = (): string => PERIOD_LIST.map((p) => `${p.key} (${p.name})`).join(', ');

/** The years a period's circles cover, as a caption says them: "2017", "2018–19", "2021–25". */
export function periodYears(p: Period): string {
  const [a, b] = [PERIOD_INFO[p].from.slice(0, 4), PERIOD_INFO[p].to.slice(0, 4)];
  return a === b ? a : `${a}–${a.slice(0, 2) === b.slice(0, 2) ? b.slice(2) : b}`;
}
