// The HTML another site pastes to embed a chart: the resizing snippet (an iframe that works alone,
// and the loader), the script-free one for CMSes that strip <script>, and the AMP and image forms.

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

export interface StaticSnippetOptions extends Omit<SnippetOptions, 'loader'> {
  /** Absolute URL of the chart's PNG, linked under the frame. */
  image: string;
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const text = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const iframe = ({ slug, title, url, height }: Omit<SnippetOptions, 'loader'>, scrolls: boolean) =>
  `<iframe src="${attr(url)}" title="${attr(title)}" width="100%" height="${Math.round(height)}"` +
  ` style="border:0;width:100%" loading="lazy"${scrolls ? '' : ' scrolling="no"'} data-embed="${attr(slug)}"></iframe>`;

export function embedSnippet(o: SnippetOptions): string {
  return iframe(o, false) + `<script async src="${attr(o.loader)}"></script>`;
}

/** For hosts that run no script of ours: a fixed height that fits a 600–700 px column, scrolling
 * allowed in case the column is narrower, and a plain link to the image (no <noscript> needed,
 * which many CMSes strip too). */
export function staticSnippet(o: StaticSnippetOptions): string {
  return iframe(o, true) + `\n<p><a href="${attr(o.image)}">${text(o.title)} (chart as an image)</a></p>`;
}

/** AMP pages: amp-iframe, resizable (the embed page speaks AMP's embed-size), with the overflow
 * button AMP requires for a frame that may grow. Needs the amp-iframe script in the page head. */
export function ampSnippet(o: Omit<SnippetOptions, 'loader'>): string {
  return (
    `<amp-iframe src="${attr(o.url)}" title="${attr(o.title)}" width="648" height="${Math.round(o.height)}"` +
    ` layout="responsive" resizable frameborder="0"` +
    ` sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox">` +
    `<button overflow type="button">Show the whole chart</button></amp-iframe>`
  );
}

/** Newsletters and print: the chart's image, linking to where it is told. */
export function imageSnippet(o: { title: string; image: string; home: string }): string {
  return (
    `<a href="${attr(o.home)}"><img src="${attr(o.image)}" alt="${attr(o.title)}" width="600"` +
    ` style="max-width:100%;height:auto;border:0"></a>`
  );
}
