// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import tailwindcss from '@tailwindcss/vite';
import { paletteCssPlugin } from './src/charts/kit/palette.ts';
import { periodCssPlugin } from './src/charts/world-map/period-css.ts';
import { targetsCssPlugin } from './src/charts/timeline/targets-css.ts';
import { requireSite } from './src/integrations/require-site.ts';
import { pageCss } from './src/integrations/page-css.ts';
import { CSP_DIRECTIVES } from './src/security/csp.ts';
import { chapterCheck } from './src/mdx/plugin.ts';

// Where the site lives: set SITE_URL (and BASE_PATH for a sub-path) when deploying. A build
// without it stops (requireSite); dev and `npm start` use localhost.
const site = process.env.SITE_URL || undefined;
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  // Lets parallel builds (tests, helpers) write to their own folders.
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  compressHTML: true,
  // Prism marks code with classes; Shiki's inline styles would break the CSP.
  markdown: { syntaxHighlight: 'prism' },
  // Every stylesheet inline in the page's <head>: the first screen paints from the page's own
  // first bytes, with no stylesheet request blocking it (a story is read one page at a time, so
  // there is little to cache across pages). Astro's CSP hashes each inlined stylesheet.
  build: { format: 'directory', inlineStylesheets: 'always' },
  // The chapters' MDX is checked as it is compiled (src/mdx/check.ts): no scripts, handlers, frames.
  // requireSite() comes first, so the sitemap sees a site in dev too.
  integrations: [
    requireSite(),
    mdx({ processor: satteri({ mdastPlugins: [chapterCheck] }) }),
    // After the build: each page keeps only the CSS that can apply to it.
    pageCss(),
    // The sitemap lists the story's pages; the embeds are noindex (canonical to their chapter).
    sitemap({ filter: (page) => !/\/(embed\/|404)/.test(page) }),
  ],
  vite: { plugins: [tailwindcss(), paletteCssPlugin(), periodCssPlugin(), targetsCssPlugin()] },
  devToolbar: { enabled: false },
  // A strict Content-Security-Policy in every page's <meta>: Astro hashes the scripts and styles
  // it emits, so nothing an editor or an attacker writes into a page can run (README: Security).
  security: { csp: { directives: CSP_DIRECTIVES } },
});
