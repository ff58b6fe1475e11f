// The chapter a chart belongs to: the first chapter whose text places it (for a variant, the
// first that places that variant, else the chart's own chapter).
import { placesView, type ChartView } from '../charts/registry.ts';
import { chapterSlug, getStory, type Chapter } from './story.ts';

export async function chartChapter(view: ChartView): Promise<Chapter | undefined> {
  const { chapterEntries } = await getStory();
  const find = (v: ChartView) => chapterEntries.find((c) => placesView(c.body ?? '', v));
  return (view.variant && find(view)) || find({ slug: view.slug });
}

/** Site-relative path of the chart's place in the story, for back links and canonicals. */
export async function chartHomePath(view: ChartView): Promise<string> {
  const chapter = await chartChapter(view);
  return chapter ? `chapters/${chapterSlug(chapter)}/` : '';
}
