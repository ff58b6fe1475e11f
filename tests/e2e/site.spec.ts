import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { builtPages, layoutShift, scrollsSideways } from './support.ts';

const pages = builtPages();

test('the build has the story, a chapter, the sources and a 404 page', () => {
  expect(pages).toEqual(expect.arrayContaining(['/', '/sources/', '/404.html']));
  expect(pages.some((p) => p.startsWith('/chapters/'))).toBe(true);
});

for (const path of pages) {
  test.describe(`page ${path}`, () => {
    for (const scheme of ['light', 'dark'] as const) {
      test(`passes axe (WCAG 2.2 A/AA) in the ${scheme} theme`, async ({ page }) => {
        // axe over the one-page story (every chapter, chart and source) can take 30 s on two cores.
        test.slow(path === '/');
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(path);
        const { violations } = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        expect(
          violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        ).toEqual([]);
      });
    }

    test('requests nothing from another origin', async ({ page, baseURL }) => {
      const foreign: string[] = [];
      page.on('request', (r) => {
        const url = new URL(r.url());
        if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== new URL(baseURL!).origin)
          foreign.push(r.url());
      });
      await page.goto(path, { waitUntil: 'networkidle' });
      expect(foreign).toEqual([]);
    });

    // At full speed, and with the CPU slowed as on a cheap phone: then the browser paints while
    // it is still parsing, so whatever is placed by content that arrives after it moves (the
    // header's links before its button came, the scrollytelling stage before its map). Such a
    // race shows in most slowed runs here, not in every one; at full speed far more rarely.
    for (const [when, rate] of [
      ['while loading and scrolling', 1],
      ['when painted before the page has all arrived', 6],
    ] as const) {
      test(`has no layout shift ${when}`, async ({ page }) => {
        if (rate > 1)
          await (await page.context().newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate });
        await page.goto(path, { waitUntil: 'networkidle' });
        const { score, moved } = await layoutShift(page);
        expect(score, `layout shifts:\n${moved.join('\n')}`).toBe(0);
      });
    }

    test('does not scroll sideways at 320 px', async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(path);
      expect(await scrollsSideways(page)).toBe(false);
    });
  });
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  for (const path of pages) {
    test(`${path} shows its content, with no controls that need JavaScript`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('h1').first()).toBeVisible();
      for (const el of await page.locator('.js-only').all()) await expect(el).toBeHidden();
      expect(await scrollsSideways(page)).toBe(false);
    });
  }
});
