// The reader's starting points, each built from sourced rows in content/data, never typed in:
// if the data change so that a figure is missing, the build stops and says which.
import type { Deployment, Money } from '../../data/schemas.ts';
import { group } from './estimate.ts';

export interface Preset {
  key: string;
  value: number;
  /** A short name, for the table. */
  name: string;
  /** The button's text. */
  button: string;
  /** Whose workers it concerns, for the table. */
  covers: string;
  /** What the figure is, shown beside the input while it holds this value. */
  what: string;
  /** "sourced" for a figure from a source, "derived" for our arithmetic on sourced figures. */
  basis: 'sourced' | 'derived';
  /** The arithmetic behind a derived figure, written out. */
  derivation?: string;
  sources: string[];
}

export const WORKER_PRESETS = ['world-us', 'russia-2017', 'russia-2018'] as const;
export const PER_MONTH_PRESETS = ['us-average', 'russia-upper'] as const;
export type WorkerPreset = (typeof WORKER_PRESETS)[number];
export type PerMonthPreset = (typeof PER_MONTH_PRESETS)[number];

const problem = (what: string) => new Error(`Revenue chart presets: ${what}`);

function money(rows: readonly Money[], id: string): Money {
  const row = rows.find((m) => m.id === id);
  if (!row) throw problem(`content/data/money.yaml has no row with id "${id}"`);
  return row;
}

function russiaFigure(deployments: readonly Deployment[], datePrefix: string) {
  const f = deployments.find((d) => d.id === 'RUS')?.figures.find((x) => x.date.startsWith(datePrefix));
  if (!f?.value) throw problem(`content/data/deployments.yaml has no RUS figure dated ${datePrefix}`);
  return { value: f.value, sources: f.sources };
}

const unique = (ids: string[]) => [...new Set(ids)];

export interface WorkedExample {
  workers: number;
  total: number;
  perYear: number;
  perMonthExact: number;
  perMonth: number;
  workerSources: string[];
  totalSources: string[];
}

export interface Presets {
  workers: Preset[];
  perMonth: Preset[];
  example: WorkedExample;
}

export function buildPresets(data: { money: readonly Money[]; deployments: readonly Deployment[] }): Presets {
  const us = money(data.money, 'us-100k-workers');
  if (!us.value) throw problem('money row "us-100k-workers" needs a single value');
  const WORLD_WORKERS = us.workers;
  if (!WORLD_WORKERS) throw problem('money row "us-100k-workers" needs `workers`, the count it is based on');
  const workerSources = unique(['asia-times-2019', ...us.sources]);
  const perYear = us.value / WORLD_WORKERS;
  const perMonthExact = perYear / 12;
  const example: WorkedExample = {
    workers: WORLD_WORKERS,
    total: us.value,
    perYear,
    perMonthExact,
    perMonth: Math.round(perMonthExact),
    workerSources,
    totalSources: us.sources,
  };

  const r2017 = russiaFigure(data.deployments, '2017');
  // Russia's counts of valid work permits at the end of 2017 and of 2018 (reported to the UN in March 2019).
  const r2018 = russiaFigure(data.deployments, '2018');
  const russia = money(data.money, 'state-dept-russia');
  if (!russia.high) throw problem('money row "state-dept-russia" needs low and high');
  const russiaUpper = russia.high / r2017.value / 12;

  return {
    example,
    workers: [
      {
        key: 'world-us',
        value: WORLD_WORKERS,
        name: 'worldwide, US estimate',
        covers: 'All workers abroad',
        button: `~${group(WORLD_WORKERS)} worldwide`,
        what: `US government estimate of North Korean workers abroad (“nearly ${group(WORLD_WORKERS)}”)`,
        basis: 'sourced',
        sources: workerSources,
      },
      {
        key: 'russia-2017',
        value: r2017.value,
        name: 'Russia, end of 2017',
        covers: 'Russia only',
        button: `Russia 2017: ${group(r2017.value)}`,
        what: 'North Koreans with valid work permits in Russia at the end of 2017, from Russia’s report to the UN',
        basis: 'sourced',
        sources: r2017.sources,
      },
      {
        key: 'russia-2018',
        value: r2018.value,
        name: 'Russia, end of 2018',
        covers: 'Russia only',
        button: `Russia 2018: ${group(r2018.value)}`,
        what: 'North Koreans with valid work permits in Russia at the end of 2018, from Russia’s report to the UN of March 2019',
        basis: 'sourced',
        sources: r2018.sources,
      },
    ],
    perMonth: [
      {
        key: 'us-average',
        value: example.perMonth,
        name: 'US average',
        covers: 'All workers abroad',
        button: `US$${group(example.perMonth)} (US average)`,
        what: `derived from the US estimate; a floor, since the US said more than US$${group(us.value)} from nearly ${group(WORLD_WORKERS)} workers`,
        basis: 'derived',
        derivation: `${group(us.value)} ÷ ${group(WORLD_WORKERS)} ÷ 12 = ${group(round2(perMonthExact))} ≈ ${group(example.perMonth)}`,
        sources: unique([...us.sources, ...workerSources]),
      },
      {
        key: 'russia-upper',
        value: Math.round(russiaUpper),
        name: 'Russia, upper figure',
        covers: 'Russia only',
        button: `US$${group(Math.round(russiaUpper))} (Russia, upper)`,
        what: 'derived from the State Department’s upper figure for Russia and Russia’s count of permit holders at the end of 2017; assumes both cover the same workers',
        basis: 'derived',
        derivation: `${group(russia.high)} ÷ ${group(r2017.value)} ÷ 12 = ${group(round2(russiaUpper))} ≈ ${group(Math.round(russiaUpper))}`,
        sources: unique([...russia.sources, ...r2017.sources]),
      },
    ],
  };
}

const round2 = (n: number) => Math.round(n * 100) / 100;
