// The HTML another site pastes to embed a chart: an iframe that works alone, and the loader.

export interface SnippetOptions {
  slug: string;
  title: string;
  /** Absolute URL of the embed page. */
  url: string;
  /** Absolute URL of /embed.js. */
  loader: string;
  /** Default height: what the chart needs when nothing resizes the iframe (JS off). */
  height: number;
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function embedSnippet({ slug, title, url, loader, height }: SnippetOptions): string {
  return (
    `<iframe src="${attr(url)}" title="${attr(title)}" width="100%" height="${Math.round(height)}"` +
    ` style="border:0;width:100%" loading="lazy" scrolling="no" data-embed="${attr(slug)}"></iframe>` +
    `<script async src="${attr(loader)}"></script>`
  );
}
