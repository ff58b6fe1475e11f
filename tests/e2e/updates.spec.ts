// The story's own corrections and updates, as a reader meets them: dated in the byline, listed
// on /sources/, and linked from each chapter that changed.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

interface Update {
  id: string;
  date: string;
  chapter: string;
  before: string;
  after: string;
}
const updates = parse(
  readFileSync(new URL('../../content/data/updates.yaml', import.meta.url), 'utf8'),
) as Update[];
const latest = updates
  .map((u) => u.date)
  .sort()
  .at(-1);

test('the story has corrections on record to show', () => {
  expect(updates.length).toBeGreaterThan(0);
});

for (const path of ['/', '/chapters/01-the-deadline/']) {
  test(`the byline on ${path} gives the first publication and the latest update`, async ({ page }) => {
    await page.goto(path);
    const byline = page.locator('header p', { hasText: 'Published' }).first();
    await expect(byline).toContainText(/Published\s+\d+ \w+ \d{4}\s+·\s+Updated\s+\d+ \w+ \d{4}/);
    await expect(byline.locator('time').nth(1)).toHaveAttribute('datetime', latest!);
  });
}

test('/sources/ lists every correction and update, newest first, each with its chapter', async ({ page }) => {
  await page.goto('/sources/');
  const heading = page.getByRole('heading', { name: 'Corrections and updates to this story' });
  await expect(heading).toBeVisible();
  const items = page.locator('#updates + p + div > ol > li');
  await expect(items).toHaveCount(updates.length);
  const dates = await items.locator('time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
  expect(dates).toEqual([...dates].sort().reverse());
  const first = updates.find((u) => u.date === latest)!;
  const item = page.locator(`[id="update-${first.id}"]`);
  await expect(item).toContainText(`It said: ${first.before}`);
  await expect(item).toContainText(`It says now: ${first.after}`);
  await item.getByRole('link').first().click();
  await expect(page).toHaveURL(new RegExp(`/chapters/${first.chapter}/$`));
});

test('a chapter that changed links to its own corrections, and they name what changed', async ({ page }) => {
  const u = updates[0]!;
  await page.goto(`/chapters/${u.chapter}/`);
  const count = updates.filter((x) => x.chapter === u.chapter).length;
  await page.getByRole('link', { name: new RegExp(`^${count} correction`) }).click();
  const section = page.getByRole('region', { name: 'Corrections and updates to this chapter' });
  await expect(section).toBeInViewport();
  await expect(section.getByRole('listitem')).toHaveCount(count);
  await expect(section).toContainText(u.after);
  await expect(
    section.getByRole('link', { name: 'Every correction and update to the story' }),
  ).toHaveAttribute('href', /\/sources\/#updates$/);
});

test('the story marks its own arithmetic as ours', async ({ page }) => {
  await page.goto('/chapters/03-the-money/');
  await expect(page.getByText('our arithmetic').first()).toBeVisible();
});
