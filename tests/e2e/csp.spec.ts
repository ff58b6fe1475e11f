// The Content-Security-Policy (Astro's security.csp): every page carries a strict one, and
// nothing on any page breaks it, in either theme, at phone and desktop widths, after the
// charts' scripts have run and a reader has used them.
import { test, expect, type Page } from '@playwright/test';
import { builtPages } from './support.ts';

/** CSP violations reported on the page (the browser's securitypolicyviolation events). */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI || 'inline'} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  return () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

test('no page is built with a style="" attribute or a <style> in its body', async ({ request }) => {
  for (const path of builtPages()) {
    const html = await (await request.get(path)).text();
    expect(html.match(/<[^>]+\sstyle=/g) ?? [], path).toEqual([]);
    expect(html.split('<body')[1]?.match(/<style/g) ?? [], path).toEqual([]);
  }
});

test('every page has a strict policy: no unsafe-inline, unsafe-eval or wildcard', async ({ page }) => {
  for (const path of builtPages()) {
    await page.goto(path);
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(policy, path).toMatch(/script-src 'self' 'sha256-/);
    expect(policy, path).toMatch(/style-src 'self' 'sha256-/);
    expect(policy, path).toContain("object-src 'none'");
    expect(policy, path).not.toMatch(/unsafe-|\*/);
  }
});

for (const path of builtPages()) {
  for (const [width, scheme] of [
    [1280, 'light'],
    [375, 'dark'],
  ] as const) {
    test(`${path} at ${width} px (${scheme}) has no CSP violation`, async ({ page }) => {
      const violations = await watchViolations(page);
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path, { waitUntil: 'networkidle' });
      // Use the charts: their scripts set classes and attributes, never inline styles.
      // A page with a timeline has its SVG marks on wide screens, its cards' links on phones.
      if ((await page.locator('[data-chart="timeline"]').count()) > 0) {
        const mark = page
          .locator('.timeline-svg a.timeline-mark, .timeline-card a.timeline-title-link')
          .filter({ visible: true })
          .first();
        await mark.focus();
        await expect(mark).toBeFocused();
        await page.keyboard.press('Enter');
      }
      // A map with a period switch (not the scrollytelling one): switch it.
      const periods = page.locator('[data-chart="world-map"]').getByRole('radio');
      if ((await periods.count()) > 0) await periods.first().check();
      await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
      await page.waitForTimeout(100);
      expect(await violations()).toEqual([]);
    });
  }
}
