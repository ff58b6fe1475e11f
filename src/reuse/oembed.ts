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

/** The article columns the script-free height is measured for (tests/e2e/embed-heights.spec.ts),
 * and the typical width an oEmbed response gives with it. */
export const COLUMN = { min: 610, max: 700, typical: 648 } as const;
export const COLUMN_WIDTH = COLUMN.typical;

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
