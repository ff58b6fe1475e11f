import { LIGHT } from '../../src/charts/kit/palette.ts';
import { describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import { fileURLToPath } from 'node:url';
import {
  cleanTree,
  deVar,
  figureNotes,
  findChartSvg,
  parseMarkup,
  standaloneSvg,
  toXML,
} from '../../src/charts/export/svg.ts';
import { CARD, ogCardSvg } from '../../src/charts/export/card.ts';
import { textWidth } from '../../src/charts/kit/text.ts';

const PAGE = `<figure data-chart-figure="map"><h3>Map</h3>
  <div data-chart="map">
    <svg viewBox="0 0 360 400" class="phone"><rect width="10" height="10"/></svg>
    <svg viewBox="0 0 960 500" class="desktop">
      <style>.a { fill: var(--cat-1, #0b62a4) }</style>
      <rect width="960" height="500" fill="var(--chart-water, #fbfaf7)"/>
      <g class="js-only tip"><text>tooltip</text></g>
      <g data-export-skip><circle r="3"/></g>
      <script>x()</script>
      <text x="10" y="20" tabindex="0" data-astro-cid-abc>Russia &amp; China</text>
      <svg viewBox="0 0 2000 10"></svg>
    </svg>
    <svg width="20" height="20"></svg>
  </div>
  <figcaption><p>Estimates for 2017.</p><p>Sources: <a> UN </a> ; <a>AP</a></p></figcaption>
</figure>`;

describe('findChartSvg()', () => {
  it('picks the widest outer <svg> inside [data-chart]', () => {
    expect(findChartSvg(PAGE, 'map')?.box).toEqual([0, 0, 960, 500]);
  });

  it('prefers the <svg> marked data-export, even inside a <template>', () => {
    const html = `<div data-chart="t"><svg viewBox="0 0 900 100"></svg><template><svg data-export viewBox="0 0 640 900"></svg></template></div>`;
    expect(findChartSvg(html, 't')?.box).toEqual([0, 0, 640, 900]);
  });

  it('finds nothing for a missing chart or an <svg> without a size', () => {
    expect(findChartSvg(PAGE, 'timeline')).toBeUndefined();
    expect(findChartSvg('<div data-chart="x"><svg></svg></div>', 'x')).toBeUndefined();
  });
});

describe('parseMarkup()', () => {
  it('reads markup as a browser does: a ">" inside a quoted attribute, entities, SVG names’ case', () => {
    const chart = findChartSvg(
      '<div data-chart="t"><svg viewBox="0 0 10 10"><linearGradient id="g"/><g aria-label="&gt;50 &amp; rising" data-x=">140"><text>A &amp; B&nbsp;C</text></g></svg></div>',
      't',
    )!;
    expect(toXML(chart.el)).toBe(
      '<svg viewBox="0 0 10 10"><linearGradient id="g"/><g aria-label="&gt;50 &amp; rising" data-x="&gt;140"><text>A &amp; B\u00a0C</text></g></svg>',
    );
  });

  it('drops comments and gives every attribute a value', () => {
    const doc = parseMarkup(
      '<!-- x --><div data-chart="m"><svg width="2" height="2"><g hidden></g></svg></div>',
    );
    expect(toXML(findChartSvg(doc, 'm')!.el)).toBe('<svg width="2" height="2"><g hidden=""/></svg>');
  });
});

describe('deVar()', () => {
  it('replaces each var() with the light value of the palette, any fallback ignored', () => {
    expect(deVar('fill="var(--cat-1)" stroke="var(--chart-ink, #000)"')).toBe(
      `fill="${LIGHT['cat-1']}" stroke="${LIGHT['chart-ink']}"`,
    );
  });

  it('replaces any other var() with its fallback, nested ones included', () => {
    expect(deVar('text-decoration: var(--tl-u, var(--x, none));')).toBe('text-decoration: none;');
  });

  it('throws, naming the property and the tokens to use, when a var() is neither a token nor has a fallback', () => {
    expect(() => deVar('fill: var(--brand);', 'The map')).toThrow(
      'The map: var(--brand) is not a palette token and has no fallback; use one of --bg,',
    );
  });
});

describe('cleanTree()', () => {
  it('drops scripts, JS-only and data-export-skip parts, and page-only attributes', () => {
    const xml = toXML(cleanTree(findChartSvg(PAGE, 'map')!.el));
    expect(xml).not.toMatch(/tooltip|<script|<circle|tabindex|data-astro/);
    expect(xml).toContain('<text x="10" y="20">Russia &amp; China</text>');
  });
});

describe('figureNotes()', () => {
  it('reads caption and source lines as tidy text', () => {
    expect(figureNotes(PAGE, 'map')).toEqual(['Estimates for 2017.', 'Sources: UN; AP']);
  });
});

const FONTS = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) =>
  fileURLToPath(new URL(`../../node_modules/dejavu-fonts-ttf/ttf/${f}`, import.meta.url)),
);
const render = (svg: string) =>
  new Resvg(svg, {
    font: { loadSystemFonts: false, fontFiles: FONTS, defaultFontFamily: 'DejaVu Sans' },
  }).render();

describe('standaloneSvg()', () => {
  const file = standaloneSvg(findChartSvg(PAGE, 'map')!, {
    slug: 'map',
    title: 'Where North Korea sent its workers',
    notes: ['Sources: UN; AP'],
    credit: 'Sent Abroad · news.example/chapters/one',
  });

  it('is a self-contained SVG: namespace, size, background, title, no CSS variables', () => {
    expect(file.svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1008" height="\d+"/);
    expect(file.svg).toContain('<title>Where North Korea sent its workers</title>');
    expect(file.svg).toContain('fill="#fbfaf7"');
    expect(file.svg).toContain('.a { fill: #0b62a4 }');
    expect(file.svg).not.toContain('var(');
    expect(file.height).toBeGreaterThan(500 + 3 * 13);
  });

  it('wraps its title and notes with the kit’s measurer, every line within the page', () => {
    const long = standaloneSvg(findChartSvg(PAGE, 'map')!, {
      slug: 'map',
      title: 'Where North Korea sent its workers, country by country, before and after the deadline',
      notes: ['Sources: '.repeat(40)],
      credit: 'c',
    });
    const texts = [
      ...long.svg.matchAll(/<text x="(\d+)"[^>]* font-size="(\d+)" font-weight="(\d+)"[^>]*>([^<]*)</g),
    ];
    expect(texts.length).toBeGreaterThan(4);
    for (const [, x, size, weight, line] of texts)
      expect(Number(x) + textWidth(line!, Number(size), weight !== '400')).toBeLessThanOrEqual(
        long.width - 24,
      );
  });

  it('renders with resvg (so it is well-formed XML) at its own size', () => {
    const png = render(file.svg);
    expect([png.width, png.height]).toEqual([file.width, file.height]);
  });

  it('centres a phone-narrow chart on a page wide enough for its title', () => {
    const narrow = standaloneSvg(
      findChartSvg('<i data-chart="n"><svg viewBox="0 0 320 600"></svg></i>', 'n')!,
      {
        slug: 'n',
        title: 'T',
        notes: [],
        credit: 'c',
      },
    );
    expect(narrow.width).toBe(528);
    expect(narrow.svg).toContain('<svg x="104" y="');
  });
});

describe('ogCardSvg()', () => {
  it('is 1200 × 630 with or without a chart', () => {
    const chart = findChartSvg(PAGE, 'map')!;
    for (const svg of [
      ogCardSvg({
        kicker: 'Sent Abroad',
        title: 'Where they went',
        footer: 'news.example',
        chart: { svg: chart, slug: 'map' },
      }),
      ogCardSvg({
        kicker: 'Sent Abroad',
        title: 'The workers the UN ordered home',
        subtitle: 'Long text '.repeat(40),
        footer: 'x',
      }),
    ]) {
      const png = render(svg);
      expect([png.width, png.height]).toEqual([CARD.width, CARD.height]);
    }
  });

  it('cuts a title that would run past its lines with an ellipsis', () => {
    const svg = ogCardSvg({ kicker: 'K', title: 'word '.repeat(80), footer: 'f' });
    expect(svg.match(/font-size="64"/g)).toHaveLength(3);
    expect(svg).toContain('word …</text>');
  });
});
