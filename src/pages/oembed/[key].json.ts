// /oembed/<view>.json: the view's static oEmbed response, found through the <link> on its pages;
// its thumbnail is the view's PNG, whose size the standalone SVG gives.
import type { APIRoute } from 'astro';
import { PNG_SCALE, chartExport } from '../../charts/export/render.ts';
import { embedPath, viewHeights, viewKey, viewTitle, type ChartView } from '../../charts/registry.ts';
import { viewRoutes } from '../../charts/views.ts';
import { embedSnippet } from '../../embed/snippet.ts';
import { absolute } from '../../lib/url.ts';
import { COLUMN_WIDTH, oembedResponse } from '../../reuse/oembed.ts';
import { site } from '../../site.ts';

export const getStaticPaths = viewRoutes;

export const GET: APIRoute = async ({ props }) => {
  const view = props.view as ChartView;
  const { home, file } = await chartExport(view);
  const title = viewTitle(view);
  const height = viewHeights(view).columnHeight;
  const response = oembedResponse({
    title,
    // The column-sized frame: exact with the loader, and still whole where a CMS drops it.
    html: embedSnippet({
      slug: view.slug,
      title,
      url: absolute(embedPath(view)),
      loader: absolute('embed.js'),
      height,
    }),
    width: COLUMN_WIDTH,
    height,
    providerName: site.name,
    providerUrl: absolute(),
    authorName: site.author,
    authorUrl: home,
    thumbnail: {
      url: absolute(`charts/${viewKey(view)}.png`),
      width: file.width * PNG_SCALE,
      height: file.height * PNG_SCALE,
    },
  });
  return new Response(JSON.stringify(response, null, 2) + '\n', {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
