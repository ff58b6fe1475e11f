// Cross-file checks that a schema alone cannot make: every source id cited exists, every
// country code is real and on the map. Pure, so it is unit-tested without a build.
import countries from 'i18n-iso-countries';
import type { Correction, Deployment, Money, Source, StoryEvent, Update } from './schemas.ts';

export interface ChapterText {
  /** Path shown to the editor, e.g. content/chapters/01-deadline.mdx */
  file: string;
  body: string;
  order: number;
}

export interface StoryData {
  sources: Source[];
  events: StoryEvent[];
  deployments: Deployment[];
  money: Money[];
  corrections: Correction[];
  /** The story's own corrections and updates. */
  updates: Update[];
  chapters: ChapterText[];
}

export interface Problem {
  file: string;
  field: string;
  message: string;
}

export interface Citation {
  id: string;
  line: number;
}

const CITE = /<Cite\b[^>]*?\bid=["']([^"']*)["']/g;
const SOURCES_ATTR = /<[A-Z][A-Za-z]*\b[^>]*?\bsources?=["']([^"']*)["']/g;

/** Source ids cited in an MDX body, in reading order, with their line numbers. */
export function citationsIn(body: string): Citation[] {
  const found: { index: number; id: string }[] = [];
  for (const re of [CITE, SOURCES_ATTR]) {
    for (const m of body.matchAll(re)) {
      for (const id of (m[1] ?? '').split(/[\s,]+/).filter(Boolean)) {
        found.push({ index: m.index, id });
      }
    }
  }
  return found
    .sort((a, b) => a.index - b.index)
    .map(({ index, id }) => ({ id, line: body.slice(0, index).split('\n').length }));
}

/** Every source in citation order: first as the chapters cite them, then the rest as listed. */
export function citationOrder(data: Pick<StoryData, 'sources' | 'chapters'>): string[] {
  const order: string[] = [];
  const known = new Set(data.sources.map((s) => s.id));
  const chapters = [...data.chapters].sort((a, b) => a.order - b.order);
  for (const c of chapters) {
    for (const { id } of citationsIn(c.body)) if (known.has(id) && !order.includes(id)) order.push(id);
  }
  for (const s of data.sources) if (!order.includes(s.id)) order.push(s.id);
  return order;
}

export function findProblems(data: StoryData, atlasIds: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  const known = new Set(data.sources.map((s) => s.id));
  const checkIds = (file: string, field: string, ids: readonly string[]) => {
    ids.forEach((id, i) => {
      if (!known.has(id))
        problems.push({ file, field: `${field}[${i}]`, message: `unknown source id "${id}"` });
    });
  };
  const checkCountry = (file: string, field: string, a3: string) => {
    if (!countries.isValid(a3))
      problems.push({ file, field, message: `"${a3}" is not an ISO 3166-1 alpha-3 country code` });
  };

  for (const c of data.chapters) {
    for (const { id, line } of citationsIn(c.body)) {
      if (!known.has(id))
        problems.push({
          file: `${c.file}:${line}`,
          field: 'Cite id',
          message: `unknown source id "${id}" (add it to content/data/sources.yaml or fix the id)`,
        });
    }
  }
  const orders = new Map<number, string>();
  for (const c of data.chapters) {
    const other = orders.get(c.order);
    if (other)
      problems.push({
        file: c.file,
        field: 'order',
        message: `order ${c.order} is already used by ${other}`,
      });
    orders.set(c.order, c.file);
  }

  for (const e of data.events) {
    const file = `content/data/events.yaml (id: ${e.id})`;
    checkIds(file, 'sources', e.sources);
    e.countries.forEach((a3, i) => checkCountry(file, `countries[${i}]`, a3));
    if (e.endDate && e.endDate < e.date)
      problems.push({ file, field: 'endDate', message: 'endDate is before date' });
  }
  for (const d of data.deployments) {
    const file = `content/data/deployments.yaml (id: ${d.id})`;
    checkIds(file, 'sources', d.sources);
    checkCountry(file, 'iso3', d.iso3);
    const a3 = countries.numericToAlpha3(d.isoNumeric);
    if (a3 && a3 !== d.iso3)
      problems.push({
        file,
        field: 'isoNumeric',
        message: `${d.isoNumeric} is the code of ${a3}, not ${d.iso3}`,
      });
    if (!atlasIds.has(d.isoNumeric))
      problems.push({
        file,
        field: 'isoNumeric',
        message: `no country with code ${d.isoNumeric} in the world atlas`,
      });
    d.figures.forEach((f, i) => checkIds(file, `figures[${i}].sources`, f.sources));
    d.places.forEach((p, i) =>
      p.facts.forEach((f, j) => checkIds(file, `places[${i}].facts[${j}].sources`, f.sources)),
    );
  }
  for (const m of data.money) checkIds(`content/data/money.yaml (id: ${m.id})`, 'sources', m.sources);
  for (const c of data.corrections) {
    const file = `content/data/corrections.yaml (id: ${c.id})`;
    checkIds(file, 'sources', c.sources);
    checkIds(file, 'article', [c.article]);
  }
  const slugs = new Set(data.chapters.map((c) => chapterFileSlug(c.file)));
  for (const u of data.updates) {
    const file = `content/data/updates.yaml (id: ${u.id})`;
    checkIds(file, 'sources', u.sources);
    if (!slugs.has(u.chapter))
      problems.push({
        file,
        field: 'chapter',
        message: `no chapter "${u.chapter}"; write one of: ${[...slugs].join(', ')}`,
      });
  }
  return problems;
}

/** A chapter's address from its file path: content/chapters/03-the-money.mdx → 03-the-money. */
export const chapterFileSlug = (file: string): string =>
  (file.split('/').pop() ?? file).replace(/\.mdx$/, '');

export function formatProblems(problems: readonly Problem[]): string {
  return problems.map((p) => `  ${p.file} — ${p.field}: ${p.message}`).join('\n');
}
