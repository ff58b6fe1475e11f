// Embeds on another origin: the snippet from the story page, pasted into a page served from the
// second test port, resizes to its chart; pym.js and AMP hosts resize it too; foreign messages
// are ignored; with JavaScript off the default height shows the whole chart.
import { test, expect, type Frame, type Locator } from '@playwright/test';
import { CHART_SLUGS, CHARTS } from '../../src/charts/registry.ts';
import { HEIGHT } from '../../src/embed/protocol.ts';
import { removeHostPages, writeHostPages, type Chart } from './host/pages.ts';

const HOST = `http://127.0.0.1:${process.env.E2E_HOST_PORT ?? 4388}`;

let charts: Chart[] = [];
let hostDir = '';

test.beforeAll(async ({ browser, baseURL }, info) => {
  const page = await browser.newPage();
  await page.goto(`${baseURL}/`);
  charts = [];
  for (const slug of CHART_SLUGS) {
    const field = page.locator(`[data-chart-figure="${slug}"] textarea`).first();
    expect(await field.count(), `the story page has an Embed snippet for ${slug}`).toBe(1);
    const raw = await field.inputValue();
    // The snippet carries the configured SITE_URL; the site under test is served on its own port.
    const configured = new URL(/src="([^"]+)"/.exec(raw)![1]!).origin;
    const snippet = raw.replaceAll(configured, baseURL!);
    charts.push({ slug, url: `${baseURL}/embed/${slug}/`, title: CHARTS[slug].title, snippet });
  }
  await page.close();
  hostDir = writeHostPages(info.parallelIndex, charts);
});

test.afterAll(({}, info) => removeHostPages(info.parallelIndex));

/** The Frame behind an <iframe> locator (Locator.contentFrame() gives a FrameLocator). */
async function frameOf(el: Locator): Promise<Frame | null> {
  return (await el.elementHandle())?.contentFrame() ?? null;
}

/** Each iframe's height, its document's height, and whether anything scrolls inside it. */
async function measure(frames: Locator) {
  const out = [];
  for (const el of await frames.all()) {
    const frame = (await frameOf(el))!;
    const iframe = await el.evaluate((f) => f.getBoundingClientRect().height);
    const doc = await frame.evaluate(() => {
      const d = document.documentElement;
      return {
        height: d.getBoundingClientRect().height,
        scrolls: d.scrollHeight > d.clientHeight || d.scrollWidth > d.clientWidth,
      };
    });
    out.push({ iframe, doc: doc.height, scrolls: doc.scrolls });
  }
  return out;
}

/** Loads every (lazy) iframe, then waits until each is exactly as tall as its document. */
async function expectFitted(frames: Locator) {
  for (const el of await frames.all()) {
    await el.scrollIntoViewIfNeeded();
    await expect.poll(async () => (await frameOf(el))?.url() ?? '').toContain('/embed/');
  }
  await expect
    .poll(async () =>
      (await measure(frames)).every((m) => Math.abs(m.iframe - Math.ceil(m.doc)) <= 1 && !m.scrolls),
    )
    .toBe(true);
  return measure(frames);
}

test('the snippet has absolute URLs, a title, width 100%, a default height, lazy loading and the loader', () => {
  for (const c of charts) {
    const iframe = /<iframe ([^>]*)><\/iframe>/.exec(c.snippet)![1]!;
    expect(iframe).toContain(`src="${c.url}"`);
    expect(iframe).toContain(`title="${CHARTS[c.slug as keyof typeof CHARTS].title}"`);
    expect(iframe).toContain('width="100%"');
    expect(iframe).toMatch(/height="\d{3,4}"/);
    expect(iframe).toContain('loading="lazy"');
    expect(c.snippet).toMatch(/<script async src="http:\/\/[^"]+\/embed\.js"><\/script>$/);
  }
});

test('on another origin, each iframe takes its document’s height, at 1280 and at 375 px wide', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('console', (m) => ['error', 'warning'].includes(m.type()) && errors.push(m.text()));
  await page.goto(`${HOST}${hostDir}snippets.html`);
  const frames = page.locator('iframe[data-embed]');
  await expect(frames).toHaveCount(3);
  const wide = await expectFitted(frames);
  // The loader's ping to frames that have not loaded yet logs nothing on the host page.
  expect(errors).toEqual([]);
  await page.setViewportSize({ width: 375, height: 700 });
  const narrow = await expectFitted(frames);
  // The heights really changed with the width: not a coincidence of the defaults.
  expect(narrow.map((m) => m.iframe)).not.toEqual(wide.map((m) => m.iframe));
  await page.setViewportSize({ width: 1280, height: 720 });
  await expectFitted(frames);
});

test('embeds out of view take their new height when the host page changes width', async ({ page }) => {
  await page.setViewportSize({ width: 1200, height: 800 });
  await page.goto(`${HOST}${hostDir}offscreen.html`);
  const frames = page.locator('iframe[data-embed]');
  const wide = await expectFitted(frames);
  // Out of view, a cross-origin frame's rendering (and its ResizeObserver) is throttled.
  await page.evaluate(() => scrollTo(0, 0));
  await expect
    .poll(() => frames.evaluateAll((fs) => fs.every((f) => f.getBoundingClientRect().top > innerHeight)))
    .toBe(true);
  await page.setViewportSize({ width: 400, height: 800 });
  await expect
    .poll(async () => (await measure(frames)).map((m) => Math.abs(m.iframe - Math.ceil(m.doc)) <= 1), {
      timeout: 4000,
    })
    .toEqual([true, true, true]);
  expect((await measure(frames)).map((m) => m.iframe)).not.toEqual(wide.map((m) => m.iframe));
  expect(await page.evaluate(() => scrollY)).toBe(0);
});

test('a host element with the id of our message type does not switch the loader off', async ({ page }) => {
  await page.goto(`${HOST}${hostDir}clobbered.html`);
  await expectFitted(page.locator('iframe[data-embed]'));
});

test('a host page running pym.js resizes the charts from their pym messages', async ({ page }) => {
  await page.goto(`${HOST}${hostDir}pym.html`);
  const frames = page.locator('iframe');
  await expect(frames).toHaveCount(3);
  await expectFitted(frames);
  await page.setViewportSize({ width: 375, height: 700 });
  await expectFitted(frames);
});

test('a host page listening for AMP’s embed-size messages resizes the charts', async ({ page }) => {
  await page.goto(`${HOST}${hostDir}amp.html`);
  const frames = page.locator('iframe');
  await expectFitted(frames);
  await page.setViewportSize({ width: 375, height: 700 });
  await expectFitted(frames);
});

test('the loader ignores messages from other origins and from other frames', async ({ page }) => {
  await page.goto(`${HOST}${hostDir}snippets.html`);
  const frames = page.locator('iframe[data-embed]:not(#impostor)');
  const before = (await expectFitted(frames)).map((m) => m.iframe);
  // From the host page itself, and from a frame of the host's origin that claims to be ours.
  await page.evaluate((type) => {
    postMessage({ type, height: 50 }, '*');
    const f = document.createElement('iframe');
    f.dataset.embed = 'world-map';
    f.id = 'impostor';
    f.srcdoc = `<script>parent.postMessage({ type: '${type}', height: 60 }, '*')<\/script>`;
    document.body.append(f);
  }, HEIGHT);
  await page.waitForTimeout(300);
  expect(await page.locator('#impostor').evaluate((f) => f.clientHeight)).toBe(150);
  expect((await measure(frames)).map((m) => m.iframe)).toEqual(before);
  // From our origin: only the frame that sent it changes.
  const first = (await frameOf(frames.first()))!;
  await first.evaluate((type) => parent.postMessage({ type, height: 111 }, '*'), HEIGHT);
  await expect
    .poll(async () => (await measure(frames)).map((m) => m.iframe))
    .toEqual([111, ...before.slice(1)]);
});

// Nothing resizes the iframes: JavaScript is off, or the host's CMS stripped the loader script.
for (const [mode, js, prefix] of [
  ['with JavaScript off', false, 'snippets'],
  ['when the host strips the loader', true, 'stripped'],
] as const) {
  test.describe(mode, () => {
    test.use({ javaScriptEnabled: js });

    for (const [width, file] of [
      [320, `${prefix}.html`],
      [375, `${prefix}.html`],
      [768, `${prefix}.html`],
      [1280, `${prefix}-wide.html`],
    ] as const) {
      test(`at ${width} px (${file}) the default height shows each whole chart`, async ({ page }) => {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(`${HOST}${hostDir}${file}`);
        const frames = page.locator('iframe[data-embed]');
        await expect(frames).toHaveCount(3);
        for (const [i, el] of (await frames.all()).entries()) {
          await el.scrollIntoViewIfNeeded();
          await expect.poll(async () => (await frameOf(el))?.url() ?? '').toContain('/embed/');
          const frame = (await frameOf(el))!;
          await frame.waitForLoadState();
          const m = (await measure(frames.nth(i)))[0]!;
          const slug = charts[i]!.slug as keyof typeof CHARTS;
          expect(m.iframe, `${slug}: default height`).toBe(CHARTS[slug].embedHeight);
          const need = Math.ceil(m.doc);
          expect(need, `${slug} at ${width}px needs ${need}px`).toBeLessThanOrEqual(m.iframe);
          await expect(frame.locator(`[data-chart="${slug}"] svg:visible`).first()).toBeVisible();
        }
      });
    }
  });
}
