// The embed pages themselves, the downloads, the copy button, the Open Graph cards and the
// size budgets of what an embed costs the host page's readers.
import { test, expect, type APIRequestContext } from '@playwright/test';
import { CHART_SLUGS, CHARTS, viewTitle } from '../../src/charts/registry.ts';
import { DEFAULT_PERIOD, PERIOD_LIST } from '../../src/data/periods.ts';
import { parseCSV } from './support.ts';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const path = (url: string) => new URL(url).pathname;

async function get(request: APIRequestContext, url: string): Promise<Buffer> {
  const res = await request.get(url);
  expect(res.status(), url).toBe(200);
  return res.body();
}

for (const slug of CHART_SLUGS) {
  test.describe(`/embed/${slug}/`, () => {
    test('shows the chart alone with title, caption, sources and a link to its chapter', async ({ page }) => {
      await page.goto(`/embed/${slug}/`);
      await expect(page.getByRole('heading', { name: CHARTS[slug].title })).toBeVisible();
      await expect(page.locator(`[data-chart="${slug}"] svg:visible`).first()).toBeVisible();
      await expect(page.locator('figcaption')).toContainText('Source');
      await expect(page.getByRole('navigation')).toHaveCount(0);
      const canonical = await page.locator('link[rel=canonical]').getAttribute('href');
      const back = page.getByRole('link', { name: /^Sent Abroad/ });
      expect(path((await back.getAttribute('href'))!)).toBe(path(canonical!));
      await expect(back).toHaveAttribute('target', '_top');
    });

    test('is noindex, canonical to the chapter that shows the chart, with a chart card', async ({
      page,
      request,
    }) => {
      await page.goto(`/embed/${slug}/`);
      await expect(page.locator('meta[name=robots]')).toHaveAttribute('content', /noindex/);
      const canonical = path((await page.locator('link[rel=canonical]').getAttribute('href'))!);
      expect(canonical).toMatch(/^\/chapters\/[^/]+\/$/);
      await page.goto(canonical);
      await expect(page.locator(`[data-chart-figure="${slug}"]`).first()).toBeAttached();
      await page.goto(`/embed/${slug}/`);
      const og = (await page.locator('meta[property="og:image"]').getAttribute('content'))!;
      expect(path(og)).toBe(`/og/${slug}.png`);
      expect(pngSize(await get(request, path(og)))).toEqual({ width: 1200, height: 630 });
    });

    test('its data and image downloads are valid', async ({ page, request }) => {
      await page.goto('/');
      const actions = page.locator(`[data-chart-figure="${slug}"] .chart-actions`).first();
      const href = async (name: string) => (await actions.getByRole('link', { name }).getAttribute('href'))!;

      const csv = parseCSV((await get(request, await href('Data (CSV)'))).toString('utf8'));
      const json = JSON.parse((await get(request, `/data/${CHARTS[slug].data}.json`)).toString('utf8')).rows;
      expect(csv.length - 1).toBe(json.length);
      expect(csv.slice(1).map((r) => r[0])).toEqual(json.map((r: { id: string }) => r.id));

      const svgText = (await get(request, await href('Image (SVG)'))).toString('utf8');
      const svg = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
        const root = doc.documentElement;
        return {
          error: doc.querySelector('parsererror')?.textContent ?? null,
          root: root.localName,
          ns: root.namespaceURI,
          width: Number(root.getAttribute('width')),
          height: Number(root.getAttribute('height')),
          title: root.querySelector('title')?.textContent,
        };
      }, svgText);
      expect(svg).toMatchObject({ error: null, root: 'svg', ns: 'http://www.w3.org/2000/svg' });
      expect(svg.title).toBe(CHARTS[slug].title);
      expect(svgText).not.toContain('var(');

      const png = pngSize(await get(request, await href('Image (PNG)')));
      expect(png).toEqual({ width: svg.width * 2, height: svg.height * 2 });
    });
  });
}

test('a map shown on another period embeds and downloads that period, not the default', async ({
  page,
  request,
}) => {
  await page.goto('/chapters/05-after-the-deadline/');
  const figure = page.locator('[data-chart-figure="world-map"]').first();
  await expect(figure.getByRole('radio', { name: /2020/ })).toBeChecked();
  const title = (await figure.getByRole('heading').textContent())!.trim();
  const snippet = await figure.locator('.embed-code textarea').first().inputValue();
  const src = snippet.match(/<iframe src="([^"]+)" title="([^"]+)"/)!;
  expect(path(src[1]!)).toBe('/embed/world-map/2020/');
  expect(src[2]).toBe(title);
  const svgHref = await figure.getByRole('link', { name: 'Image (SVG)' }).getAttribute('href');
  expect(svgHref).toBe('/charts/world-map-2020.svg');
  expect((await get(request, svgHref!)).toString('utf8')).toContain(`<title>${title}</title>`);
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
    'content',
    /\/og\/world-map-2020\.png$/,
  );

  await page.goto(path(src[1]!));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByRole('radio', { name: /2020/ })).toBeChecked();
  await expect(page.locator('link[rel=canonical]')).toHaveAttribute(
    'href',
    /\/chapters\/05-after-the-deadline\/$/,
  );
});

// Every map period declared in src/data/periods.ts but the default has its own embed page,
// downloads and card; 2025, after the UN Panel, is the newest.
for (const p of PERIOD_LIST.filter((p) => p.key !== DEFAULT_PERIOD)) {
  test(`/embed/world-map/${p.key}/ opens on ${p.key}, titled for it, with its own downloads and card`, async ({
    page,
    request,
  }) => {
    const title = viewTitle({ slug: 'world-map', variant: p.key });
    await page.goto(`/embed/world-map/${p.key}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByRole('radio', { name: new RegExp(p.key) })).toBeChecked();
    await expect(page.locator('svg.wm').first()).toHaveAttribute('data-p', p.key);
    const svgHref = await page.getByRole('link', { name: 'Image (SVG)' }).getAttribute('href');
    expect(svgHref).toBe(`/charts/world-map-${p.key}.svg`);
    const svgText = (await get(request, svgHref!)).toString('utf8');
    expect(svgText).toContain(`<title>${title}</title>`);
    expect(svgText).toContain(`data-p="${p.key}"`);
    const pngHref = await page.getByRole('link', { name: 'Image (PNG)' }).getAttribute('href');
    expect(pngHref).toBe(`/charts/world-map-${p.key}.png`);
    pngSize(await get(request, pngHref!));
    const og = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(og).toMatch(new RegExp(`/og/world-map-${p.key}\\.png$`));
    expect(pngSize(await get(request, path(og!)))).toEqual({ width: 1200, height: 630 });
  });
}

test('the 2025 embed is shaded for 2025 with JavaScript off', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/embed/world-map/2025/');
  await expect(page.locator('svg.wm').first()).toHaveAttribute('data-p', '2025');
  await expect(page.locator('svg.wm').first()).toContainText('Status in 2025, after the Panel');
  await context.close();
});

test.describe('themes', () => {
  const bg = (page: import('@playwright/test').Page) =>
    page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

  test('?theme=dark applies the dark tokens on a light system', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/embed/revenue/?theme=dark');
    expect(await bg(page)).toBe('rgb(18, 20, 22)');
    expect(
      await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--cat-1')),
    ).toBe('#6cb6ff');
  });

  test('?theme=light wins over a dark system; no theme follows the system', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/embed/timeline/?theme=light');
    expect(await bg(page)).toBe('rgb(251, 250, 247)');
    await page.goto('/embed/timeline/');
    expect(await bg(page)).toBe('rgb(18, 20, 22)');
  });
});

test('the Embed action copies the snippet with the keyboard and says so', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto('/');
  const figure = page.locator('[data-chart-figure="timeline"]').first();
  const summary = figure.getByText('Embed', { exact: true });
  await summary.focus();
  await page.keyboard.press('Enter');
  const field = figure.getByRole('textbox', { name: 'Paste this into your page:' });
  await expect(field).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(field).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(figure.getByRole('button', { name: 'Copy embed code' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(figure.getByRole('status').first()).toHaveText('Copied to the clipboard.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await field.inputValue());
});

test('pages share a 1200×630 card: the story’s, or a chapter’s first chart', async ({ page, request }) => {
  await page.goto('/');
  const storyCard = path((await page.locator('meta[property="og:image"]').getAttribute('content'))!);
  expect(storyCard).toBe('/og/story.png');
  expect(pngSize(await get(request, storyCard))).toEqual({ width: 1200, height: 630 });
  await page.goto('/sources/');
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', /\/og\/story\.png$/);
  for (const slug of CHART_SLUGS) {
    await page.goto(`/embed/${slug}/`);
    const chapter = path((await page.locator('link[rel=canonical]').getAttribute('href'))!);
    await page.goto(chapter);
    const card = path((await page.locator('meta[property="og:image"]').getAttribute('content'))!);
    expect(card).toMatch(/^\/og\/(world-map|timeline|revenue)(-\d{4})?\.png$/);
    expect(pngSize(await get(request, card))).toEqual({ width: 1200, height: 630 });
  }
});
