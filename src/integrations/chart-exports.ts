// After the build: each chart's standalone SVG and PNG (charts/<slug>.svg|png) lifted from its
// embed page, its oEmbed response (which needs the PNG's size), and the Open Graph cards
// (og/<slug>.png, og/story.png), rendered with resvg.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { Resvg } from '@resvg/resvg-js';
import { embedPath, storyViews, viewKey, viewTitle, type ChartView } from '../charts/registry.ts';
import { TERMS } from '../reuse/licence.ts';
import { site } from '../site.ts';
import { chapterBodies } from './chapter-files.ts';
import { writeOembed } from './oembed-files.ts';
import { attr, findAll, parseHTML } from './export/html.ts';
import { figureNotes, findChartSvg, standaloneSvg, withStyle, type ChartSvg } from './export/svg.ts';
import { CARD, ogCardSvg } from './export/card.ts';
import { periodCss } from '../charts/world-map/period-css.ts';

/** Downloads are drawn at twice the SVG's size, for screens and slides. */
export const PNG_SCALE = 2;

/** The charts' SVG rules, processed CSS in the page, copied into the standalone files. */
const SVG_CSS: Readonly<Record<string, string>> = {
  timeline: 'src/charts/timeline/svg.css',
  'world-map': 'src/charts/world-map/svg.css',
};

const shortUrl = (url: string) => url.replace(/^https?:\/\//, '').replace(/\/$/, '');

export function chartExports(): AstroIntegration {
  let root: URL;
  let siteUrl = '';
  return {
    name: 'chart-exports',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
        siteUrl = new URL(config.base, config.site ?? 'http://localhost/').href;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const fonts = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) =>
          fileURLToPath(new URL(`node_modules/dejavu-fonts-ttf/ttf/${f}`, root)),
        );
        const render = (svg: string, fit?: { mode: 'zoom'; value: number }) =>
          new Resvg(svg, {
            fitTo: fit ?? { mode: 'original' },
            font: {
              loadSystemFonts: false,
              fontFiles: fonts,
              defaultFontFamily: 'DejaVu Sans',
              sansSerifFamily: 'DejaVu Sans',
            },
          })
            .render()
            .asPng();
        const out = (path: string) => new URL(path, dir);
        await mkdir(out('charts/'), { recursive: true });
        await mkdir(out('og/'), { recursive: true });

        const found = new Map<string, ChartSvg>();
        const views = storyViews(chapterBodies(root));
        await mkdir(out('oembed/'), { recursive: true });
        for (const view of views) {
          const chart = await exportChart(view, out, render, logger, root);
          if (chart) {
            found.set(viewKey(view), chart.svg);
            await writeOembed(view, { siteUrl, home: chart.home, png: chart.png }, out);
          }
          const card = ogCardSvg({
            kicker: site.name,
            title: viewTitle(view),
            footer: shortUrl(chart?.home ?? siteUrl),
            chart: chart && { svg: chart.svg, slug: view.slug },
          });
          await writeFile(out(`og/${viewKey(view)}.png`), render(card));
        }
        const map = found.get('world-map');
        const story = ogCardSvg({
          kicker: site.name,
          title: site.headline,
          subtitle: map ? undefined : site.standfirst,
          footer: shortUrl(siteUrl),
          chart: map && { svg: map, slug: 'world-map' },
        });
        await writeFile(out('og/story.png'), render(story));
        logger.info(
          `wrote ${found.size} chart SVG/PNG pairs and ${views.length + 1} Open Graph cards and oEmbed responses (${CARD.width}×${CARD.height})`,
        );
      },
    },
  };
}

async function exportChart(
  view: ChartView,
  out: (path: string) => URL,
  render: (svg: string, fit?: { mode: 'zoom'; value: number }) => Buffer,
  logger: AstroIntegrationLogger,
  root: URL,
): Promise<{ svg: ChartSvg; home: string; png: { width: number; height: number } } | undefined> {
  const { slug } = view;
  const key = viewKey(view);
  const page = out(`${embedPath(view)}index.html`);
  if (!existsSync(page)) {
    logger.warn(`no embed page for "${key}": no SVG, PNG or chart image on its card`);
    return undefined;
  }
  const doc = parseHTML(await readFile(page, 'utf8'));
  const found = findChartSvg(doc, slug);
  if (!found) {
    logger.warn(
      `${embedPath(view)} has no <svg> with a viewBox inside [data-chart="${slug}"]: charts/${key}.svg not written`,
    );
    return undefined;
  }
  const css = SVG_CSS[slug];
  const rules =
    css && (await readFile(new URL(css, root), 'utf8')) + (slug === 'world-map' ? periodCss() : '');
  const svg = rules ? withStyle(found, rules) : found;
  const home =
    attr(findAll(doc, (e) => e.tag === 'link' && attr(e, 'rel') === 'canonical')[0] ?? doc, 'href') ?? '';
  const file = standaloneSvg(svg, {
    slug,
    title: viewTitle(view),
    notes: figureNotes(doc, slug),
    credit: `${site.name} · ${shortUrl(home)} · ${TERMS.short}`,
  });
  await writeFile(out(`charts/${key}.svg`), file.svg);
  await writeFile(out(`charts/${key}.png`), render(file.svg, { mode: 'zoom', value: PNG_SCALE }));
  return { svg, home, png: { width: file.width * PNG_SCALE, height: file.height * PNG_SCALE } };
}
