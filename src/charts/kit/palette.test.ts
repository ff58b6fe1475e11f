import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { deVar } from '../export/svg.ts';
import { periodCss } from '../world-map/period-css.ts';
import { DARK, LIGHT, TOKENS, paletteCss, tokenBlock } from './palette.ts';

const read = (path: string) =>
  readFileSync(new URL(path, import.meta.url), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

describe('paletteCss()', () => {
  const css = paletteCss();
  test('declares every token, light by default and dark for the system setting and the reader’s choice', () => {
    for (const t of TOKENS) {
      expect(css).toContain(`--${t}: ${LIGHT[t]};`);
      expect(css.split(`--${t}: ${DARK[t]};`).length - 1).toBe(LIGHT[t] === DARK[t] ? 3 : 2);
    }
    expect(css).toMatch(
      /@media screen and \(prefers-color-scheme: dark\) \{\s*:root:not\(\[data-theme='light'\]\)/,
    );
    expect(css).toMatch(/@media screen \{\s*:root\[data-theme='dark'\]/);
  });
  test('tokenBlock() writes the light values on one selector', () => {
    expect(tokenBlock(':root')).toContain(`--cat-1: ${LIGHT['cat-1']};`);
  });
});

// The charts' CSS is copied into the standalone SVG downloads, where deVar() resolves each token
// to its light value: a colour written any other way would be missed by the theme or the export.
describe.each([
  ['timeline/svg.css', () => read('../timeline/svg.css')],
  ['world-map/svg.css', () => read('../world-map/svg.css')],
  ['periodCss()', () => periodCss()],
])('%s', (_name, css) => {
  test('writes colours only as palette tokens', () => {
    const text = css();
    expect(text.match(/var\(--/g)?.length ?? 0).toBeGreaterThan(3);
    expect(text).not.toMatch(/#[0-9a-f]{3,8}\b|rgba?\(|hsla?\(/i);
    expect(() => deVar(text)).not.toThrow();
    for (const [, name] of text.matchAll(/var\(--([\w-]+)\)/g))
      expect(TOKENS as readonly string[], `var(--${name}) has no fallback and is not a token`).toContain(
        name,
      );
  });
});
