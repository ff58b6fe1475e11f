import { expect, test } from 'vitest';
import { escape, svgStyle, targetStyle } from './style.ts';

test('svgStyle gives every var() a fallback, for the standalone SVG export', () => {
  const vars = svgStyle.match(/var\([^)]*\)/g)!;
  expect(vars.length).toBeGreaterThan(10);
  for (const v of vars) expect(v).toMatch(/^var\(--[\w-]+, [^)]+\)$/);
});

test('targetStyle() highlights the mark of the :target card, only without JS', () => {
  const css = targetStyle('event-', ['unsc-2397', 'unsc-2375']);
  expect(css).toContain('html:not(.js) .tl:has(#event-unsc-2397:target) .tl-m[data-id="unsc-2397"]');
  expect(css).toContain('#event-unsc-2375:target');
  expect(css).toMatch(/\{--tl-on:visible;--tl-u:underline\}$/);
});

test('escape() makes text safe inside markup', () => {
  expect(escape('30,023 → 11,490 <b> & "x"')).toBe('30,023 → 11,490 &lt;b&gt; &amp; &quot;x&quot;');
});
