// What each column of the CSV downloads means, and its unit where it has one: the one
// hand-written part of the data package. Names and types come from the schemas
// (src/data/schemas.ts); a column without a description here stops the build, and one described
// here that no longer exists fails the unit test, so the two cannot drift apart.
import type { Dataset } from './dataset-list.ts';
import { PERIOD_LIST } from './periods.ts';

export interface FieldText {
  description: string;
  unit?: string;
}

const DATE = 'ISO 8601 date at the precision known: YYYY, YYYY-MM or YYYY-MM-DD';
const SOURCES: FieldText = {
  description: 'Ids of the sources for this row (sources.csv), separated by spaces',
};

export const FIELDS: Record<Dataset, Record<string, FieldText>> = {
  sources: {
    id: { description: 'The source’s id, as rows and the story cite it' },
    title: {
      description: 'Title of the document, or a [description in square brackets] if none is on record',
    },
    publisher: { description: 'Who published it' },
    author: { description: 'Who wrote it, when known' },
    date: { description: `Publication date; ${DATE}` },
    url: { description: 'Where to read it' },
    kind: { description: 'What kind of source it is' },
    note: { description: 'A remark on the source, such as where a copy is kept' },
  },
  events: {
    id: { description: 'The event’s id; #event-<id> links to it in the story' },
    date: { description: `When it happened or began; ${DATE}` },
    endDate: { description: `When it ended, for an event that lasted; ${DATE}` },
    approx: { description: 'true when the date is approximate' },
    kind: { description: 'What kind of event it is (the timeline’s rows)' },
    title: { description: 'Short title, as the timeline labels it' },
    description: { description: 'What happened' },
    figure: { description: 'A figure to show with it, as display text (for example 30,023 → 11,490)' },
    countries: { description: 'Countries concerned, ISO 3166-1 alpha-3 codes separated by spaces' },
    confidence: {
      description: 'How firmly the sources establish it: high, medium, or attributed to one source',
    },
    sources: SOURCES,
  },
  deployments: {
    id: { description: 'The country’s ISO 3166-1 alpha-3 code' },
    name: { description: 'Country name' },
    iso3: { description: 'ISO 3166-1 alpha-3 code' },
    isoNumeric: { description: 'ISO 3166-1 numeric code, three digits (as in the map’s atlas)' },
    // One status column a map period (src/data/periods.ts), so a new period needs no edit here.
    ...Object.fromEntries(
      PERIOD_LIST.map((p) => [
        `status.${p.key}`,
        {
          description: `Their status in ${p.key}, ${p.name}: hosting, expelled, past, front-company or unknown`,
        },
      ]),
    ),
    work: { description: 'The work they did' },
    summary: { description: 'One or two sentences on the workers there' },
    figures: {
      description:
        'Sourced worker counts, as a JSON list: value, or low and high; qualifier; date; label; sources',
      unit: 'workers',
    },
    figureNote: { description: 'A remark on the figures' },
    sources: SOURCES,
    places: {
      description:
        'Places on the map, as a JSON list: id, name, lon and lat (degrees, WGS 84), facts with sources',
    },
  },
  money: {
    id: { description: 'The estimate’s id' },
    label: { description: 'Short label, as the revenue chart shows it' },
    estimator: { description: 'Who made the estimate or reported the sum' },
    measure: { description: 'What the figure measures, in the source’s terms' },
    kind: { description: 'estimate, reported sum, seizure, or qualitative (no figure)' },
    scope: { description: 'Whose earnings: all workers abroad, those in Russia, or Vladivostok’s' },
    period: {
      description: 'The period the sum covers: a year, a month, once, or several years (date to endDate)',
    },
    currency: { description: 'Currency of value, low and high' },
    value: { description: 'The figure, when the source gives one', unit: 'US dollars' },
    low: { description: 'The low end, when the source gives a range', unit: 'US dollars' },
    high: { description: 'The high end, when the source gives a range', unit: 'US dollars' },
    qualifier: { description: 'How the source qualifies the figure: about, more than' },
    workers: { description: 'How many workers the source says the sum comes from', unit: 'workers' },
    date: { description: `When the figure applies (for several years, the first); ${DATE}` },
    endDate: { description: `For a sum over several years, the last; ${DATE}` },
    dateLabel: { description: 'The date as the source puts it' },
    sources: SOURCES,
  },
  corrections: {
    id: { description: 'The correction’s id' },
    article: { description: 'Source id of the article corrected (sources.csv)' },
    claim: { description: 'What the article said' },
    correction: { description: 'What the record shows' },
    sources: SOURCES,
  },
  updates: {
    id: { description: 'The change’s id' },
    date: { description: 'The day the change was published, YYYY-MM-DD' },
    chapter: { description: 'The chapter that changed: its address under /chapters/' },
    kind: { description: 'correction (something was wrong) or update (something new)' },
    before: { description: 'What the story said' },
    after: { description: 'What it says now' },
    sources: SOURCES,
  },
};
