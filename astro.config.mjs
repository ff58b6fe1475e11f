// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { chartExports } from './src/integrations/chart-exports.ts';

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
  // The sitemap lists the story's pages; the embeds are noindex (canonical to their chapter).
  integrations: [mdx(), chartExports(), sitemap({ filter: (page) => !/\/(embed\/|404)/.test(page) })],
  vite: { plugins: [tailwindcss()] },
  devToolbar: { enabled: false },
});
