import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { DIST } from './support.ts';

interface Ref {
  country: string;
  date: string;
}
interface Cover {
  show: string;
  from?: Ref;
  to?: Ref;
}

test('the story page has headline, standfirst, byline, date and contents', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/ordered home/);
  // A tab or a bookmark says what the story is, not only the site's name.
  await expect(page).toHaveTitle('The workers the UN ordered home · Sent Abroad');
  await expect(
    page.locator('header p', { hasText: 'Published' }).locator('time[datetime]').first(),
  ).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Contents' })).toBeVisible();
  await expect(page.getByRole('contentinfo')).toBeVisible();
  // The key figures are the editorial choice in content/data/choices.yaml, their numbers from
  // the data files, each with its citations: here the "change" figure, "from → to".
  const cover = (
    parse(readFileSync('content/data/choices.yaml', 'utf8')) as { id: string; figures?: Cover[] }[]
  )
    .find((c) => c.id === 'cover')!
    .figures!.find((f) => f.show === 'change')!;
  const rows = (
    JSON.parse(readFileSync(join(DIST, 'data/deployments.json'), 'utf8')) as {
      rows: { id: string; figures: { value?: number; date: string; sources: string[] }[] }[];
    }
  ).rows;
  const at = (ref: Ref) => rows.find((d) => d.id === ref.country)!.figures.find((f) => f.date === ref.date)!;
  const [from, to] = [at(cover.from!), at(cover.to!)];
  const figure = page.locator('header li', {
    hasText: `${from.value!.toLocaleString('en-GB')} → ${to.value!.toLocaleString('en-GB')}`,
  });
  await expect(figure).toHaveCount(1);
  const sources = [...new Set([...from.sources, ...to.sources])];
  await expect(figure.getByRole('link', { name: /^Source \d+: / })).toHaveCount(sources.length);
  expect(
    await figure
      .getByRole('link', { name: /^Source \d+: / })
      .evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
  ).toEqual(sources.map((id) => `#src-${id}`));
});

test('the skip link is the first stop and moves focus to the story', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the story' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('the theme follows the system, and the toggle overrides and remembers it', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  const bg = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(await bg()).toBe('rgb(18, 20, 22)');
  const toggle = page.getByRole('button', { name: 'Dark theme', exact: true });
  const look = () =>
    toggle.evaluate((b) => ({
      fill: getComputedStyle(b).backgroundColor,
      box: getComputedStyle(b, '::before').backgroundColor,
      ink: getComputedStyle(b).color,
      width: b.getBoundingClientRect().width,
    }));
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const pressed = await look();
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  // The state shows on screen too: filled with its box ticked when pressed, plain when not;
  // the same width either way, so nothing beside it moves.
  const plain = await look();
  expect(pressed.fill).toBe('rgb(236, 235, 232)');
  expect(pressed.box).toBe(pressed.ink);
  expect(plain.box).toBe('rgba(0, 0, 0, 0)');
  expect(plain.width).toBe(pressed.width);
  expect(await bg()).toBe('rgb(251, 250, 247)');
  await page.reload();
  expect(await bg()).toBe('rgb(251, 250, 247)');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'false');
});

test('an unknown address gets the 404 page with a way back', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page does not exist');
  await expect(page.getByRole('link', { name: 'the front page' })).toBeVisible();
  await expect(page.locator('meta[name=robots]')).toHaveAttribute('content', 'noindex');
  await expect(page.locator('link[rel=canonical], meta[property="og:url"]')).toHaveCount(0);
});

test('the print stylesheet hides navigation and keeps the text', async ({ page }) => {
  await page.goto('/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Site' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(0, 0, 0)');
});

test('on paper a dark theme prints light, and data tables fit the page', async ({ page }) => {
  // About the printable width of an A4 or Letter page at 96 px per inch.
  await page.setViewportSize({ width: 700, height: 1000 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
  await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
  const colours = await page.evaluate(() => {
    const css = getComputedStyle(document.documentElement);
    return {
      bg: getComputedStyle(document.documentElement).backgroundColor,
      ink: getComputedStyle(document.body).color,
      land: css.getPropertyValue('--chart-land').trim(),
      scheme: css.colorScheme,
    };
  });
  expect(colours).toEqual({
    bg: 'rgb(255, 255, 255)',
    ink: 'rgb(0, 0, 0)',
    land: '#e6e2d9',
    scheme: 'light',
  });
  const tables = await page
    .locator('.data-table')
    .evaluateAll((els) =>
      els.map((t) => ({ right: Math.round(t.getBoundingClientRect().right), width: t.scrollWidth })),
    );
  expect(tables.length).toBeGreaterThanOrEqual(3);
  for (const t of tables) expect(t.right).toBeLessThanOrEqual(700);
});
