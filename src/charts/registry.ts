// The three charts by slug: one record drives the story figure, the embed route, the downloads,
// the oEmbed response and the Open Graph image, so they cannot drift apart.
import { normalizeProps, tagUses, type TagProps } from './tag-props.ts';
import { PERIOD_LIST } from '../data/periods.ts';

export const CHART_SLUGS = ['world-map', 'timeline', 'revenue'] as const;
export type ChartSlug = (typeof CHART_SLUGS)[number];

/** Heights of the embed's iframe, in CSS pixels: the most the chart needs with the frame's
 * JavaScript off or on (on, it shows its JS-only controls), +3%. */
export interface EmbedHeights {
  /** The tallest the embed gets from 288 to 1280 px wide: the resizing snippet's default, so the
   * whole chart shows where the host page runs no script. */
  embedHeight: number;
  /** The tallest it gets in an article column 610–700 px wide: the script-free snippet's fixed
   * height (below 610 px the map turns to its taller phone layout, and the frame scrolls). */
  columnHeight: number;
}

/** A state of the chart with a name of its own, built whether or not a chapter shows it. */
export interface NamedVariant extends Partial<EmbedHeights> {
  title: string;
  /** The tag's props that select it (<WorldMap period="2020" />). */
  props: Readonly<TagProps>;
  /** Why a newsroom would pick it, said in the Embed action (offered there when set). */
  offer?: string;
}

export interface ChartInfo extends EmbedHeights {
  slug: ChartSlug;
  /** The MDX tag that places it in a chapter. */
  tag: string;
  /** Other tags that place it too (the map's scrollytelling). */
  alsoTags?: readonly string[];
  title: string;
  /** The dataset under /data/ that the chart draws. */
  data: 'deployments' | 'events' | 'money';
  /** Other states of the chart a chapter can show, each with its own embed page, downloads and
   * card so that the Embed action gives what the reader sees. `props` are the tag's props that
   * choose one; `named` ones are always built; with `fromChapters`, any other values a chapter
   * gives those props make a variant too, keyed by the values (a <Timeline from to kinds title>). */
  variants?: {
    props: readonly string[];
    named?: Readonly<Record<string, NamedVariant>>;
    fromChapters?: boolean;
  };
}

export const CHARTS: Record<ChartSlug, ChartInfo> = {
  'world-map': {
    slug: 'world-map',
    tag: 'WorldMap',
    alsoTags: ['MapScrolly'],
    title: 'Where North Korea sent its workers',
    data: 'deployments',
    embedHeight: 1828,
    columnHeight: 1312,
    variants: {
      props: ['period'],
      // Every map period but the default (src/data/periods.ts), each with its title.
      named: Object.fromEntries(
        PERIOD_LIST.flatMap((p) =>
          'title' in p ? [[p.key, { title: p.title, props: { period: p.key } }]] : [],
        ),
      ),
    },
  },
  timeline: {
    slug: 'timeline',
    tag: 'Timeline',
    title: 'From the first camps to the deadline and after',
    data: 'events',
    embedHeight: 7400,
    columnHeight: 5064,
    variants: {
      props: ['from', 'to', 'kinds', 'title'],
      named: {
        compact: {
          title: 'The resolutions and the deadlines',
          props: { kinds: 'resolution,deadline' },
          offer: 'the Security Council’s resolutions and deadlines alone',
          embedHeight: 2114,
          columnHeight: 1553,
        },
      },
      fromChapters: true,
    },
  },
  revenue: {
    slug: 'revenue',
    tag: 'RevenueChart',
    title: 'What the labour earned Pyongyang',
    data: 'money',
    embedHeight: 3200,
    columnHeight: 2506,
    variants: {
      props: ['compact'],
      named: {
        compact: {
          title: 'What the labour earned Pyongyang: the estimates',
          props: { compact: 'true' },
          offer: 'the estimates alone, without the worked example and the reader’s own estimate',
          embedHeight: 1872,
          columnHeight: 1702,
        },
      },
    },
  },
};

export const isChartSlug = (s: string): s is ChartSlug => (CHART_SLUGS as readonly string[]).includes(s);

/** One embeddable state of a chart: the default (no variant), a named one or one from a chapter. */
export interface ChartView {
  slug: ChartSlug;
  variant?: string;
  /** The props the embed page gives the chart's component to draw this view. */
  props?: Readonly<TagProps>;
}

const slugify = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, 6)
    .join('-');

/** A chapter-made variant's key, from its props: "from-2016-to-2019-12-resolution-deadline". */
function derivedKey(props: TagProps): string {
  const { from, to, kinds, title, ...rest } = props;
  return [
    from && `from-${slugify(from)}`,
    to && `to-${slugify(to)}`,
    kinds && slugify(kinds),
    title && slugify(title),
    ...Object.entries(rest).map(([k, v]) => slugify(`${k} ${v}`)),
  ]
    .filter(Boolean)
    .join('-');
}

const sameProps = (a: Readonly<TagProps>, b: Readonly<TagProps>) =>
  Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([k, v]) => b[k] === v);

/** The view that props select, given as a component receives them or as read from MDX. */
export function viewFor(slug: ChartSlug, given: Readonly<Record<string, unknown>> = {}): ChartView {
  const variants = CHARTS[slug].variants;
  if (!variants) return { slug };
  const props = normalizeProps(given, variants.props);
  const named = Object.entries(variants.named ?? {}).find(([, v]) => sameProps(v.props, props));
  if (named) return { slug, variant: named[0], props: named[1].props };
  if (!variants.fromChapters || Object.keys(props).length === 0) return { slug };
  return { slug, variant: derivedKey(props), props };
}

/** The props a chart's component is given to draw a view alone: on the view's embed page and
 * for its downloads and card alike, so the files show what the embed shows. */
export function embedProps(view: ChartView): Readonly<Record<string, string | boolean>> {
  const props = view.props ?? {};
  // A bare MDX prop reads "true" (tag-props.ts); the component takes a boolean.
  return view.slug === 'revenue'
    ? { embedded: true, compact: props.compact === 'true' }
    : { embedded: true, ...props };
}

/** The view a tag's one prop selects (kept for <WorldMap period>). */
export const viewOf = (slug: ChartSlug, value: string | undefined): ChartView =>
  viewFor(slug, { [CHARTS[slug].variants?.props[0] ?? '']: value });

/** The view's name in file paths: "world-map", "world-map-2020". */
export const viewKey = ({ slug, variant }: ChartView): string => (variant ? `${slug}-${variant}` : slug);

export function viewTitle({ slug, variant, props }: ChartView): string {
  const chart = CHARTS[slug];
  return (variant && (chart.variants?.named?.[variant]?.title ?? props?.title)) || chart.title;
}

/** The view's iframe heights: its own where measured, else its chart's (a chapter-made timeline
 * shows fewer events than the whole one, so the whole one's heights are enough). */
export function viewHeights({ slug, variant }: ChartView): EmbedHeights {
  const chart = CHARTS[slug];
  const named = variant ? chart.variants?.named?.[variant] : undefined;
  return {
    embedHeight: named?.embedHeight ?? chart.embedHeight,
    columnHeight: named?.columnHeight ?? chart.columnHeight,
  };
}

/** Site-relative path of the view's embed page: embed/world-map/, embed/world-map/2020/. */
export const embedPath = ({ slug, variant }: ChartView): string =>
  variant ? `embed/${slug}/${variant}/` : `embed/${slug}/`;

/** Every view one chapter's MDX text places, in the order it places them. */
export function viewsIn(body: string): ChartView[] {
  const out: ChartView[] = [];
  for (const slug of CHART_SLUGS) {
    const { tag, alsoTags = [] } = CHARTS[slug];
    for (const props of tagUses(body, tag)) out.push(viewFor(slug, props));
    if (alsoTags.some((t) => tagUses(body, t).length > 0)) out.push({ slug });
  }
  return out;
}

/** Whether MDX text places the view: for a chart's default view, any of its tags. */
export function placesView(body: string, view: ChartView): boolean {
  const here = viewsIn(body).filter((v) => v.slug === view.slug);
  return view.variant ? here.some((v) => v.variant === view.variant) : here.length > 0;
}

/** The view of a chart a chapter's text shows: a variant it opens on, else the chart itself. */
export function viewIn(body: string, slug: ChartSlug): ChartView | undefined {
  const here = viewsIn(body).filter((v) => v.slug === slug);
  return here.find((v) => v.variant) ?? here[0];
}

/** Each chart's default view and named variants: what is built whatever the chapters say. */
export const CHART_VIEWS: readonly ChartView[] = CHART_SLUGS.flatMap((slug) => [
  { slug },
  ...Object.entries(CHARTS[slug].variants?.named ?? {}).map(([variant, v]) => ({
    slug,
    variant,
    props: v.props,
  })),
]);

/** Every view with an embed page, downloads, card and oEmbed response: the built-in ones, then
 * the variants the chapters make, once each, in chapter order. */
export function storyViews(bodies: readonly string[]): ChartView[] {
  const all = [...CHART_VIEWS];
  for (const v of bodies.flatMap(viewsIn))
    if (v.variant && !all.some((a) => viewKey(a) === viewKey(v))) all.push(v);
  return CHART_SLUGS.flatMap((slug) => all.filter((v) => v.slug === slug));
}
