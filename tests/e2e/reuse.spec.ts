// What search engines, feed readers, lawyers and data readers find: the licence wherever the work
// travels, JSON-LD and article metadata, sitemap, robots.txt and feed (read by a real XML
// parser), and a data package that describes the CSVs exactly as they are.
import { test, expect } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHART_VIEWS, embedPath, viewKey } from '../../src/charts/registry.ts';
import { DIST, builtPages, parseCSV, storyPages } from './support.ts';

const CC_BY = 'https://creativecommons.org/licenses/by/4.0/';
const xml = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ['url', 'item', 'sitemap'].includes(name),
});
const local = (url: string) => new URL(url).pathname;

/** The parts of schema.org's NewsArticle that the pages must give. */
interface NewsArticle {
  '@context': string;
  '@type': string;
  headline: string;
  datePublished: string;
  dateModified: string;
  author: { '@type': string; name: string }[];
  publisher: { '@type': string; name: string; logo: { url: string } };
  image: { url: string }[];
  url: string;
  license: string;
  isPartOf?: { url: string };
}

test('every page’s footer and every embed’s says the licence, linked, and the story’s gives a citation', async ({
  page,
}) => {
  for (const path of builtPages()) {
    await page.goto(path);
    const licence = page.locator('footer [data-licence]').last();
    await expect(licence, path).toContainText('Text, data and graphics');
    await expect(licence.getByRole('link', { name: 'CC BY 4.0' }), path).toHaveAttribute('href', CC_BY);
    if (!path.startsWith('/embed/'))
      await expect(page.locator('footer [data-citation]'), path).toContainText('Sent Abroad data desk');
  }
  await page.goto('/sources/');
  await expect(page.locator('#licence ~ div [data-citation]')).toContainText('Licence: CC BY 4.0');
  await expect(page.locator('#licence ~ div')).toContainText('Natural Earth (public domain)');
});

test('the standalone SVG of every view credits the site and says the licence', async ({ request }) => {
  for (const view of CHART_VIEWS) {
    const svg = await (await request.get(`/charts/${viewKey(view)}.svg`)).text();
    expect(svg, viewKey(view)).toContain('Text, data and graphics: CC BY 4.0');
  }
});

test('the story and each chapter carry a NewsArticle in JSON-LD, with article times and image alt', async ({
  page,
}) => {
  for (const path of storyPages().filter((p) => p === '/' || p.startsWith('/chapters/'))) {
    await page.goto(path);
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(blocks, path).toHaveLength(1);
    const ld = JSON.parse(blocks[0]!) as NewsArticle;
    expect(ld['@context']).toBe('https://schema.org');
    expect(ld['@type']).toBe('NewsArticle');
    const h1 = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
    expect(ld.headline).toBe(h1);
    expect(ld.headline.length).toBeLessThanOrEqual(110);
    for (const key of ['datePublished', 'dateModified'] as const)
      expect(ld[key]).toMatch(/^\d{4}-\d{2}-\d{2}/);
    expect(ld.dateModified >= ld.datePublished).toBe(true);
    expect(ld.author[0]).toMatchObject({ '@type': 'Organization', name: 'Sent Abroad data desk' });
    expect(ld.publisher).toMatchObject({ '@type': 'Organization', name: 'Sent Abroad' });
    expect(ld.publisher.logo.url).toMatch(/^https?:\/\//);
    const og = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(ld.image[0].url).toBe(og);
    expect(ld.url).toBe(await page.locator('link[rel=canonical]').getAttribute('href'));
    expect(ld.license).toBe(CC_BY);
    if (path !== '/') expect(ld.isPartOf?.url).toMatch(/\/$/);
    await expect(page.locator('meta[property="article:published_time"]')).toHaveAttribute(
      'content',
      ld.datePublished,
    );
    await expect(page.locator('meta[property="article:modified_time"]')).toHaveAttribute(
      'content',
      ld.dateModified,
    );
    await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute('content', /\w{3,}/);
  }
});

test('every embed page and every page that holds a chart links its oEmbed response', async ({
  page,
  request,
}) => {
  const check = async (path: string) => {
    await page.goto(path);
    const links = page.locator('link[rel=alternate][type="application/json+oembed"]');
    const hrefs = await links.evaluateAll((ls) => ls.map((l) => l.getAttribute('href')!));
    for (const href of hrefs) expect((await request.get(local(href))).ok(), href).toBe(true);
    return hrefs;
  };
  for (const view of CHART_VIEWS)
    expect(await check(`/${embedPath(view)}`)).toEqual([
      expect.stringMatching(new RegExp(`/oembed/${viewKey(view)}\\.json$`)),
    ]);
  for (const path of storyPages().filter((p) => p.startsWith('/chapters/'))) {
    await page.goto(path);
    const charts = await page.locator('[data-chart-figure]').count();
    expect((await check(path)).length > 0, path).toBe(charts > 0);
  }
});

test('robots.txt points at the sitemap, which lists the chapters and sources and no embed', async ({
  request,
}) => {
  const robots = await (await request.get('/robots.txt')).text();
  const index = /^Sitemap: (\S+)$/m.exec(robots)![1]!;
  const parsed = xml.parse(await (await request.get(local(index))).text());
  const maps = parsed.sitemapindex.sitemap.map((s: { loc: string }) => s.loc);
  const urls: string[] = [];
  for (const m of maps)
    urls.push(
      ...xml
        .parse(await (await request.get(local(m))).text())
        .urlset.url.map((u: { loc: string }) => local(u.loc)),
    );
  const expected = storyPages().filter((p) => p === '/' || p === '/sources/' || p.startsWith('/chapters/'));
  expect(urls.sort()).toEqual(expected.sort());
  expect(urls.some((u) => u.startsWith('/embed/'))).toBe(false);
});

test('the RSS feed lists every chapter with its link, date and summary, and pages point at it', async ({
  page,
  request,
}) => {
  await page.goto('/');
  const href = await page.locator('link[rel=alternate][type="application/rss+xml"]').getAttribute('href');
  const res = await request.get(local(href!));
  expect(res.ok()).toBe(true);
  const rss = xml.parse(await res.text()).rss;
  expect(rss['@_version']).toBe('2.0');
  const items = rss.channel.item as { title: string; link: string; pubDate: string; description: string }[];
  const chapters = storyPages().filter((p) => p.startsWith('/chapters/'));
  const isUpdate = (i: { link: string }) => i.link.includes('#update-');
  expect(
    items
      .filter((i) => !isUpdate(i))
      .map((i) => local(i.link))
      .sort(),
  ).toEqual(chapters.sort());
  // Each dated correction or update is an item too, linking to its entry in its chapter.
  const updates = ((await (await request.get('/data/updates.json')).json()) as { rows: { id: string }[] })
    .rows;
  const linked = items.filter(isUpdate).map((i) => new URL(i.link));
  expect(linked.map((u) => u.hash.slice('#update-'.length)).sort()).toEqual(updates.map((u) => u.id).sort());
  await page.goto(linked[0]!.pathname + linked[0]!.hash);
  await expect(page.locator(`[id="${linked[0]!.hash.slice(1)}"]`)).toBeInViewport();
  for (const i of items) {
    expect(Number.isNaN(Date.parse(i.pubDate)), i.title).toBe(false);
    expect(i.description.length).toBeGreaterThan(20);
  }
  expect(rss.channel.copyright).toContain('CC BY 4.0');
});

test.describe('the data package', () => {
  type Field = {
    name: string;
    type: string;
    description: string;
    unit?: string;
    constraints?: { enum?: string[] };
  };
  const pkg = JSON.parse(readFileSync(join(DIST, 'data/datapackage.json'), 'utf8')) as {
    name: string;
    licenses: { name: string; path: string }[];
    sources: { title: string; path: string }[];
    resources: { name: string; path: string; schema: { fields: Field[]; primaryKey: string[] } }[];
  };

  test('has a name, the licence, the sources and a resource for every CSV download', () => {
    expect(pkg.name).toMatch(/^[a-z0-9._-]+$/);
    expect(pkg.licenses).toEqual([expect.objectContaining({ name: 'CC-BY-4.0', path: CC_BY })]);
    expect(pkg.sources.length).toBeGreaterThan(10);
    for (const s of pkg.sources) expect(s.path).toMatch(/^https?:\/\//);
    expect(pkg.resources.map((r) => r.path).sort()).toEqual(
      ['corrections', 'deployments', 'events', 'money', 'sources', 'updates'].map((n) => `${n}.csv`),
    );
  });

  for (const name of ['sources', 'events', 'deployments', 'money', 'corrections', 'updates'])
    test(`describes ${name}.csv field by field, as its header and cells are`, async ({ request }) => {
      const res = pkg.resources.find((r) => r.name === name)!;
      const body = await (await request.get(`/data/${res.path}`)).body();
      expect([...body.subarray(0, 3)], 'a UTF-8 byte-order mark').toEqual([0xef, 0xbb, 0xbf]);
      const [header, ...rows] = parseCSV(body.toString('utf8'));
      const fields = res.schema.fields;
      expect(header).toEqual(fields.map((f) => f.name));
      for (const f of fields) {
        expect(['string', 'number', 'integer', 'boolean', 'array']).toContain(f.type);
        expect(f.description.length, f.name).toBeGreaterThan(5);
      }
      expect(res.schema.primaryKey).toEqual(['id']);
      // Every cell is what its field says it is.
      fields.forEach((f, c) => {
        for (const row of rows) {
          const v = row[c]!;
          if (v === '') continue;
          if (f.type === 'number') expect(Number.isFinite(Number(v)), `${name}.${f.name} ${v}`).toBe(true);
          if (f.type === 'integer') expect(v).toMatch(/^-?\d+$/);
          if (f.type === 'boolean') expect(['true', 'false']).toContain(v);
          if (f.type === 'array') expect(Array.isArray(JSON.parse(v))).toBe(true);
          if (f.constraints?.enum) expect(f.constraints.enum).toContain(v);
        }
      });
      if (name === 'events' || name === 'money') {
        const dates = rows.map((r) => r[header!.indexOf('date')]!);
        expect(dates, 'rows in date order').toEqual([...dates].sort());
      }
    });

  test('the CSVs keep non-ASCII text intact (→, é, “”)', async ({ request }) => {
    const text = (await (await request.get('/data/events.csv')).body()).toString('utf8');
    expect(text).toContain('→');
    expect(text).not.toContain('\uFFFD');
  });

  test('the data README and the JSON downloads carry the licence and the citation', async ({ request }) => {
    const readme = await (await request.get('/data/README.md')).text();
    expect(readme).toContain(CC_BY);
    expect(readme).toContain('Suggested citation');
    for (const r of pkg.resources) expect(readme).toContain(`## ${r.path}`);
    const json = await (await request.get('/data/events.json')).json();
    expect(json.licence).toEqual({ name: 'CC BY 4.0', url: CC_BY });
    expect(json.citation).toContain('Sent Abroad');
    expect(json.rows.length).toBeGreaterThan(10);
  });
});
