// Writes a view's static oEmbed response (oembed/<key>.json) once its PNG exists: the response
// names the PNG as its thumbnail, with its size, which only the export knows.
import { writeFile } from 'node:fs/promises';
import { embedPath, viewHeights, viewKey, viewTitle, type ChartView } from '../charts/registry.ts';
import { embedSnippet } from '../embed/snippet.ts';
import { COLUMN_WIDTH, oembedPath, oembedResponse } from '../reuse/oembed.ts';
import { site } from '../site.ts';

export async function writeOembed(
  view: ChartView,
  at: { siteUrl: string; home: string; png: { width: number; height: number } },
  out: (path: string) => URL,
): Promise<void> {
  const url = (path: string) => new URL(path, at.siteUrl).href;
  const key = viewKey(view);
  const title = viewTitle(view);
  const height = viewHeights(view).columnHeight;
  const response = oembedResponse({
    title,
    // The column-sized frame: exact with the loader, and still whole where a CMS drops it.
    html: embedSnippet({
      slug: view.slug,
      title,
      url: url(embedPath(view)),
      loader: url('embed.js'),
      height,
    }),
    width: COLUMN_WIDTH,
    height,
    providerName: site.name,
    providerUrl: at.siteUrl,
    authorName: site.author,
    authorUrl: at.home,
    thumbnail: { url: url(`charts/${key}.png`), ...at.png },
  });
  await writeFile(out(oembedPath(key)), JSON.stringify(response, null, 2) + '\n');
}
