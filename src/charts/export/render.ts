// Each chart view's downloads, drawn by the chart's own component: Astro's container API renders
// the component with the props its embed page gives it (registry.ts embedProps), at build time,
// inside the routes that write the files (src/pages/charts/, og/, oembed/). So the files are the
// embed's picture by construction, and no built page is read back. Once per view and build.
import { createRequire } from 'node:module';
import { experimental_AstroContainer } from 'astro/container';
import { Resvg } from '@resvg/resvg-js';
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import WorldMap from '../world-map/WorldMap.astro';
import Timeline from '../timeline/Timeline.astro';
import RevenueChart from '../revenue/RevenueChart.astro';
import mapCss from '../world-map/svg.css?raw';
import timelineCss from '../timeline/svg.css?raw';
import { periodCss } from '../world-map/period-css.ts';
import { embedProps, viewKey, viewTitle, type ChartSlug, type ChartView } from '../registry.ts';
import { chartHomePath } from '../views.ts';
import { absolute } from '../../lib/url.ts';
import { TERMS } from '../../reuse/licence.ts';
import { site } from '../../site.ts';
import { figureNotes, findChartSvg, parseMarkup, standaloneSvg, withStyle, type ChartSvg } from './svg.ts';

/** Downloads are drawn at twice the SVG's size, for screens and slides. */
export const PNG_SCALE = 2;

const COMPONENTS: Record<ChartSlug, AstroComponentFactory> = {
  'world-map': WorldMap,
  timeline: Timeline,
  revenue: RevenueChart,
};

/** The charts' SVG rules, processed CSS in the page, copied into the standalone files. */
const SVG_CSS: Partial<Record<ChartSlug, string>> = {
  timeline: timelineCss,
  'world-map': mapCss + periodCss(),
};

export interface ChartExport {
  /** The chart's own <svg>, its rules inside, for the standalone file and the cards. */
  chart: ChartSvg;
  /** The chart's place in the story (absolute). */
  home: string;
  /** charts/<key>.svg, and its size. */
  file: { svg: string; width: number; height: number };
}

export const shortUrl = (url: string) => url.replace(/^https?:\/\//, '').replace(/\/$/, '');

let container: Promise<experimental_AstroContainer> | undefined;
const done = new Map<string, Promise<ChartExport>>();

/** The view's chart and standalone file, rendered once per build. */
export function chartExport(view: ChartView): Promise<ChartExport> {
  const key = viewKey(view);
  let out = done.get(key);
  if (!out) done.set(key, (out = render(view)));
  return out;
}

async function render(view: ChartView): Promise<ChartExport> {
  const { slug } = view;
  container ??= experimental_AstroContainer.create();
  const html = await (await container).renderToString(COMPONENTS[slug], { props: embedProps(view) });
  const doc = parseMarkup(html);
  const found = findChartSvg(doc, slug);
  if (!found)
    throw new Error(
      `The ${slug} chart rendered no <svg> with a viewBox inside [data-chart="${slug}"], so charts/${viewKey(view)}.svg cannot be made.`,
    );
  const rules = SVG_CSS[slug];
  const chart = rules ? withStyle(found, rules) : found;
  const home = absolute(await chartHomePath(view));
  const file = standaloneSvg(chart, {
    slug,
    title: viewTitle(view),
    notes: figureNotes(doc, slug),
    credit: `${site.name} · ${shortUrl(home)} · ${TERMS.short}`,
  });
  return { chart, home, file };
}

const require = createRequire(import.meta.url);
/** The PNG font: the one the text measurer (kit/text.ts) was measured for, never a system font. */
const FONTS = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) =>
  require.resolve(`dejavu-fonts-ttf/ttf/${f}`),
);

/** An SVG drawn as PNG with resvg, at its own size times `scale`. */
export function toPng(svg: string, scale?: number): Uint8Array<ArrayBuffer> {
  const png = new Resvg(svg, {
    fitTo: scale ? { mode: 'zoom', value: scale } : { mode: 'original' },
    font: {
      loadSystemFonts: false,
      fontFiles: FONTS,
      defaultFontFamily: 'DejaVu Sans',
      sansSerifFamily: 'DejaVu Sans',
    },
  })
    .render()
    .asPng();
  return new Uint8Array(png);
}
