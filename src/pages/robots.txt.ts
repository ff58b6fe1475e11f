// robots.txt: everything may be crawled; the embeds keep themselves out of results with their
// own noindex (a Disallow would hide that from crawlers). Points at the sitemap.
import type { APIRoute } from 'astro';
import { absolute } from '../lib/url.ts';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absolute('sitemap-index.xml')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
