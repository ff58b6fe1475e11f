// What a newsroom takes from the Embed action and from oEmbed: the script-free snippet, the
// compact, AMP and image forms, the copy buttons, and a CMS on another origin that discovers the
// oEmbed response from a chart's address and renders its html.
import { test, expect, type Page } from '@playwright/test';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CHART_SLUGS, CHARTS, viewHeights } from '../../src/charts/registry.ts';

const HOST = `http://127.0.0.1:${process.env.E2E_HOST_PORT ?? 4388}`;
const HOST_DIR = fileURLToPath(new URL('./host/', import.meta.url));
/** The host's article column for the script-free test. */
const COLUMN = 640;
const MAX_BLANK = 0.15;

const action = (page: Page, slug: string) =>
  page.locator(`[data-chart-figure="${slug}"] .embed-code`).first();
const field = (page: Page, slug: string, name: RegExp) => action(page, slug).getByRole('textbox', { name });

/** Writes a host page for this worker; returns its URL on the host origin. */
function hostPage(worker: number, file: string, body: string, style = ''): string {
  const dir = `generated/reuse-w${worker}/`;
  mkdirSync(HOST_DIR + dir, { recursive: true });
  writeFileSync(
    HOST_DIR + dir + file,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,">` +
      `<style>body{margin:0 auto;padding:0;width:${COLUMN}px}${style}</style></head><body><h1>Host</h1>${body}</body></html>`,
  );
  return `${HOST}/${dir}${file}`;
}

test.afterAll(({}, info) =>
  rmSync(`${HOST_DIR}generated/reuse-w${info.parallelIndex}/`, { recursive: true, force: true }),
);

test('the Embed action offers a script-free snippet with the column height and a link to the image', async ({
  page,
}) => {
  await page.goto('/');
  for (const slug of CHART_SLUGS) {
    await action(page, slug).locator('summary').click();
    const code = await field(page, slug, /removes scripts/).inputValue();
    expect(code, slug).not.toContain('<script');
    expect(code).toContain(`height="${viewHeights({ slug }).columnHeight}"`);
    expect(code).not.toContain('scrolling="no"');
    expect(code).toMatch(new RegExp(`<a href="[^"]+/charts/${slug}\\.png">`));
    const amp = await field(page, slug, /AMP/).inputValue();
    expect(amp).toMatch(
      /^<amp-iframe [^>]*resizable[^>]*><button overflow [^>]*>.+<\/button><\/amp-iframe>$/,
    );
    expect(amp).toContain('layout="responsive"');
    const image = await field(page, slug, /newsletter/).inputValue();
    expect(image).toMatch(
      new RegExp(
        `^<a href="[^"]+/chapters/[^"]+/"><img src="[^"]+/charts/${slug}\\.png" alt="${CHARTS[slug].title}"`,
      ),
    );
    await expect(action(page, slug)).toContainText('AMP');
  }
  // The long charts offer their compact forms.
  const compact = await field(page, 'revenue', /compact version/).inputValue();
  expect(compact).toContain('/embed/revenue/compact/');
  expect(await field(page, 'timeline', /compact version/).inputValue()).toContain('/embed/timeline/compact/');
});

test('each copy button copies its own snippet', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto('/');
  await action(page, 'revenue').locator('summary').click();
  for (const [name, button] of [
    [/removes scripts/, 'Copy script-free code'],
    [/AMP/, 'Copy AMP code'],
    [/newsletter/, 'Copy image code'],
  ] as const) {
    const box = field(page, 'revenue', name).locator('xpath=ancestor::copy-snippet');
    await box.getByRole('button', { name: button }).click();
    await expect(box.getByRole('status')).toHaveText('Copied to the clipboard.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      await field(page, 'revenue', name).inputValue(),
    );
  }
});

// The host runs no script (the snippet brings none); the frame runs its own, as readers' browsers
// do, or none at all with JavaScript off.
for (const js of [true, false])
  test.describe(`on a host with no script, the frame's JavaScript ${js ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled: js, viewport: { width: 1000, height: 900 } });

    test(`the script-free snippet shows each whole chart in a ${COLUMN} px column${js ? ', at most 15% blank' : ''}`, async ({
      browser,
      page,
      baseURL,
    }, info) => {
      const story = await browser.newPage();
      await story.goto(`${baseURL}/`);
      const snippets: string[] = [];
      for (const slug of CHART_SLUGS) {
        const raw = await action(story, slug).locator('textarea[id$="-fixed"]').inputValue();
        snippets.push(raw.replaceAll(new URL(/src="([^"]+)"/.exec(raw)![1]!).origin, baseURL!));
      }
      await story.close();
      await page.goto(hostPage(info.parallelIndex, `static-${js}.html`, snippets.join('\n<p>Text.</p>\n')));
      const frames = page.locator('iframe');
      await expect(frames).toHaveCount(CHART_SLUGS.length);
      for (const [i, slug] of CHART_SLUGS.entries()) {
        const el = frames.nth(i);
        await el.scrollIntoViewIfNeeded();
        const frame = (await (await el.elementHandle())!.contentFrame())!;
        await expect.poll(() => frame.url()).toContain(`/embed/${slug}/`);
        await frame.waitForLoadState();
        const box = await el.evaluate((f) => f.getBoundingClientRect());
        expect(box.width).toBe(COLUMN);
        const doc = await frame.evaluate(() =>
          Math.ceil(document.documentElement.getBoundingClientRect().height),
        );
        expect(doc, `${slug} needs ${doc}px in the column`).toBeLessThanOrEqual(box.height);
        if (js)
          expect((box.height - doc) / box.height, `${slug}: blank under the chart`).toBeLessThanOrEqual(
            MAX_BLANK,
          );
      }
    });
  });

for (const [what, from] of [
  ['an embed page', (base: string) => `${base}/embed/revenue/`],
  ['the chart’s chapter', (base: string) => `${base}/chapters/03-the-money/`],
] as const) {
  test(`a CMS on another origin discovers oEmbed from ${what} and renders the chart`, async ({
    page,
    request,
    baseURL,
  }, info) => {
    // The CMS's server side: fetch the page the editor pasted, find the link, fetch the response.
    const html = await (await request.get(from(baseURL!))).text();
    const link = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(html);
    expect(link, 'an oEmbed discovery link').not.toBeNull();
    const href = link![1]!.replace(new URL(link![1]!).origin, baseURL!);
    const res = await request.get(href);
    expect(res.headers()['content-type']).toContain('application/json');
    const o = (await res.json()) as Record<string, unknown>;
    expect(o).toMatchObject({
      version: '1.0',
      type: 'rich',
      title: CHARTS.revenue.title,
      provider_name: 'Sent Abroad',
      width: 648,
      height: viewHeights({ slug: 'revenue' }).columnHeight,
    });
    expect(o.provider_url).toMatch(/^https?:\/\//);
    expect(o.thumbnail_url).toMatch(/\/charts\/revenue\.png$/);
    const png = await request.get(String(o.thumbnail_url).replace(/^https?:\/\/[^/]+/, baseURL!));
    expect(png.headers()['content-type']).toBe('image/png');
    const size = (await png.body()).subarray(16, 24);
    expect([size.readUInt32BE(0), size.readUInt32BE(4)]).toEqual([o.thumbnail_width, o.thumbnail_height]);

    // The CMS's page, on its own origin, renders the response's html as it came.
    const rendered = String(o.html).replaceAll(new URL(String(o.provider_url)).origin, baseURL!);
    await page.goto(
      hostPage(info.parallelIndex, `oembed-${what.length}.html`, '<p>Text.</p><div id="slot"></div>'),
    );
    await page.evaluate((code) => {
      const slot = document.getElementById('slot')!;
      slot.innerHTML = code;
      // Scripts set through innerHTML do not run; a CMS writes them into the page, as this does.
      for (const old of slot.querySelectorAll('script')) {
        const s = document.createElement('script');
        s.src = old.src;
        old.replaceWith(s);
      }
    }, rendered);
    const frame = page.frameLocator('#slot iframe');
    await expect(frame.locator('[data-chart="revenue"]')).toBeVisible();
    // The loader came too: the frame takes its document's height.
    await expect
      .poll(async () => {
        const iframe = await page.locator('#slot iframe').evaluate((f) => f.getBoundingClientRect().height);
        const doc = await frame.locator('html').evaluate((d) => Math.ceil(d.getBoundingClientRect().height));
        return Math.abs(iframe - doc) <= 1;
      })
      .toBe(true);
  });
}
