// The one place pages get the story's data from: loaded, cross-checked, numbered.
import { existsSync, readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { AstroError } from 'astro/errors';
import { citationOrder, citationsIn, findProblems, formatProblems, type StoryData } from './references.ts';
import { atlasCountryIds } from './atlas.ts';
import type { Source } from './schemas.ts';
import { formatDate } from '../lib/dates.ts';
import { dataProblems } from './health.ts';

export type Chapter = CollectionEntry<'chapters'>;

export interface Story extends StoryData {
  chapterEntries: Chapter[];
  sourceById: Map<string, Source>;
  /** Citation number of a source id (1-based), stable across every page. */
  citationNumber: Map<string, number>;
  /** Source ids in citation order. */
  citedOrder: string[];
}

let cached: Promise<Story> | undefined;

export function getStory(): Promise<Story> {
  // In `npm run dev` data files change under a running server: load afresh, so a fixed (or
  // newly broken) file shows on the next reload.
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}

async function load(): Promise<Story> {
  const broken = dataProblems();
  if (broken)
    throw new AstroError(
      broken,
      'Fix the row and field named above; the editor’s guide in README.md explains each field.',
    );
  const [chapterEntries, sources, events, deployments, money, corrections, updates] = await Promise.all([
    getCollection('chapters', (c) => !c.data.draft),
    getCollection('sources'),
    getCollection('events'),
    getCollection('deployments'),
    getCollection('money'),
    getCollection('corrections'),
    getCollection('updates'),
  ]);
  // A collection the loader could not fill must not draw an empty chart.
  const empty = Object.entries({ sources, events, deployments, money }).filter(
    ([, rows]) => rows.length === 0,
  );
  if (empty.length > 0)
    throw new AstroError(
      `No rows could be read from ${empty.map(([name]) => `content/data/${name}.yaml`).join(', ')}.`,
      'The terminal running the build or `npm run dev` shows why; fix the file and reload.',
    );
  chapterEntries.sort((a, b) => a.data.order - b.data.order);
  const data: StoryData = {
    sources: sources.map((e) => e.data),
    events: events.map((e) => e.data),
    deployments: deployments.map((e) => e.data),
    money: money.map((e) => e.data),
    corrections: corrections.map((e) => e.data),
    // Oldest first, so the newest is last and ties keep the file's order.
    updates: updates.map((e) => e.data).sort((a, b) => a.date.localeCompare(b.date)),
    chapters: chapterEntries.map((c) => {
      const file = c.filePath ?? `content/chapters/${c.id}.mdx`;
      // The whole file, so that line numbers in error messages match the editor's view.
      const body = existsSync(file) ? readFileSync(file, 'utf8') : (c.body ?? '');
      return { file, body, order: c.data.order };
    }),
  };
  const problems = findProblems(data, atlasCountryIds());
  if (problems.length > 0) {
    throw new AstroError(
      `The story's content has ${problems.length} problem${problems.length > 1 ? 's' : ''}:\n${formatProblems(problems)}`,
      'Fix the file and field named above; the editor’s guide in README.md explains each field.',
    );
  }
  const citedOrder = citationOrder(data);
  return {
    ...data,
    chapterEntries,
    sourceById: new Map(data.sources.map((s) => [s.id, s])),
    citationNumber: new Map(citedOrder.map((id, i) => [id, i + 1])),
    citedOrder,
  };
}

/** The day the story last changed: its latest correction or update, else its publication. */
export const lastUpdated = (story: Pick<Story, 'updates'>, published: string): string =>
  story.updates.reduce((latest, u) => (u.date > latest ? u.date : latest), published);

/** The URL slug of a chapter: its file name without the extension. */
export const chapterSlug = (c: Chapter): string => c.id.replace(/\.mdx$/, '');

export interface SourceUse {
  chapters: Chapter[];
  charts: string[];
}

/** Which chapters cite a source and which charts draw on it, for the sources page. */
export function sourceUsage(story: Story): Map<string, SourceUse> {
  const use = new Map<string, SourceUse>(story.sources.map((s) => [s.id, { chapters: [], charts: [] }]));
  story.chapterEntries.forEach((entry, i) => {
    const body = story.chapters[i]?.body ?? '';
    for (const { id } of citationsIn(body)) {
      const u = use.get(id);
      if (u && !u.chapters.includes(entry)) u.chapters.push(entry);
    }
  });
  const addChart = (chart: string, ids: readonly string[]) => {
    for (const id of ids) {
      const u = use.get(id);
      if (u && !u.charts.includes(chart)) u.charts.push(chart);
    }
  };
  for (const d of story.deployments) {
    addChart('world-map', d.sources);
    d.figures.forEach((f) => addChart('world-map', f.sources));
    d.places.forEach((p) => p.facts.forEach((f) => addChart('world-map', f.sources)));
  }
  story.events.forEach((e) => addChart('timeline', e.sources));
  story.money.forEach((m) => addChart('revenue', m.sources));
  return use;
}

export interface CitedSource {
  source: Source;
  /** Its citation number. */
  n: number;
  /** What a screen reader hears for its mark: "Source 3: Asia Times, May 2019". */
  label: string;
}

/**
 * The sources behind a chart's marks, once each, in citation order (so marks read 3, 6, 11 as
 * in the text). An unknown id stops the build, naming `where` and the file to fix.
 */
export function citedSources(
  story: Story,
  ids: readonly string[],
  where: string,
  fix: string,
): CitedSource[] {
  return [...new Set(ids)]
    .map((id) => {
      const source = story.sourceById.get(id);
      if (!source) throw new AstroError(`${where}: unknown source id "${id}"`, fix);
      const n = story.citationNumber.get(id) ?? 0;
      return { source, n, label: `Source ${n}: ${source.publisher}, ${formatDate(source.date)}` };
    })
    .sort((a, b) => a.n - b.n);
}
