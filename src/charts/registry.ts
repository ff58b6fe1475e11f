// The three charts by slug: one record drives the story figure, the embed route, the downloads
// and the Open Graph image, so they cannot drift apart.
import { PERIOD_LIST } from '../data/periods.ts';

export const CHART_SLUGS = ['world-map', 'timeline', 'revenue'] as const;
export type ChartSlug = (typeof CHART_SLUGS)[number];

export interface ChartInfo {
  slug: ChartSlug;
  /** The MDX tag that places it in a chapter. */
  tag: string;
  /** Other tags that place it too (the map's scrollytelling). */
  alsoTags?: readonly string[];
  title: string;
  /** The dataset under /data/ that the chart draws. */
  data: 'deployments' | 'events' | 'money';
  /** The snippet's iframe height in CSS pixels: the tallest the embed gets from 288 to 1280 px
   * wide, so the whole chart shows where the host page runs no script (measured, +3%). */
  embedHeight: number;
  /** Other states of the chart a chapter can show, each with its own embed page, downloads and
   * card so that the Embed action gives what the reader sees: chosen by the tag's `prop`
   * (<WorldMap period="2020" />), each value with the title its embed carries. */
  variants?: { prop: string; titles: Readonly<Record<string, string>> };
}

export const CHARTS: Record<ChartSlug, ChartInfo> = {
  'world-map': {
    slug: 'world-map',
    tag: 'WorldMap',
    alsoTags: ['MapScrolly'],
    title: 'Where North Korea sent its workers',
    data: 'deployments',
    embedHeight: 1770,
    variants: {
      prop: 'period',
      // Every map period but the default (src/data/periods.ts), each with its title.
      titles: Object.fromEntries(PERIOD_LIST.flatMap((p) => ('title' in p ? [[p.key, p.title]] : []))),
    },
  },
  timeline: {
    slug: 'timeline',
    tag: 'Timeline',
    title: 'From the first camps to the deadline and after',
    data: 'events',
    embedHeight: 7400,
  },
  revenue: {
    slug: 'revenue',
    tag: 'RevenueChart',
    title: 'What the labour earned Pyongyang',
    data: 'money',
    embedHeight: 3200,
  },
};

export const isChartSlug = (s: string): s is ChartSlug => (CHART_SLUGS as readonly string[]).includes(s);

/** One embeddable state of a chart: the default (no variant) or one of its variants. */
export interface ChartView {
  slug: ChartSlug;
  variant?: string;
}

/** Every view of every chart, default first: what gets an embed page, downloads and a card. */
export const CHART_VIEWS: readonly ChartView[] = CHART_SLUGS.flatMap((slug) => [
  { slug },
  ...Object.keys(CHARTS[slug].variants?.titles ?? {}).map((variant) => ({ slug, variant })),
]);

/** The view's name in file paths: "world-map", "world-map-2020". */
export const viewKey = ({ slug, variant }: ChartView): string => (variant ? `${slug}-${variant}` : slug);

export const viewTitle = ({ slug, variant }: ChartView): string =>
  (variant && CHARTS[slug].variants?.titles[variant]) || CHARTS[slug].title;

/** Site-relative path of the view's embed page: embed/world-map/, embed/world-map/2020/. */
export const embedPath = ({ slug, variant }: ChartView): string =>
  variant ? `embed/${slug}/${variant}/` : `embed/${slug}/`;

/** The view a tag's props select, when they select a variant that has its own embed. */
export function viewOf(slug: ChartSlug, value: string | undefined): ChartView {
  const titles = CHARTS[slug].variants?.titles ?? {};
  return value !== undefined && value in titles ? { slug, variant: value } : { slug };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether MDX text places the view: its tag, and for a variant the prop that selects it. */
export function placesView(body: string, { slug, variant }: ChartView): boolean {
  const { tag, alsoTags = [], variants } = CHARTS[slug];
  if (variant && variants) {
    const prop = `${escape(variants.prop)}=(?:"${escape(variant)}"|'${escape(variant)}'|\\{['"]?${escape(variant)}['"]?\\})`;
    return new RegExp(`<${tag}\\b[^>]*\\s${prop}`).test(body);
  }
  return [tag, ...alsoTags].some((t) => new RegExp(`<${t}\\b`).test(body));
}

/** The view of a chart a chapter's text shows: a variant it opens on, else the chart itself. */
export function viewIn(body: string, slug: ChartSlug): ChartView | undefined {
  const variants = Object.keys(CHARTS[slug].variants?.titles ?? {});
  const variant = variants.find((v) => placesView(body, { slug, variant: v }));
  return variant ? { slug, variant } : placesView(body, { slug }) ? { slug } : undefined;
}
