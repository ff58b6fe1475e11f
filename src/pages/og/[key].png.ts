// /og/<view>.png and /og/story.png: the Open Graph cards (1200 × 630), the view's title beside
// or over its chart; the story's card shows the world map.
import type { APIRoute } from 'astro';
import { ogCardSvg } from '../../charts/export/card.ts';
import { chartExport, shortUrl, toPng } from '../../charts/export/render.ts';
import { viewTitle, type ChartView } from '../../charts/registry.ts';
import { viewRoutes } from '../../charts/views.ts';
import { absolute } from '../../lib/url.ts';
import { site } from '../../site.ts';

export const getStaticPaths = async () => [
  ...(await viewRoutes()),
  { params: { key: 'story' }, props: { view: undefined } },
];

export const GET: APIRoute = async ({ props }) => {
  const view = props.view as ChartView | undefined;
  const shown = await chartExport(view ?? { slug: 'world-map' });
  const card = ogCardSvg({
    kicker: site.name,
    title: view ? viewTitle(view) : site.headline,
    footer: shortUrl(view ? shown.home : absolute()),
    chart: { svg: shown.chart, slug: view?.slug ?? 'world-map' },
  });
  return new Response(toPng(card), { headers: { 'Content-Type': 'image/png' } });
};
