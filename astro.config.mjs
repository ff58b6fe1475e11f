// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { chartExports } from './src/integrations/chart-exports.ts';
import { CSP_DIRECTIVES } from './src/security/csp.ts';

// Where the site lives: set SITE_URL (and BASE_PATH for a sub-path) when deploying.
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  // Lets parallel builds (tests, helpers) write to their own folders.
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  compressHTML: true,
  build: { format: 'directory', inlineStylesheets: 'auto' },
  integrations: [mdx(), chartExports()],
  vite: { plugins: [tailwindcss()] },
  devToolbar: { enabled: false },
  // A strict Content-Security-Policy in every page's <meta>: Astro hashes the scripts and styles
  // it emits, so nothing an editor or an attacker writes into a page can run (README: Security).
  security: { csp: { directives: CSP_DIRECTIVES } },
});
