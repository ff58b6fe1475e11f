// Static oEmbed responses (https://oembed.com/, type "rich"): one JSON file per chart view, made
// at build time from the registry, and found from the chart's pages through a <link>.

export interface OembedOptions {
  title: string;
  /** The iframe snippet the consumer pastes. */
  html: string;
  /** The width the snippet's height was measured for, and that height. */
  width: number;
  height: number;
  providerName: string;
  providerUrl: string;
  authorName: string;
  /** The chart's chapter. */
  authorUrl: string;
  thumbnail: { url: string; width: number; height: number };
}

/** Site-relative path of a view's response: oembed/world-map-2020.json. */
export const oembedPath = (key: string): string => `oembed/${key}.json`;

/** The width the script-free snippet is measured for: a typical article column. */
export const COLUMN_WIDTH = 648;

export function oembedResponse(o: OembedOptions) {
  return {
    version: '1.0',
    type: 'rich',
    title: o.title,
    author_name: o.authorName,
    author_url: o.authorUrl,
    provider_name: o.providerName,
    provider_url: o.providerUrl,
    cache_age: 86400,
    html: o.html,
    width: o.width,
    height: o.height,
    thumbnail_url: o.thumbnail.url,
    thumbnail_width: o.thumbnail.width,
    thumbnail_height: o.thumbnail.height,
  } as const;
}
