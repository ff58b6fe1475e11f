// The revenue chart (issue #6), tested on its embed page: every sourced figure drawn with
// JavaScript off, the worked example, the reader's estimate, phones, and axe.
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { scrollsSideways } from './support.ts';

const PAGE = '/embed/revenue/';

interface MoneyRow {
  id: string;
  kind: string;
  value?: number;
  low?: number;
}

/** The money rows as the site publishes them, so the test follows the data. */
async function moneyRows(page: Page): Promise<MoneyRow[]> {
  const res = await page.request.get('/data/money.json');
  expect(res.ok()).toBe(true);
  return ((await res.json()) as { rows: MoneyRow[] }).rows;
}

const chart = (page: Page) => page.locator('[data-chart="revenue"]');
const marker = (page: Page) => chart(page).locator('[data-id="reader-estimate"]');

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('draws every sourced figure, with the qualitative one in words only', async ({ page }) => {
    await page.goto(PAGE);
    const rows = await moneyRows(page);
    const numeric = rows.filter((r) => r.kind !== 'qualitative');
    expect(numeric.length).toBeGreaterThan(0);
    for (const r of numeric) await expect(chart(page).locator(`svg [data-id="${r.id}"]`)).toBeVisible();
    for (const r of rows.filter((r) => r.kind === 'qualitative')) {
      await expect(chart(page).locator(`svg [data-id="${r.id}"]`)).toHaveCount(0);
      await expect(page.locator(`tr[data-row="${r.id}"]`)).toHaveCount(1);
    }
    await expect(chart(page)).toContainText('millions of dollars in revenue every year');
  });

  test('labels the two axes and keeps the small sums off the big one', async ({ page }) => {
    await page.goto(PAGE);
    const panels = chart(page).locator('svg.rv-panel');
    await expect(panels).toHaveCount(2);
    await expect(panels.nth(0)).toContainText('US dollars a year');
    await expect(panels.nth(1)).toContainText(/A separate axis, up to US\$[\d,]+/);
    await expect(panels.nth(0).locator('[data-id="seizure-airport-2018"]')).toHaveCount(0);
  });

  test('shows the worked example and the default estimate, without the inputs', async ({ page }) => {
    await page.goto(PAGE);
    await expect(chart(page)).toContainText('Derived: 500,000,000 ÷ 100,000 = 5,000');
    await expect(chart(page)).toContainText('Derived: 5,000 ÷ 12 = 416.67, about US$417 per worker a month');
    await expect(chart(page)).toContainText('Workers: 100,000 — US estimate, nearly 100,000 workers');
    await expect(chart(page)).toContainText('Per worker per month: US$417 — derived');
    await expect(marker(page)).toHaveAttribute('data-value', String(100_000 * 417 * 12));
    await expect(marker(page)).toContainText('Your estimate: US$500m');
    await expect(chart(page).locator('input').first()).toBeHidden();
    for (const el of await chart(page).locator('.js-only').all()) await expect(el).toBeHidden();
  });

  test('does not scroll sideways at 320 px', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(PAGE);
    expect(await scrollsSideways(page)).toBe(false);
  });
});

test.describe('the reader’s estimate', () => {
  test('typing 10,000 workers × US$500 a month gives US$60m a year, drawn and announced', async ({
    page,
  }) => {
    await page.goto(PAGE);
    await page.getByLabel('Workers abroad', { exact: true }).fill('10000');
    await page.getByLabel('US$ each worker sends to the state a month', { exact: true }).fill('500');
    await expect(marker(page)).toHaveAttribute('data-value', '60000000');
    await expect(marker(page)).toContainText('Your estimate: US$60m');
    await expect(chart(page).locator('.rv-total')).toContainText('= US$60,000,000 a year');
    await expect(chart(page).locator('[aria-live="polite"]')).toHaveText(
      'Your estimate: US$60m a year, from 10,000 workers × US$500 a month × 12 months.',
    );
    // A typed figure is the reader's own, and the interface says so.
    await expect(chart(page)).toContainText('Workers: 10,000 — your own figure, not from a source');
  });

  test('moves the marker along the axis in proportion to the total', async ({ page }) => {
    await page.goto(PAGE);
    const x = async () =>
      Number((await marker(page).getAttribute('transform'))?.match(/translate\(([\d.]+)/)?.[1]);
    const { max, x0, x1 } = await chart(page).evaluate((el: HTMLElement) => ({
      max: Number(el.dataset.max),
      x0: Number(el.dataset.x0),
      x1: Number(el.dataset.x1),
    }));
    await page.getByLabel('Workers abroad', { exact: true }).fill('50000');
    await page.getByLabel('US$ each worker sends to the state a month', { exact: true }).fill('1000');
    expect(await x()).toBeCloseTo(x0 + ((50_000 * 1000 * 12) / max) * (x1 - x0), 0);
  });

  test('presets set sourced workforces and say where they come from', async ({ page }) => {
    await page.goto(PAGE);
    const russia2017 = page.getByRole('button', { name: 'Russia 2017: 30,023' });
    await russia2017.click();
    await expect(russia2017).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('button', { name: '~100,000 worldwide' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    await expect(page.getByLabel('Workers abroad', { exact: true })).toHaveValue('30023');
    await expect(marker(page)).toHaveAttribute('data-value', String(30_023 * 417 * 12));
    await expect(chart(page)).toContainText(
      "Workers: 30,023 — North Koreans with valid work permits at the end of 2017, per Russia's report to the UN",
    );
    await page.getByRole('button', { name: /Russia, upper/ }).click();
    await expect(marker(page)).toHaveAttribute('data-value', String(30_023 * 833 * 12));
    await expect(chart(page)).toContainText('300,000,000 ÷ 30,023 ÷ 12 = 832.69 ≈ 833');
  });

  test('clamps what is out of bounds and says when the total is off the scale', async ({ page }) => {
    await page.goto(PAGE);
    const workers = page.getByLabel('Workers abroad', { exact: true });
    await workers.fill('9999999');
    await workers.press('Tab');
    await expect(workers).toHaveValue('200000');
    await page.getByLabel('US$ each worker sends to the state a month', { exact: true }).fill('5000');
    await expect(marker(page)).toHaveAttribute('data-value', String(200_000 * 5000 * 12));
    await expect(marker(page)).toContainText('off the scale');
    await workers.fill('');
    await workers.press('Tab');
    await expect(workers).toHaveValue('200000');
  });

  test('the sliders work from the keyboard', async ({ page }) => {
    await page.goto(PAGE);
    const slider = page.getByRole('slider', { name: /US\$ each worker sends/ });
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByLabel('US$ each worker sends to the state a month', { exact: true })).toHaveValue(
      '418',
    );
    await expect(marker(page)).toHaveAttribute('data-value', String(100_000 * 418 * 12));
  });

  test('does not scroll sideways at 320 px', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(PAGE);
    expect(await scrollsSideways(page)).toBe(false);
    await page.getByRole('button', { name: 'Russia 2018: 11,490' }).click();
    expect(await scrollsSideways(page)).toBe(false);
  });
});

for (const scheme of ['light', 'dark'] as const) {
  test(`passes axe in the ${scheme} theme, with the table open and an edited estimate`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(PAGE);
    await page.getByText('Data table').click();
    await page.getByLabel('Workers abroad', { exact: true }).fill('12345');
    const { violations } = await new AxeBuilder({ page })
      .include('[data-chart-figure="revenue"]')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
      [],
    );
  });
}

test('the estimate line never crosses a text, at values that land on labels too', async ({ page }) => {
  await page.goto(PAGE);
  const perMonth = page.getByLabel('US$ each worker sends to the state a month', { exact: true });
  await page.getByLabel('Workers abroad', { exact: true }).fill('100000');
  // From zero (on the labels' first letters) across the axis and off its end.
  for (const v of ['0', '30', '150', '417', '833', '1250', '1700', '2100', '5000']) {
    await perMonth.fill(v);
    await expect(marker(page)).toHaveAttribute('data-value', String(100_000 * Number(v) * 12));
    const crossings = await marker(page).evaluate((g: SVGGElement) => {
      const svg = g.ownerSVGElement!;
      const x = Number(g.getAttribute('transform')!.match(/translate\(([\d.]+)/)![1]);
      const d = g.querySelector('path')!.getAttribute('d')!;
      const segs = [...d.matchAll(/M0 ([\d.]+)V([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
      const hits: string[] = [];
      for (const t of svg.querySelectorAll<SVGTextElement>('text')) {
        if (g.contains(t)) continue;
        for (const s of t.querySelectorAll('tspan').length ? t.querySelectorAll('tspan') : [t]) {
          const b = (s as SVGTextContentElement).getBBox();
          for (const [a, z] of segs)
            if (x + 1 > b.x && x - 1 < b.x + b.width && z! > b.y && a! < b.y + b.height)
              hits.push(`${s.textContent} at x=${x}`);
        }
      }
      return { hits, segs: segs.length };
    });
    expect(crossings.segs).toBeGreaterThan(0);
    expect(crossings.hits).toEqual([]);
  }
});
