// The shape of every editor-facing file. Pure: imported by content.config.ts and by unit tests.
import { z } from 'astro/zod';
import { PERIOD_INFO, PERIODS, periodChoices, type Period } from './periods.ts';

export { PERIODS, type Period } from './periods.ts';

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** True for a real calendar date written as YYYY, YYYY-MM or YYYY-MM-DD. */
export function isPartialDate(value: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return false;
  const month = m[2] === undefined ? 1 : Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  const leap = Number(m[1]) % 4 === 0 && (Number(m[1]) % 100 !== 0 || Number(m[1]) % 400 === 0);
  const max = month === 2 && !leap ? 28 : (DAYS_IN_MONTH[month - 1] ?? 0);
  return day >= 1 && day <= max;
}

/** An ISO 8601 date at the precision known. YAML hands over an unquoted year as a number. */
export const partialDate = z.preprocess(
  (v) => (typeof v === 'number' ? String(v) : v),
  z.string().refine(isPartialDate, {
    message: 'must be a real date written YYYY, YYYY-MM or YYYY-MM-DD',
  }),
);

/**
 * True for an address a link may carry: http or https, read as the browser reads an href (any
 * case, surrounding spaces and tabs ignored), so javascript:, data:, vbscript: and file: are out.
 */
export function isWebUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
}

const webUrl = z
  .string()
  .refine(isWebUrl, {
    error: (i) =>
      `must be a web address starting https:// or http:// (got ${JSON.stringify(String(i.input).slice(0, 40))}; javascript:, data: and other schemes are not allowed)`,
  })
  // What the data package's Table Schema calls it.
  .meta({ format: 'uri' });

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and hyphens');
const sourceIds = z.array(z.string().min(1)).min(1, 'must cite at least one source id');

export const sourceSchema = z.strictObject({
  id,
  title: z.string().min(1),
  publisher: z.string().min(1),
  author: z.string().optional(),
  date: partialDate,
  url: webUrl,
  kind: z.enum(['story-source', 'un-document', 'government', 'news', 'analysis']),
  note: z.string().optional(),
});

export const EVENT_KINDS = [
  'resolution',
  'deadline',
  'enforcement',
  'repatriation',
  'incident',
  'context',
] as const;

const iso3 = z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 3166-1 alpha-3 code such as RUS');

export const eventSchema = z.strictObject({
  id,
  date: partialDate,
  endDate: partialDate.optional(),
  approx: z.boolean().default(false),
  kind: z.enum(EVENT_KINDS),
  title: z.string().min(1).max(60, 'keep event titles to 60 characters; use description'),
  description: z.string().min(1),
  figure: z.string().optional(),
  countries: z.array(iso3).default([]),
  confidence: z.enum(['high', 'medium', 'attributed']),
  sources: sourceIds,
});

export const STATUSES = ['hosting', 'expelled', 'past', 'front-company', 'unknown'] as const;

const statusFor = (p: Period) =>
  z.enum(STATUSES, {
    error: (issue) =>
      issue.input === undefined
        ? `no status for the period ${p} (${PERIOD_INFO[p].name}): every row gives one for each period in src/data/periods.ts — ${periodChoices()}`
        : `"${String(issue.input)}" is not a status; use one of ${STATUSES.join(', ')}`,
  });
/** One status per declared period, and no other key. */
const statusByPeriod = z.strictObject(
  Object.fromEntries(PERIODS.map((p) => [p, statusFor(p)])) as Record<Period, ReturnType<typeof statusFor>>,
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown period ${issue.keys.map((k) => `"${k}"`).join(', ')}: the periods are declared in src/data/periods.ts — ${periodChoices()}`
        : undefined,
  },
);
const qualifier = z.enum(['about', 'up-to', 'more-than', 'at-least']);

const figureSchema = z
  .object({
    value: z.number().positive().optional(),
    low: z.number().positive().optional(),
    high: z.number().positive().optional(),
    qualifier: qualifier.optional(),
    /** What was counted: workers (drawn as the period's circle), or entries into the country,
     * which are not workers unless a source says so (listed, never drawn). Absent: workers. */
    counts: z
      .enum(['workers', 'entries'], { error: 'must be workers or entries (arrivals counted at a border)' })
      .optional(),
    date: partialDate,
    label: z.string().min(1),
    sources: sourceIds,
  })
  .refine((f) => (f.value !== undefined) !== (f.low !== undefined && f.high !== undefined), {
    message: 'give either value, or both low and high',
  })
  .refine((f) => f.low === undefined || f.high === undefined || f.low < f.high, {
    message: 'low must be less than high',
  });

export const deploymentSchema = z.strictObject({
  id: iso3,
  name: z.string().min(1),
  iso3,
  isoNumeric: z.preprocess(
    (v) => (typeof v === 'number' ? String(v).padStart(3, '0') : v),
    z.string().regex(/^\d{3}$/, 'must be a three-digit ISO 3166-1 numeric code such as 643'),
  ),
  status: statusByPeriod,
  work: z.string().optional(),
  summary: z.string().min(1),
  figures: z.array(figureSchema).default([]),
  figureNote: z.string().optional(),
  sources: sourceIds,
  places: z
    .array(
      z.strictObject({
        id,
        name: z.string().min(1),
        lon: z.number().min(-180).max(180),
        lat: z.number().min(-90).max(90),
        facts: z.array(z.strictObject({ text: z.string().min(1), sources: sourceIds })).min(1),
      }),
    )
    .default([]),
});

export const moneySchema = z
  .object({
    id,
    label: z.string().min(1),
    estimator: z.string().min(1),
    measure: z.string().min(1),
    kind: z.enum(['estimate', 'reported', 'seizure', 'qualitative']),
    scope: z.enum(['all-abroad', 'russia', 'vladivostok']),
    /** year: a sum a year; month: one month's; once: a single sum; years: one sum over several
     * years, from `date` to `endDate` — never drawn as a year's. */
    period: z.enum(['year', 'month', 'once', 'years'], {
      error:
        'must be year (a sum a year), month, once (a single sum) or years (one sum over several years, with endDate)',
    }),
    currency: z.literal('USD').default('USD'),
    value: z.number().positive().optional(),
    low: z.number().positive().optional(),
    high: z.number().positive().optional(),
    qualifier: z.enum(['about', 'more-than']).optional(),
    /** How many workers the source says the sum comes from, when it says. */
    workers: z.number().int().positive().optional(),
    date: partialDate,
    /** The last date a multi-year sum (period: years) covers. */
    endDate: partialDate.optional(),
    dateLabel: z.string().optional(),
    sources: sourceIds,
  })
  .refine(
    (m) => m.period !== 'years' || (m.endDate !== undefined && m.endDate.slice(0, 4) > m.date.slice(0, 4)),
    {
      message:
        'a sum over several years (period: years) needs endDate, in a later year than date (date: 2017, endDate: 2023)',
      path: ['endDate'],
    },
  )
  .refine((m) => m.endDate === undefined || m.period === 'years', {
    message:
      'endDate is only for a sum over several years: write period: years (a yearly estimate has one date, the year it is for)',
    path: ['period'],
  })
  .refine(
    (m) =>
      m.kind === 'qualitative'
        ? m.value === undefined && m.low === undefined
        : (m.value !== undefined) !== (m.low !== undefined && m.high !== undefined),
    { message: 'give value, or low and high (a qualitative row gives neither)' },
  );

export const correctionSchema = z.strictObject({
  id,
  article: z.string().min(1),
  claim: z.string().min(1),
  correction: z.string().min(1),
  sources: sourceIds,
});

/** The story's own corrections and updates, shown dated on /sources/ and linked from the chapter. */
export const updateSchema = z.strictObject({
  id,
  date: z.string().refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && isPartialDate(v), {
    message: 'must be the day the change was published, written YYYY-MM-DD',
  }),
  chapter: z.string().regex(/^[a-z0-9-]+$/, 'must be a chapter file name without .mdx, such as 03-the-money'),
  kind: z.enum(['correction', 'update']),
  before: z.string().min(1, 'say what the story said before'),
  after: z.string().min(1, 'say what the story says now'),
  sources: sourceIds,
});

/** A figure of a country's row in deployments.yaml, named by its exact date (and what it counts). */
const figureRef = z.strictObject({
  country: iso3,
  date: partialDate,
  counts: z.enum(['workers', 'entries'], { error: 'must be workers or entries' }).optional(),
});
const label = z.string().min(1, 'write the text shown under the figure');

/** One of the cover's key figures: which sourced row it shows, and the words under it. */
const coverFigure = z.discriminatedUnion(
  'show',
  [
    z.strictObject({ show: z.literal('event-date'), event: id, label, cite: z.array(id).min(1).optional() }),
    z.strictObject({ show: z.literal('change'), from: figureRef, to: figureRef, label }),
    z.strictObject({ show: z.literal('figure'), figure: figureRef, label: label.optional() }),
    z.strictObject({ show: z.literal('money'), money: id, label }),
    z.strictObject({ show: z.literal('workers'), money: id, label }),
  ],
  { error: 'must say what it shows: show: event-date, change, figure, money or workers' },
);

/** The story's editorial choices (content/data/choices.yaml): which sourced rows it features. */
export const choiceSchema = z.discriminatedUnion(
  'id',
  [
    z.strictObject({ id: z.literal('cover'), figures: z.array(coverFigure).min(1).max(8) }),
    z.strictObject({
      id: z.literal('timeline-window'),
      from: id,
      to: id,
      label: z.string().min(1),
      shortLabel: z.string().min(1).max(16, 'keep it to 16 characters: it is drawn on narrow timelines'),
    }),
    z.strictObject({
      id: z.literal('calculator'),
      worldwide: id,
      permits: z.array(figureRef).min(1).max(4),
      upper: id,
    }),
  ],
  { error: 'must be one of the choices: id: cover, timeline-window or calculator' },
);

export const chapterSchema = z.strictObject({
  title: z.string({ error: 'every chapter needs a title (text)' }).min(1, 'every chapter needs a title'),
  summary: z
    .string({ error: 'every chapter needs a one-sentence summary (text)' })
    .min(1, 'every chapter needs a one-sentence summary'),
  order: z
    .number({ error: 'every chapter needs an order: a whole number saying where it goes' })
    .int()
    .positive(),
  kicker: z.string().optional(),
  draft: z.boolean().default(false),
});

export type Source = z.infer<typeof sourceSchema>;
export type StoryEvent = z.infer<typeof eventSchema>;
export type EventKind = (typeof EVENT_KINDS)[number];
export type Deployment = z.infer<typeof deploymentSchema>;
export type Status = (typeof STATUSES)[number];
export type Money = z.infer<typeof moneySchema>;
export type Correction = z.infer<typeof correctionSchema>;
export type Update = z.infer<typeof updateSchema>;
export type ChapterMeta = z.infer<typeof chapterSchema>;
export type Choice = z.infer<typeof choiceSchema>;
export type FigureRef = z.infer<typeof figureRef>;
export type CoverFigure = z.infer<typeof coverFigure>;
