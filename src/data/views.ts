// Every chart view the built site offers: the registry's own and those the chapters make.
import { storyViews, viewKey, type ChartView } from '../charts/registry.ts';
import { getStory } from './story.ts';

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
