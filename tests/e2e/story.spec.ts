import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, builtPages, parseCSV } from './support.ts';

test('the story page reads cover, contents, every chapter in order, then sources and corrections', async ({
  page,
}) => {
  await page.goto('/');
  const contents = page.getByRole('navigation', { name: 'Contents' });
  const entries = await contents.getByRole('link').allTextContents();
  const sections = page.locator('section.chapter h2');
  const titles = await sections.allTextContents();
  expect(titles.length).toBeGreaterThanOrEqual(5);
  // Contents lists the chapters in the order the page shows them, then the sources.
  expect(entries.map((e) => e.trim().replace(/^\d+\.\s*/, ''))).toEqual([
    ...titles.map((t) => t.trim()),
    'Sources and corrections',
  ]);
  const order = await page.evaluate(() =>
    ['section.chapter', '#sources', '#corrections'].map(
      (s) => document.querySelector(s)!.getBoundingClientRect().top,
    ),
  );
  expect(order).toEqual([...order].sort((a, b) => a - b));
});

test('a chapter page has previous/next links and the contents, and its citations reach their sources', async ({
  page,
}) => {
  await page.goto('/');
  const second = await page.locator('section.chapter h2 a').nth(1).getAttribute('href');
  await page.goto(second!);
  await expect(page.getByRole('link', { name: /Previous/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /Next/ })).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Contents' }).locator('[aria-current="page"]'),
  ).toHaveCount(1);
  const cite = page
    .getByRole('main')
    .getByRole('link', { name: /^Source \d+: / })
    .first();
  const name = await cite.getAttribute('aria-label');
  expect(name).toMatch(/^Source \d+: .+/);
  await cite.click();
  const id = (await cite.getAttribute('href'))!.slice(1);
  const entry = page.locator(`[id="${id}"]`);
  await expect(entry).toBeInViewport();
  await expect(entry.getByRole('link')).toHaveAttribute('href', /^https?:\/\//);
  expect(await entry.getAttribute('value')).toBe(name!.match(/^Source (\d+)/)![1]);
});

test('every citation mark on every page links to a source listed on that page', async ({ page }) => {
  for (const path of builtPages()) {
    await page.goto(path);
    const missing = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLAnchorElement>('a[href^="#src-"]')]
        .map((a) => a.getAttribute('href')!.slice(1))
        .filter((id) => !document.getElementById(id)),
    );
    expect(missing, path).toEqual([]);
  }
});

test('the sources page lists every source with its use, and the corrections', async ({ page, request }) => {
  const sources = (
    (await (await request.get('/data/sources.json')).json()) as { rows: { id: string; title: string }[] }
  ).rows;
  await page.goto('/sources/');
  for (const s of sources) await expect(page.locator(`#src-${s.id}`)).toContainText(s.title);
  await expect(page.locator('#src-unsc-2397')).toContainText('Used in:');
  const corrections = (
    (await (await request.get('/data/corrections.json')).json()) as { rows: { id: string }[] }
  ).rows;
  expect(corrections.length).toBeGreaterThanOrEqual(5);
  for (const c of corrections) await expect(page.locator(`#correction-${c.id}`)).toContainText('Correction:');
  await expect(page.locator('#correction-russia-figures')).toContainText('11,490');
});

for (const name of ['sources', 'events', 'deployments', 'money', 'corrections', 'updates']) {
  test(`/data/${name}.csv parses and has the same rows as /data/${name}.json`, async ({ request }) => {
    const json = (
      (await (await request.get(`/data/${name}.json`)).json()) as {
        rows: { id: string; sources?: string[] }[];
      }
    ).rows;
    const csvResponse = await request.get(`/data/${name}.csv`);
    expect(csvResponse.headers()['content-type']).toContain('text/csv');
    const [header, ...rows] = parseCSV(await csvResponse.text());
    expect(rows.map((r) => r[header!.indexOf('id')])).toEqual(json.map((r) => r.id));
    if (name !== 'sources') {
      const col = header!.indexOf('sources');
      json.forEach((r, i) => {
        expect(r.sources!.length).toBeGreaterThan(0);
        expect(rows[i]![col]).toBe(r.sources!.join(' '));
      });
    }
  });
}

test('nothing from the articles’ page furniture or spam is published', () => {
  const banned = [/Hello it.s me/i, /Celekt/i, /backlink/i, /subscribe HERE/i, /genuinel good/i];
  for (const path of builtPages()) {
    const file = join(DIST, path.endsWith('/') ? `${path}index.html` : path);
    const html = readFileSync(file, 'utf8');
    for (const re of banned) expect(html, `${path} contains ${re}`).not.toMatch(re);
  }
});

test('citation marks in the charts’ tables read in order, with no space before a comma', async ({ page }) => {
  await page.goto('/');
  const cells = await page.locator('.chart-table td').evaluateAll((tds) =>
    tds
      .filter((td) => td.querySelector('a[href^="#src-"]') && !td.querySelector('p, li'))
      .map((td) => ({
        text: td.textContent!.trim(),
        numbers: [...td.querySelectorAll('a[href^="#src-"]')].map((a) => Number(a.textContent)),
      })),
  );
  expect(cells.length).toBeGreaterThan(20);
  for (const c of cells) {
    expect(c.text).not.toMatch(/\s,/);
    expect(c.numbers).toEqual([...c.numbers].sort((a, b) => a - b));
  }
});
