// The datasets offered for download, by file name, each in a reader's order. Pure: the CSV
// writer, the data package and unit tests share it.
export const DATASETS = ['sources', 'events', 'deployments', 'money', 'corrections', 'updates'] as const;
export type Dataset = (typeof DATASETS)[number];

export const DATASET_TITLES: Record<Dataset, string> = {
  sources: 'Sources: every document the story and its charts cite',
  events: 'Events: the timeline of resolutions, deadlines, enforcement and repatriations',
  deployments: 'Deployments: where North Korea’s workers were, by country and period (the map)',
  money: 'Money: estimates of what the labour earned the state (the revenue chart)',
  corrections: 'Corrections to the two articles the story started from',
  updates: 'Corrections and updates to this story, dated',
};

type Row = Record<string, unknown>;
const text = (r: Row, k: string) => String(r[k] ?? '');
/** Partial ISO dates sort as text: 2019 < 2019-03 < 2019-03-22. */
const by =
  (...keys: string[]) =>
  (a: Row, b: Row) =>
    keys.reduce((c, k) => c || text(a, k).localeCompare(text(b, k), 'en'), 0);

/** Rows in the order a reader scans them; the content files keep the editors' order. */
const ORDER: Record<Dataset, ((a: Row, b: Row) => number) | undefined> = {
  sources: by('date', 'id'),
  events: by('date', 'id'),
  deployments: by('name'),
  money: by('date', 'id'),
  corrections: undefined,
  updates: by('date', 'id'),
};

export function ordered(name: Dataset, list: readonly Row[]): Row[] {
  const sort = ORDER[name];
  return sort ? [...list].sort(sort) : [...list];
}
