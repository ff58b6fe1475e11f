// Cross-file checks that a schema alone cannot make: every source id cited exists, every
// country code is real and on the map. Pure, so it is unit-tested without a build.
import countries from 'i18n-iso-countries';
import type { Correction, Deployment, Money, Source, StoryEvent, Update } from './schemas.ts';
import { checkChapter } from '../mdx/check.ts';
import { chartDomId } from '../mdx/components.ts';
import { elements, parseChapter, textOf, type Element } from '../mdx/tree.ts';

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

const parsed = new Map<string, Element[]>();

/** The components and elements of an MDX text, parsed once per text. */
export function elementsIn(body: string): Element[] {
  let found = parsed.get(body);
  if (!found) parsed.set(body, (found = elements(parseChapter(body))));
  return found;
}

/** Source ids cited in an MDX body (<Cite id>, and any component's source or sources), in
 * reading order, with their line numbers; comments and code are not citations. */
export function citationsIn(body: string): Citation[] {
  return elementsIn(body)
    .filter((el) => /^[A-Z]/.test(el.name))
    .flatMap((el) =>
      (el.name === 'Cite' ? ['id'] : ['source', 'sources']).flatMap((attr) =>
        (textOf(el.attrs.get(attr)) ?? '')
          .split(/[\s,]+/)
          .filter(Boolean)
          .map((id) => ({ id, line: el.line })),
      ),
    );
}

/** The charts an MDX body places, with the id each will have on the page. */
export function chartsIn(body: string): { name: string; domId: string; line: number }[] {
  return elementsIn(body).flatMap((el) => {
    const props = Object.fromEntries([...el.attrs].map(([k, v]) => [k, textOf(v)]));
    const domId = chartDomId(el.name, props);
    return domId ? [{ name: el.name, domId, line: el.line }] : [];
  });
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

  // Chapters in reading order: the one-page story shows them all, so ids must differ across them.
  const chartAt = new Map<string, string>();
  for (const c of [...data.chapters].sort((a, b) => a.order - b.order)) {
    for (const { line, message } of checkChapter(parseChapter(c.body)))
      problems.push({ file: `${c.file}:${line}`, field: '', message });
    for (const { name, domId, line } of chartsIn(c.body)) {
      const first = chartAt.get(domId);
      if (first)
        problems.push({
          file: `${c.file}:${line}`,
          field: `<${name}>`,
          message: `the story already has this chart at ${first}; give this one its own id="…" (lowercase letters, digits and hyphens), so that the one-page story has no two elements with the same id`,
        });
      else chartAt.set(domId, `${c.file}:${line}`);
    }
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
  return problems.map((p) => `  ${p.file} — ${p.field ? `${p.field}: ` : ''}${p.message}`).join('\n');
}
