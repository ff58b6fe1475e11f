// The chapter a chart belongs to: the first chapter whose text places it.
import { CHARTS, type ChartSlug } from '../charts/registry.ts';
import { chapterSlug, getStory, type Chapter } from './story.ts';

export async function chartChapter(slug: ChartSlug): Promise<Chapter | undefined> {
  const { chapterEntries } = await getStory();
  const tags = [`<${CHARTS[slug].tag}`, ...(slug === 'world-map' ? ['<MapScrolly'] : [])];
  return chapterEntries.find((c) => tags.some((t) => (c.body ?? '').includes(t)));
}

/** Site-relative path of the chart's place in the story, for back links and canonicals. */
export async function chartHomePath(slug: ChartSlug): Promise<string> {
  const chapter = await chartChapter(slug);
  return chapter ? `chapters/${chapterSlug(chapter)}/` : '';
}
