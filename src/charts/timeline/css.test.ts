// The timeline's JS-off deep-link rules (targets-css.ts). (That chart CSS writes colours only as
// palette tokens is tested in src/charts/kit/palette.test.ts.)
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { eventIds, targetsCss, targetsCssPlugin, TARGETS_CSS_ID } from './targets-css.ts';

const rulesOf = (css: string) =>
  [
    ...css.matchAll(/\.timeline-card\[data-id="([^"]+)"\]:target\) \.timeline-mark\[data-id="([^"]+)"\]/g),
  ].map((m) => [m[1], m[2]]);

test('targetsCss() pairs each event’s card with its own mark, for exactly the ids given', () => {
  expect(rulesOf(targetsCss(['a', 'b-2', 'c']))).toEqual([
    ['a', 'a'],
    ['b-2', 'b-2'],
    ['c', 'c'],
  ]);
  expect(targetsCss(['a'])).toMatch(
    /\{\s*--timeline-ring: visible;\s*--timeline-underline: underline;\s*\}\s*$/,
  );
  expect(() => targetsCss([])).toThrow(/at least one event id/);
  expect(() => targetsCss(['a"]'])).toThrow(/not an event id/);
});

test('the plugin serves one rule per event in content/data/events.yaml', () => {
  const events = parse(readFileSync('content/data/events.yaml', 'utf8')) as { id: string }[];
  expect(eventIds()).toEqual(events.map((e) => e.id));
  const plugin = targetsCssPlugin();
  const id = plugin.resolveId(TARGETS_CSS_ID)!;
  expect(plugin.resolveId('other.css')).toBeUndefined();
  const css = plugin.load.call({}, id)!;
  expect(rulesOf(css)).toEqual(events.map((e) => [e.id, e.id]));
});
