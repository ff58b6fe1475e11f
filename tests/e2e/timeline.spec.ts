// The timeline (issue #5): complete with JS off, keyboard and pointer details, kind toggles,
// #event-<id> deep links, a vertical arrangement on phones, and axe-clean in both themes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { parse } from 'yaml';
import { DIST, builtPages, scrollsSideways } from './support.ts';
import { datePoint } from '../../src/charts/timeline/dates.ts';

interface Row {
  id: string;
  date: string | number;
  title: string;
  figure?: string;
  kind: string;
}
const EVENTS = (parse(readFileSync('content/data/events.yaml', 'utf8')) as Row[]).map((e) => ({
  ...e,
  date: String(e.date),
}));
// In the chart's order: by the date's point in time (a month at its middle), then by id.
const sorted = [...EVENTS].sort((a, b) => datePoint(a.date) - datePoint(b.date) || a.id.localeCompare(b.id));
const EMBED = '/embed/timeline/';
/** A story page that places <Timeline />, for the chapter-text deep link. */
const CHAPTER = builtPages().find(
  (p) =>
    p.startsWith('/chapters/') &&
    readFileSync(join(DIST, p, 'index.html'), 'utf8').includes('data-chart="timeline"'),
);

const root = (page: Page) => page.locator('[data-chart="timeline"]').first();
/** The horizontal SVG, found as a reader's screen reader names it. */
const chart = (page: Page) => root(page).getByRole('group', { name: /^Timeline of \d+ events/ });
const toggles = (page: Page) => root(page).getByRole('group', { name: 'Show or hide kinds of event' });
const marks = (page: Page) => root(page).locator('svg a[data-id]');
const card = (page: Page, id: string) => root(page).locator(`li[data-id="${id}"]`);
const axe = (page: Page) =>
  new AxeBuilder({ page })
    .include('[data-chart-figure="timeline"]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze()
    .then((r) => r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('shows every event, the legend, the window, the figures, caption, sources and a closed table', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(EMBED);
    const svg = chart(page);
    await expect(svg).toBeVisible();
    await expect(marks(page)).toHaveCount(EVENTS.length);
    for (const e of EVENTS) {
      const m = root(page).locator(`svg a[data-id="${e.id}"]`);
      await expect(m).toHaveAttribute('data-date', e.date);
      await expect(m).toContainText(e.title.split(' ')[0]!);
    }
    await expect(svg).toContainText('30,023 → 11,490');
    await expect(svg).toContainText('753 visas');
    await expect(svg.getByText('24 months to send the workers home', { exact: true })).toBeVisible();
    // Two breaks before the first row's continuous axis, one before the second row's (2022).
    expect(await svg.locator('.timeline-break').count()).toBeGreaterThan(2);
    expect(
      await svg
        .locator('.timeline-axis line:not(.timeline-tick)')
        .evaluateAll((ls) => new Set(ls.map((l) => l.getAttribute('y1'))).size),
    ).toBe(2);
    // The panel under the chart shows the first event until one is chosen.
    await expect(card(page, sorted[0]!.id)).toBeVisible();
    await expect(root(page).locator('li[data-id]:visible')).toHaveCount(1);
    await expect(root(page).getByRole('list', { name: 'Kinds of event' }).getByRole('listitem')).toHaveCount(
      6,
    );
    await expect(toggles(page)).toBeHidden();
    const figure = page.locator('[data-chart-figure="timeline"]');
    await expect(figure.locator('figcaption')).toContainText('24 months');
    await expect(figure.locator('figcaption')).toContainText('goes on in a second row');
    await expect(figure.locator('figcaption')).toContainText('Sources:');
    await expect(figure.locator('details.chart-table')).not.toHaveAttribute('open');
    await expect(figure.locator('details.chart-table tbody tr')).toHaveCount(EVENTS.length);
  });

  test('lists every event vertically at 320 px, with nothing scrolling sideways', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(EMBED);
    await expect(chart(page)).toBeHidden();
    const items = root(page).locator('li[data-id]');
    await expect(items).toHaveCount(EVENTS.length);
    expect(await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-id')))).toEqual(
      sorted.map((e) => e.id),
    );
    for (const e of EVENTS) await expect(card(page, e.id)).toBeVisible();
    // Top to bottom in date order: a vertical timeline.
    const tops = await items.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
    expect(await scrollsSideways(page)).toBe(false);
  });

  test('lands on #event-<id> highlighted, on the desktop card and the mark', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${EMBED}#event-russia-report-2019`);
    const c = card(page, 'russia-report-2019');
    await expect(c).toBeVisible();
    await expect(c).toContainText(EVENTS.find((e) => e.id === 'russia-report-2019')!.figure!);
    await expect(c).toBeInViewport();
    await expect(card(page, 'unsc-2397')).toBeHidden();
    await expect(card(page, sorted[0]!.id)).toBeHidden();
    const ring = root(page).locator('svg a[data-id="russia-report-2019"] .timeline-ring');
    await expect(ring).toHaveCSS('visibility', 'visible');
    await expect(root(page).locator('svg a[data-id="unsc-2397"] .timeline-ring')).toHaveCSS(
      'visibility',
      'hidden',
    );
  });

  test('lands on #event-<id> with its details open on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 700 });
    await page.goto(`${EMBED}#event-work-visas-2020`);
    const c = card(page, 'work-visas-2020');
    await expect(c).toBeInViewport();
    await expect(c.locator('.timeline-details')).toBeVisible();
    await expect(card(page, 'unsc-2397').locator('.timeline-details')).toBeHidden();
  });
});

test.describe('with JavaScript on', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('Tab reaches an event and shows its details; arrow keys, Home and End move', async ({ page }) => {
    await page.goto(EMBED);
    await toggles(page).getByRole('button').last().focus();
    await page.keyboard.press('Tab');
    const first = sorted[0]!;
    await expect(page.locator(':focus')).toHaveAttribute('data-id', first.id);
    await expect(card(page, first.id)).toBeVisible();
    await expect(
      card(page, first.id)
        .locator('p', { hasText: /^\s*Sources?:/ })
        .getByRole('link')
        .first(),
    ).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(page.locator(':focus')).toHaveAttribute('data-id', sorted[1]!.id);
    await expect(card(page, sorted[1]!.id)).toBeVisible();
    await expect(card(page, first.id)).toBeHidden();
    await page.keyboard.press('ArrowLeft');
    await expect(page.locator(':focus')).toHaveAttribute('data-id', first.id);
    await page.keyboard.press('End');
    await expect(page.locator(':focus')).toHaveAttribute('data-id', sorted.at(-1)!.id);
    await page.keyboard.press('Home');
    await expect(page.locator(':focus')).toHaveAttribute('data-id', first.id);
    // One Tab stop for the whole SVG: the next Tab leaves the marks.
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).not.toHaveAttribute('data-id', /.+/);
    await page.keyboard.press('Shift+Tab');
    await expect(page.locator(':focus')).toHaveAttribute('data-id', first.id);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Escape');
    // Nothing chosen: the panel shows the first event again, as on arrival.
    await expect(root(page).locator('.is-sel')).toHaveCount(0);
    await expect(card(page, sorted[1]!.id)).toBeHidden();
    await expect(card(page, first.id)).toBeVisible();
  });

  test('until an event is chosen the panel shows the first, and choosing others never changes its height', async ({
    page,
  }) => {
    await page.goto(EMBED);
    const panel = root(page).locator('.timeline-panel');
    const first = sorted[0]!;
    await expect(root(page).locator('li[data-id]:visible')).toHaveCount(1);
    await expect(card(page, first.id)).toBeVisible();
    await expect(root(page).locator(`svg a[data-id="${first.id}"] .timeline-ring`)).toHaveCSS(
      'visibility',
      'visible',
    );
    const idle = (await panel.boundingBox())!.height;
    // What follows the chart stays put whichever event is shown.
    for (const e of sorted) {
      await root(page).locator(`svg a[data-id="${e.id}"]`).focus();
      await expect(card(page, e.id)).toBeVisible();
      expect((await panel.boundingBox())!.height, e.id).toBe(idle);
    }
    await expect(root(page).locator(`svg a[data-id="${first.id}"] .timeline-ring`)).toHaveCSS(
      'visibility',
      'hidden',
    );
  });

  test('pointing at a mark or clicking a label shows that event', async ({ page }) => {
    await page.goto(EMBED);
    await root(page).locator('svg a[data-id="unsc-2270"] .timeline-hit').hover();
    await expect(card(page, 'unsc-2270')).toBeVisible();
    // Pointing at a group's glyph shows its first event; clicking a title in its label, that one.
    const group = root(page)
      .getByRole('group', { name: /^\d+ events, / })
      .filter({ has: page.locator('a[data-id="unsc-2397"]') });
    await expect(group).toHaveAccessibleName(/^4 events, November 2017 to /);
    const ids = await group
      .locator('a[data-id]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('data-id')!));
    await group.locator('.timeline-group-mark .timeline-hit').hover();
    await expect(card(page, ids[0]!)).toBeVisible();
    await expect(card(page, 'unsc-2270')).toBeHidden();
    await group
      .getByRole('link', { name: /^Resolution 2397/ })
      .locator('tspan')
      .first()
      .click();
    await expect(card(page, 'unsc-2397')).toBeVisible();
    await expect(card(page, 'unsc-2397')).toContainText('within 24 months');
    // (Its title, not the middle of its text, which may fall between its lines.)
    await root(page)
      .getByRole('link', { name: /^753 work visas/ })
      .locator('tspan')
      .first()
      .click();
    await expect(card(page, 'work-visas-2020')).toBeVisible();
    await expect(card(page, 'unsc-2397')).toBeHidden();
    expect(new URL(page.url()).hash).toBe('');
  });

  // 1280 px, and 840 px, about the narrowest screen that is shown the SVG (52rem).
  for (const width of [1280, 840])
    test(`at ${width} px no two marks on the axis overlap, and each group shows how many events it holds`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(EMBED);
      await expect(chart(page)).toBeVisible();
      const svg = root(page).locator('svg[data-export]');
      // The glyph of each mark of one event, and the disc of each group.
      const boxes = await svg
        .locator(':scope > a > .timeline-glyph, .timeline-group-mark .timeline-disc')
        .evaluateAll((els) =>
          els.map((el) => {
            const r = el.getBoundingClientRect();
            return {
              id: el.closest('[data-id]')?.getAttribute('data-id') ?? 'group',
              x: r.x,
              y: r.y,
              w: r.width,
              h: r.height,
            };
          }),
        );
      expect(boxes.length).toBeGreaterThan(20);
      const overlapping = boxes.flatMap((a, i) =>
        boxes
          .slice(i + 1)
          .filter((b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h)
          .map((b) => `${a.id} ~ ${b.id}`),
      );
      expect(overlapping).toEqual([]);
      const groups = root(page).getByRole('group', { name: /^\d+ events, / });
      expect(await groups.count()).toBeGreaterThan(2);
      let held = 0;
      for (const g of await groups.all()) {
        const n = await g.locator('a[data-id]').count();
        expect(n).toBeGreaterThan(1);
        await expect(g.locator('.timeline-count')).toHaveText(String(n));
        await expect(g).toHaveAccessibleName(new RegExp(`^${n} events, `));
        held += n;
      }
      // Every event is a mark of its own or in exactly one group.
      expect(held + (await svg.locator(':scope > a[data-id]').count())).toBe(EVENTS.length);
    });

  test('the kind toggles are buttons that hide and show a kind, and the keys skip it', async ({ page }) => {
    await page.goto(EMBED);
    const toggle = root(page).getByRole('button', { name: 'Context' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    const context = EVENTS.filter((e) => e.kind === 'context');
    expect(context.length).toBeGreaterThan(0);
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    for (const e of context) await expect(root(page).locator(`svg a[data-id="${e.id}"]`)).toBeHidden();
    await expect(root(page).locator('svg a[data-id="unsc-2397"]')).toBeVisible();
    // The first event on show is now the first non-context one, and arrows skip context events.
    const shown = sorted.filter((e) => e.kind !== 'context');
    await toggle.focus();
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveAttribute('data-id', shown[0]!.id);
    for (const e of shown.slice(1, 12)) {
      await page.keyboard.press('ArrowRight');
      await expect(page.locator(':focus')).toHaveAttribute('data-id', e.id);
    }
    // A group counts the events it still shows.
    for (const g of await root(page).locator('.timeline-group').all()) {
      const shown = await g.locator('a[data-id]:visible').count();
      if (shown > 0) await expect(g.locator('.timeline-count')).toHaveText(String(shown));
      else await expect(g).toBeHidden();
    }
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    for (const e of context) await expect(root(page).locator(`svg a[data-id="${e.id}"]`)).toBeVisible();
    for (const g of await root(page).locator('.timeline-group').all())
      await expect(g.locator('.timeline-count')).toHaveText(String(await g.locator('a[data-id]').count()));
  });

  test('#event-<id> selects the event on arrival and on a hash change', async ({ page }) => {
    await page.goto(`${EMBED}#event-unsc-2397`);
    await expect(card(page, 'unsc-2397')).toBeVisible();
    await expect(card(page, 'unsc-2397')).toHaveClass(/is-sel/);
    await expect(root(page).locator('svg a[data-id="unsc-2397"]')).toHaveClass(/is-sel/);
    await page.evaluate(() => (location.hash = '#event-ofac-mokran-2020'));
    await expect(card(page, 'ofac-mokran-2020')).toBeVisible();
    await expect(card(page, 'unsc-2397')).toBeHidden();
  });

  test('a link in the chapter text lands on its event, highlighted', async ({ page }) => {
    test.skip(!CHAPTER, 'no chapter places <Timeline /> yet');
    await page.goto(CHAPTER!);
    const link = page.locator('.chapter-body a[href^="#event-"]').first();
    const id = (await link.getAttribute('href'))!.slice('#event-'.length);
    await link.click();
    await expect(card(page, id)).toBeVisible();
    await expect(card(page, id)).toBeInViewport();
    await expect(root(page).locator(`svg a[data-id="${id}"]`)).toHaveClass(/is-sel/);
  });

  test('after the keyboard has moved through the events, a link in the text still lands on its event', async ({
    page,
  }) => {
    test.skip(!CHAPTER, 'no chapter places <Timeline /> yet');
    await page.goto(CHAPTER!);
    const link = page.locator('.chapter-body a[href^="#event-"]').first();
    const id = (await link.getAttribute('href'))!.slice('#event-'.length);
    await toggles(page).getByRole('button').last().focus();
    await page.keyboard.press('Tab');
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(card(page, id)).toBeVisible();
    await expect(card(page, id)).toBeInViewport();
    // Again, with the hash already in the address bar (no hashchange), after more keyboard use.
    await chart(page).locator('a[data-id][tabindex="0"]').focus();
    await page.keyboard.press('Home');
    await expect(card(page, id)).toBeHidden();
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(card(page, id)).toBeVisible();
    await expect(card(page, id)).toBeInViewport();
    await expect(root(page).locator(`svg a[data-id="${id}"]`)).toHaveClass(/is-sel/);
  });

  test('a malformed or hostile #event- hash throws nothing and selects at most its own event', async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    for (const hash of ['#event-%', '#event-"]', '#event-x"],[data-id]:not([data-id="', '#event-%E0%A4%A']) {
      await page.goto(`${EMBED}${hash}`);
      await expect(root(page).locator('.is-sel')).toHaveCount(0);
      // Only the first event, shown until one is chosen.
      await expect(root(page).locator('li[data-id]:visible')).toHaveCount(1);
      await expect(card(page, sorted[0]!.id)).toBeVisible();
    }
    await page.evaluate(() => (location.hash = '#event-x"],[data-id]:not([data-id="'));
    await page.evaluate(() => (location.hash = '#event-unsc-2397'));
    await expect(root(page).locator('li[data-id].is-sel')).toHaveCount(1);
    expect(errors).toEqual([]);
  });

  test('on a 320 px phone, a tap opens an event in the vertical list', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(EMBED);
    await expect(chart(page)).toBeHidden();
    const c = card(page, 'russia-report-2019');
    await expect(c.locator('.timeline-details')).toBeHidden();
    const title = c.getByRole('link', { name: EVENTS.find((e) => e.id === 'russia-report-2019')!.title });
    await title.click();
    await expect(c.locator('.timeline-details')).toBeVisible();
    await expect(title).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('ArrowDown');
    const next = sorted[sorted.findIndex((e) => e.id === 'russia-report-2019') + 1]!;
    await expect(card(page, next.id).locator('.timeline-details')).toBeVisible();
    await expect(c.locator('.timeline-details')).toBeHidden();
    expect(await scrollsSideways(page)).toBe(false);
  });

  for (const scheme of ['light', 'dark'] as const)
    for (const width of [1280, 375])
      test(`passes axe at ${width} px in the ${scheme} theme, with an event open`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(`${EMBED}#event-russia-report-2019`);
        await expect(card(page, 'russia-report-2019')).toBeVisible();
        expect(await axe(page)).toEqual([]);
      });
});
