// Every chart view the built site offers (the registry's own and those the chapters make), and
// the chapter each belongs to: the registry read against the loaded story.
import { placesView, storyViews, viewKey, type ChartView } from './registry.ts';
import { chapterSlug, getStory, type Chapter } from '../data/story.ts';

export async function getViews(): Promise<ChartView[]> {
  const story = await getStory();
  return storyViews(story.chapters.map((c) => c.body));
}

/** getStaticPaths for one chart's embed route, /embed/<slug>/[...variant]: one page a view. */
export async function embedRoutes(slug: ChartView['slug']) {
  return (await getViews())
    .filter((v) => v.slug === slug)
    .map((view) => ({ params: { variant: view.variant }, props: { view } }));
}

/** getStaticPaths for the files made per view (/charts/<key>.svg, /oembed/<key>.json …). */
export async function viewRoutes() {
  return (await getViews()).map((view) => ({ params: { key: viewKey(view) }, props: { view } }));
}

/** The chapter a chart belongs to: the first chapter whose text places it (for a variant, the
 * first that places that variant, else the chart's own chapter). */
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
