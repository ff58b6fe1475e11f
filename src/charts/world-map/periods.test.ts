// The map's CSS shades and shows each declared period: a period added to src/data/periods.ts
// without its rules in svg.css would draw every country grey and every period's circles at once.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { PERIODS } from '../../data/periods.ts';
import { STATUSES } from '../../data/schemas.ts';

const css = readFileSync(new URL('./svg.css', import.meta.url), 'utf8');

test.each(PERIODS)('svg.css shades and shows the period %s', (p) => {
  const missing = [
    ...STATUSES.map((s) => `.wm[data-p='${p}'] [data-s${p}='${s}']`),
    `.wm:not([data-p='${p}']) [data-per='${p}']`,
  ].filter((selector) => !css.includes(selector));
  expect(missing, `add to src/charts/world-map/svg.css:\n${missing.join(',\n')}`).toEqual([]);
});
