// The timeline's JS-off deep-link rules (targets-css.ts). (That chart CSS writes colours only as
// palette tokens is tested in src/charts/kit/palette.test.ts.)
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { eventCount, targetsCss, targetsCssPlugin, TARGETS_CSS_ID } from './targets-css.ts';

const rulesOf = (css: string) =>
  [...css.matchAll(/\.tl-item:nth-child\((\d+)\):target\) \.tl-m:nth-of-type\((\d+)\)/g)].map((m) => [
    Number(m[1]),
    Number(m[2]),
  ]);

test('targetsCss() pairs the n-th card with the n-th mark, for exactly the positions asked', () => {
  expect(rulesOf(targetsCss(3))).toEqual([
    [1, 1],
    [2, 2],
    [3, 3],
  ]);
  expect(targetsCss(3)).toMatch(/\{\s*--tl-on: visible;\s*--tl-u: underline;\s*\}\s*$/);
  expect(() => targetsCss(0)).toThrow(/positive number of events/);
});

test('the plugin serves one rule per event in content/data/events.yaml', () => {
  const events = parse(readFileSync('content/data/events.yaml', 'utf8')) as unknown[];
  expect(eventCount()).toBe(events.length);
  const plugin = targetsCssPlugin();
  const id = plugin.resolveId(TARGETS_CSS_ID)!;
  expect(plugin.resolveId('other.css')).toBeUndefined();
  const css = plugin.load.call({}, id)!;
  expect(rulesOf(css)).toHaveLength(events.length);
  expect(rulesOf(css).at(-1)).toEqual([events.length, events.length]);
});
