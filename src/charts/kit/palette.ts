// The one palette. The page's CSS colour tokens (light, dark by system setting, dark by the
// reader's choice) are generated from it (virtual:palette.css), the standalone SVG downloads
// carry its light values, and the export's own drawing reads them here: no colour is typed twice.

export const TOKENS = [
  'bg',
  'surface',
  'ink',
  'muted',
  'rule',
  'link',
  'accent',
  'focus',
  'chart-ink',
  'chart-muted',
  'chart-grid',
  'chart-land',
  'chart-land-stroke',
  'chart-water',
  'cat-1',
  'cat-2',
  'cat-3',
  'cat-4',
  'cat-5',
  'cat-6',
] as const;
export type Token = (typeof TOKENS)[number];
export type Palette = Record<Token, string>;

export const LIGHT: Palette = {
  bg: '#fbfaf7',
  surface: '#f1eee7',
  ink: '#1a1a1a',
  muted: '#585550',
  rule: '#d9d4ca',
  link: '#0a56a0',
  accent: '#b3261e',
  focus: '#0a56a0',
  'chart-ink': '#1a1a1a',
  'chart-muted': '#585550',
  'chart-grid': '#ddd8ce',
  'chart-land': '#e6e2d9',
  'chart-land-stroke': '#fbfaf7',
  'chart-water': '#fbfaf7',
  'cat-1': '#0b62a4',
  'cat-2': '#c2410c',
  'cat-3': '#047857',
  'cat-4': '#7e22ce',
  'cat-5': '#8a5a00',
  'cat-6': '#57534e',
};

export const DARK: Palette = {
  bg: '#121416',
  surface: '#1c1f22',
  ink: '#ecebe8',
  muted: '#aeb2b8',
  rule: '#363b40',
  link: '#8ab8f5',
  accent: '#ff8a80',
  focus: '#8ab8f5',
  'chart-ink': '#ecebe8',
  'chart-muted': '#aeb2b8',
  'chart-grid': '#31363b',
  'chart-land': '#2b3035',
  'chart-land-stroke': '#121416',
  'chart-water': '#121416',
  'cat-1': '#6cb6ff',
  'cat-2': '#ff9e64',
  'cat-3': '#4fd18b',
  'cat-4': '#d2a8ff',
  'cat-5': '#f2c14e',
  'cat-6': '#b5aea6',
};

/** A token as CSS: `var(--cat-1)`. Charts write colours only this way (or in CSS as var()). */
export const cssVar = (t: Token): string => `var(--${t})`;

const declarations = (p: Palette, indent: string) =>
  TOKENS.map((t) => `${indent}--${t}: ${p[t]};`).join('\n');

/** The light tokens on one selector: what a standalone SVG download carries. */
export const tokenBlock = (selector: string, p: Palette = LIGHT): string =>
  `${selector} {\n${declarations(p, '  ')}\n}\n`;

/** The page's tokens: light by default; dark by the system setting unless the reader chose light,
 * or by the reader's choice. Screens only for dark: paper always gets the light tokens. (The dark
 * values appear twice on purpose: light-dark() would say it once, but leaves browsers before 2024
 * with no colours.) */
export function paletteCss(): string {
  return (
    [
      `:root {\n  color-scheme: light;\n${declarations(LIGHT, '  ')}\n}`,
      `@media screen and (prefers-color-scheme: dark) {\n  :root:not([data-theme='light']) {\n    color-scheme: dark;\n${declarations(DARK, '    ')}\n  }\n}`,
      `@media screen {\n  :root[data-theme='dark'] {\n    color-scheme: dark;\n${declarations(DARK, '    ')}\n  }\n}`,
    ].join('\n') + '\n'
  );
}

export const PALETTE_CSS_ID = 'virtual:palette.css';

/** Serves paletteCss() to the pages as processed CSS (which the Content-Security-Policy allows). */
export function paletteCssPlugin() {
  const resolved = `\0${PALETTE_CSS_ID}`;
  return {
    name: 'palette-css',
    resolveId: (id: string) => (id === PALETTE_CSS_ID ? resolved : undefined),
    load: (id: string) => (id === resolved ? paletteCss() : undefined),
  };
}
