// The iframe heights in the registry, for every view of every chart, with the frame's JavaScript
// off and on (a host that strips our loader still runs the frame's own script, which shows the
// JS-only controls): the script-free snippet's fixed height fits the whole chart in a 610–700 px
// column with little blank under it, and the default height fits it from 288 to 1280 px.
// A failure says what the chart needs now: set that (plus about 3%) in src/charts/registry.ts.
import { test, expect, type Page } from '@playwright/test';
import { CHARTS, embedPath, storyViews, viewHeights, viewKey } from '../../src/charts/registry.ts';
import { chapterBodies } from '../support/chapter-files.ts';
import { COLUMN } from '../../src/reuse/oembed.ts';

const VIEWS = storyViews(chapterBodies(new URL('../../', import.meta.url)));
const COLUMN_WIDTHS = [COLUMN.min, 624, 640, COLUMN.typical, 660, 680, COLUMN.max];
const ANY = [288, 320, 375, 480, 640, 768, 1024, 1280];
/** The script-free frame may leave at most this share of itself blank in a 640 px column. */
const MAX_BLANK = 0.15;

/** The embed page's height at each width: what an iframe that wide must be to show it all. */
async function heights(page: Page, path: string, widths: readonly number[]) {
  const out = new Map<number, number>();
  for (const width of widths) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`/${path}`);
    out.set(
      width,
      Math.ceil(await page.evaluate(() => document.documentElement.getBoundingClientRect().height)),
    );
  }
  return out;
}

const report = (m: Map<number, number>) => [...m].map(([w, h]) => `${w}px: ${h}`).join(', ');

for (const js of [false, true])
  test.describe(`with the frame's JavaScript ${js ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled: js });

    for (const view of VIEWS) {
      const key = viewKey(view);
      test(`${key}: the script-free height fits a 610–700 px column${js ? ', with at most 15% blank at 640 px' : ''}`, async ({
        page,
      }) => {
        const { columnHeight } = viewHeights(view);
        const m = await heights(page, embedPath(view), COLUMN_WIDTHS);
        const need = Math.max(...m.values());
        const hint = `${key} needs ${need}px (${report(m)}); set its columnHeight to ~${Math.ceil(need * 1.03)}`;
        expect(need, hint).toBeLessThanOrEqual(columnHeight);
        // Blank is judged as readers see it, the frame's script running; with it off the chart is
        // shorter (no controls), still whole. A view a chapter's props make (a timeline from 2020)
        // borrows its chart's heights, which fit it but may leave more blank.
        const ownHeights = !view.variant || view.variant in (CHARTS[view.slug].variants?.named ?? {});
        if (js && ownHeights)
          expect((columnHeight - m.get(640)!) / columnHeight, hint).toBeLessThanOrEqual(MAX_BLANK);
      });

      test(`${key}: the resizing snippet's default height fits it from 288 to 1280 px`, async ({ page }) => {
        const { embedHeight } = viewHeights(view);
        const m = await heights(page, embedPath(view), ANY);
        const need = Math.max(...m.values());
        expect(
          need,
          `${key} needs ${need}px (${report(m)}); set its embedHeight to ~${Math.ceil(need * 1.03)}`,
        ).toBeLessThanOrEqual(embedHeight);
      });
    }
  });
