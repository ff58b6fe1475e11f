// The timeline's JS-off deep-link rules. (That chart CSS writes colours only as palette tokens is
// tested in src/charts/kit/palette.test.ts.)
import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const read = (name: string) => readFileSync(new URL(name, import.meta.url), 'utf8');

test('targets.css has a JS-off :target rule for every event position in events.yaml', () => {
  const css = read('./targets.css');
  const rules = [...css.matchAll(/\.tl-item:nth-child\((\d+)\):target\) \.tl-m:nth-of-type\((\d+)\)/g)];
  rules.forEach((m, i) => expect([Number(m[1]), Number(m[2])]).toEqual([i + 1, i + 1]));
  const events = parse(readFileSync(new URL('../../../content/data/events.yaml', import.meta.url), 'utf8'));
  expect(rules.length, 'more events than rules in targets.css: add rules').toBeGreaterThanOrEqual(
    events.length,
  );
  expect(css).toMatch(/\{\s*--tl-on: visible;\s*--tl-u: underline;\s*\}\s*$/);
});
