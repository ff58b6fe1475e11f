// The reader's starting points, each built from sourced rows in content/data, never typed in.
// Which rows is an editorial choice (content/data/choices.yaml), checked before it gets here.
import type { Choices } from '../../data/choices.ts';
import { formatDate } from '../kit/format.ts';
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

/** The presets that do not depend on the chosen country. The others are named after it. */
export const WORLDWIDE = 'world-us';
export const AVERAGE = 'us-average';

const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const monthYear = (date: string) =>
  date.slice(5, 7) === '12' ? `end of ${date.slice(0, 4)}` : formatDate(date);

const unique = (ids: string[]) => [...new Set(ids)];

export interface WorkedExample {
  workers: number;
  total: number;
  perYear: number;
  perMonthExact: number;
  perMonth: number;
  workerSources: string[];
  totalSources: string[];
  /** The estimate's own name for itself (its money row's label) and the hedge on its sum. */
  label: string;
  qualifier?: string;
}

export interface Presets {
  workers: Preset[];
  perMonth: Preset[];
  example: WorkedExample;
}

/**
 * The starting points from the editorial choice (content/data/choices.yaml, resolved and checked
 * by src/data/choices.ts): the worldwide money row, a country's counts, that country's range.
 */
export function buildPresets(choice: Choices['calculator']): Presets {
  const us = choice.worldwide;
  const WORLD_WORKERS = us.workers;
  const workerSources = us.sources;
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
    label: us.label,
    qualifier: us.qualifier,
  };

  const first = choice.permits[0]!;
  const country = first.country.name;
  const upper = choice.upper;
  const countryUpper = upper.high / first.figure.value / 12;
  const floor = us.qualifier === 'more-than';

  return {
    example,
    workers: [
      {
        key: WORLDWIDE,
        value: WORLD_WORKERS,
        name: `worldwide, ${us.label}`,
        covers: 'All workers abroad',
        button: `~${group(WORLD_WORKERS)} worldwide`,
        what: us.label,
        basis: 'sourced',
        sources: workerSources,
      },
      ...choice.permits.map(({ figure: f }): Preset => ({
        key: `${slug(country)}-${f.date.slice(0, 4)}`,
        value: f.value,
        name: `${country}, ${monthYear(f.date)}`,
        covers: `${country} only`,
        button: `${country} ${f.date.slice(0, 4)}: ${group(f.value)}`,
        what: f.label,
        basis: 'sourced',
        sources: f.sources,
      })),
    ],
    perMonth: [
      {
        key: AVERAGE,
        value: example.perMonth,
        name: 'worldwide average',
        covers: 'All workers abroad',
        button: `US$${group(example.perMonth)} (average)`,
        what: `derived from “${us.label}”${floor ? `; a floor, since the estimate was more than US$${group(us.value)}` : ''}`,
        basis: 'derived',
        derivation: `${group(us.value)} ÷ ${group(WORLD_WORKERS)} ÷ 12 = ${group(round2(perMonthExact))} ≈ ${group(example.perMonth)}`,
        sources: unique([...us.sources, ...workerSources]),
      },
      {
        key: `${slug(country)}-upper`,
        value: Math.round(countryUpper),
        name: `${country}, upper figure`,
        covers: `${country} only`,
        button: `US$${group(Math.round(countryUpper))} (${country}, upper)`,
        what: `derived from the upper figure of “${upper.label}” and ${country}’s count at the ${monthYear(first.figure.date)}; assumes both cover the same workers`,
        basis: 'derived',
        derivation: `${group(upper.high)} ÷ ${group(first.figure.value)} ÷ 12 = ${group(round2(countryUpper))} ≈ ${group(Math.round(countryUpper))}`,
        sources: unique([...upper.sources, ...first.figure.sources]),
      },
    ],
  };
}

const round2 = (n: number) => Math.round(n * 100) / 100;
