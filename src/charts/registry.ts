// The three charts by slug: one record drives the story figure, the embed route, the downloads
// and the Open Graph image, so they cannot drift apart.
export const CHART_SLUGS = ['world-map', 'timeline', 'revenue'] as const;
export type ChartSlug = (typeof CHART_SLUGS)[number];

export interface ChartInfo {
  slug: ChartSlug;
  /** The MDX tag that places it in a chapter. */
  tag: string;
  title: string;
  /** The dataset under /data/ that the chart draws. */
  data: 'deployments' | 'events' | 'money';
  /** The snippet's iframe height in CSS pixels: the tallest the embed gets from 288 to 1280 px
   * wide, so the whole chart shows where the host page runs no script (measured, +3%). */
  embedHeight: number;
}

export const CHARTS: Record<ChartSlug, ChartInfo> = {
  'world-map': {
    slug: 'world-map',
    tag: 'WorldMap',
    title: 'Where North Korea sent its workers',
    data: 'deployments',
    embedHeight: 1240,
  },
  timeline: {
    slug: 'timeline',
    tag: 'Timeline',
    title: 'From the first camps to the deadline and after',
    data: 'events',
    embedHeight: 3600,
  },
  revenue: {
    slug: 'revenue',
    tag: 'RevenueChart',
    title: 'What the labour earns Pyongyang',
    data: 'money',
    embedHeight: 2740,
  },
};

export const isChartSlug = (s: string): s is ChartSlug => (CHART_SLUGS as readonly string[]).includes(s);
