// A reader on a phone: the header stays one line from 320 px up, nothing in it is hidden from
// assistive technology or too small to tap, and nothing scrolls sideways.
import { expect, test, type Locator, type Page } from '@playwright/test';

const WIDTHS = [320, 360, 375];
const PAGES = ['/', '/chapters/02-where-they-went/', '/sources/'];

/** The header's items as a reader sees them: the site name, the site links and the theme button. */
const headerItems = (page: Page): Locator[] => {
  const header = page.getByRole('banner');
  return [
    header.getByRole('link', { name: 'Sent Abroad' }),
    header.getByRole('link', { name: 'Contents' }),
    header.getByRole('link', { name: 'Sources' }),
    header.getByRole('button', { name: /theme/ }),
  ];
};

/** An element's text as a reader sees it: its text nodes, less those inside a visually hidden
 * (1px) box; with the distinct lines they take on screen. */
const seen = (item: Locator) =>
  item.evaluate((el) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let text = '';
    const tops = new Set<number>();
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const box = n.parentElement!.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      for (const r of range.getClientRects()) if (r.width > 0) tops.add(Math.round(r.top));
      text += n.textContent;
    }
    return { text: text.replace(/\s+/g, ' ').trim(), lines: tops.size };
  });

for (const width of WIDTHS) {
  for (const path of PAGES) {
    test(`the header is one line at ${width} px on ${path}`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(path);
      const items = headerItems(page);
      const boxes = [];
      for (const item of items) {
        await expect(item).toBeVisible();
        const { text, lines } = await seen(item);
        expect(lines, `${text} takes one line`).toBe(1);
        const box = (await item.boundingBox())!;
        boxes.push({ text, ...box });
      }
      // One row: every item starts at the same height, left to right without overlapping, and
      // the last one ends inside the page's padding.
      for (const b of boxes)
        expect(Math.abs(b.y - boxes[0]!.y), `${b.text} is on the first row`).toBeLessThan(1);
      for (let i = 1; i < boxes.length; i++)
        expect(boxes[i]!.x, `${boxes[i]!.text} starts after ${boxes[i - 1]!.text}`).toBeGreaterThanOrEqual(
          boxes[i - 1]!.x + boxes[i - 1]!.width,
        );
      const last = boxes.at(-1)!;
      expect(last.x + last.width).toBeLessThanOrEqual(width);
      // Each is a target of at least 24 × 24 px (WCAG 2.5.8).
      for (const b of boxes) {
        expect(b.height, `${b.text} is 24 px tall`).toBeGreaterThanOrEqual(24);
        expect(b.width, `${b.text} is 24 px wide`).toBeGreaterThanOrEqual(24);
      }
      const header = page.getByRole('banner');
      expect(await header.evaluate((h) => h.scrollWidth <= h.clientWidth)).toBe(true);
      expect(
        await page.evaluate(
          () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
        ),
      ).toBe(true);
    });
  }
}

test('at 320 px the theme button is named by its visible label and works from the keyboard', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const button = page.getByRole('banner').getByRole('button', { name: /theme/ });
  // axe's label-in-name: the accessible name begins with what the reader sees.
  expect((await seen(button)).text).toBe('Dark');
  await expect(button).toHaveAccessibleName('Dark theme');
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('with JavaScript off the header is one line at 320 px, without the theme button', async ({
  browser,
}) => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 320, height: 800 },
  });
  const page = await context.newPage();
  await page.goto('/');
  const [name, contents, sources, button] = headerItems(page);
  await expect(button!).toBeHidden();
  for (const item of [name!, contents!, sources!]) expect((await seen(item)).lines).toBe(1);
  await context.close();
});
