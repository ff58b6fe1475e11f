// The map's CSS shades and shows each declared period, made from src/data/periods.ts: a period
// without its rules would draw every country grey and every period's circles at once.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { PERIODS } from '../../data/periods.ts';
import { STATUSES } from '../../data/schemas.ts';
import { periodCss } from './period-css.ts';

test.each(PERIODS)('periodCss() shades and shows the period %s', (p) => {
  const css = periodCss();
  for (const s of STATUSES) expect(css).toContain(`.wm[data-p='${p}'] [data-s${p}='${s}']`);
  expect(css).toContain(`.wm:not([data-p='${p}']) [data-per='${p}']`);
});

test('a new period gets its rules from the list alone, and svg.css names no period', () => {
  expect(periodCss(['2030'])).toContain(".wm[data-p='2030'] [data-s2030='hosting'],\n.wm-k-hosting {");
  expect(readFileSync(new URL('./svg.css', import.meta.url), 'utf8')).not.toMatch(/data-p='\d/);
});
