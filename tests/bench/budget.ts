// The performance budget, read from the built site (bytes are deterministic, timings are not):
// per page, HTML raw/gzip/brotli, JavaScript loaded at start, CSS, the CSS on the critical path
// and the requests that block the first paint, requests, other origins.
// Exits 1 when a page is over budget. Usage: node tests/bench/budget.ts [dist-dir] [--json]
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

export interface Budget {
  /** JavaScript run at start, inline and loaded (gzip). */
  js: number;
  /** The page's HTML, its inline CSS and scripts included (gzip). */
  html: number;
  /** CSS the browser must have before it paints: inline in <head> or render-blocking (gzip). */
  criticalCss: number;
  /** Requests that block the first paint (stylesheets, classic scripts in <head>). */
  blocking: number;
  /** Everything the page loads at start (gzip). */
  total: number;
}
// Tightened to what the first-paint work reached (December 2026), 2–7% above each kind's largest
// page: an edit that adds a chart or a long table should meet them and be weighed. Every stylesheet is inline in <head> (astro.config.mjs), so no
// request blocks the first paint and the critical CSS is all of a page's CSS, pruned to what the
// page can use (src/integrations/page-css.ts): 4.7 KB on a chapter with no chart, 9.8 KB on the
// one-page story, an embed's 6.2 KB at most. The one-page story (/) is 160.0 KB of HTML, most of it
// the charts' inline SVG and the text of seven chapters; the largest other page, chapter 7, 61.7 KB
// and 8.6 KB of CSS; the full timeline's embed 35.5 KB; the most JS on a page 4.9 KB. The revenue
// embed's script is 2.0 KB since its estimate line is redrawn around the labels.
export type PageKind = 'story' | 'page' | 'embed';
export const BUDGETS: Record<PageKind, Budget> = {
  story: { html: 165 * 1024, js: 6 * 1024, criticalCss: 10 * 1024, blocking: 0, total: 165 * 1024 },
  page: { html: 64 * 1024, js: 6 * 1024, criticalCss: 9 * 1024, blocking: 0, total: 64 * 1024 },
  embed: { html: 38 * 1024, js: 2.5 * 1024, criticalCss: 6.5 * 1024, blocking: 0, total: 38 * 1024 },
};

const kib = (bytes: number) => `${bytes / 1024} KB`;

/** Files a host page loads from us, with their own budgets (gzip bytes). */
export const ASSET_BUDGETS: Record<string, number> = { 'embed.js': 1024 };

const gz = (b: Buffer | string) => gzipSync(b, { level: 9 }).length;
const br = (b: Buffer | string) => brotliCompressSync(b).length;

export interface PageReport {
  page: string;
  kind: PageKind;
  html: number;
  htmlGzip: number;
  htmlBrotli: number;
  jsGzip: number;
  cssGzip: number;
  criticalCssGzip: number;
  blocking: string[];
  otherGzip: number;
  totalGzip: number;
  requests: number;
  foreign: string[];
  over: string[];
}

const attr = (tag: string, name: string) => new RegExp(`\\b${name}=["']([^"']+)["']`).exec(tag)?.[1];

interface Resource {
  url: string;
  type: 'js' | 'css' | 'other';
  /** Blocks the first paint: a stylesheet for screens, or a classic script in <head>. */
  blocking?: boolean;
}

/** Sub-resources a page loads at start: scripts, stylesheets, icons, images, preloads. */
function resources(html: string): Resource[] {
  const out: Resource[] = [];
  const headEnd = html.search(/<body\b/);
  const noTemplates = html
    .replace(/<template[\s\S]*?<\/template>/g, '')
    .replace(/<textarea[\s\S]*?<\/textarea>/g, '');
  for (const m of noTemplates.matchAll(/<script\b[^>]*>/g)) {
    const [tag] = m;
    const src = attr(tag, 'src');
    const classic = !/\b(async|defer)\b|type=["']?module/.test(tag);
    if (src) out.push({ url: src, type: 'js', blocking: classic && (headEnd < 0 || m.index < headEnd) });
  }
  for (const [tag] of noTemplates.matchAll(/<link\b[^>]*>/g)) {
    const rel = attr(tag, 'rel') ?? '';
    const href = attr(tag, 'href');
    if (!href) continue;
    if (rel === 'stylesheet') out.push({ url: href, type: 'css', blocking: attr(tag, 'media') !== 'print' });
    else if (/icon|preload|modulepreload/.test(rel))
      out.push({ url: href, type: rel === 'modulepreload' ? 'js' : 'other' });
  }
  for (const [tag] of noTemplates.matchAll(/<(?:img|source|video|audio|iframe)\b[^>]*>/g)) {
    const src = attr(tag, 'src');
    if (src && !src.startsWith('data:')) out.push({ url: src, type: 'other' });
  }
  return out;
}

/** Static imports of a module, to count the chunks it pulls in at start. */
const importsOf = (code: string) =>
  [...code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)].map((m) => m[1] ?? '');

export function measure(dist: string, base = '/'): PageReport[] {
  const reports: PageReport[] = [];
  const fileOf = (url: string, from: string): string | undefined => {
    if (/^(https?:)?\/\//.test(url)) return undefined;
    const path = url.split(/[?#]/)[0] ?? '';
    const abs = path.startsWith('/') ? join(dist, path.slice(base.length - 1)) : join(from, path);
    return existsSync(abs) && statSync(abs).isFile() ? abs : undefined;
  };
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.html')) pages.push(p);
    }
  };
  walk(dist);
  for (const file of pages.sort()) {
    const html = readFileSync(file);
    const text = html.toString('utf8');
    const page =
      '/' +
      relative(dist, file)
        .split(sep)
        .join('/')
        .replace(/index\.html$/, '');
    const kind: PageKind = page.startsWith('/embed/') ? 'embed' : page === '/' ? 'story' : 'page';
    // Inline scripts and styles are counted as JS and CSS, and as part of the HTML they travel in.
    let js = 0;
    let css = 0;
    let criticalCss = 0;
    let loaded = 0;
    let other = 0;
    let requests = 0;
    const foreign: string[] = [];
    const blocking: string[] = [];
    const seen = new Set<string>();
    const headEnd = text.search(/<body\b/);
    for (const m of text.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
      if (!/type=["']application\/(ld\+)?json/.test(m[0])) js += gz(m[1] ?? '');
    }
    for (const m of text.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) {
      css += gz(m[1] ?? '');
      if (m.index < headEnd) criticalCss += gz(m[1] ?? '');
    }
    const queue = resources(text).map((r) => ({ ...r, from: join(file, '..') }));
    while (queue.length) {
      const r = queue.shift()!;
      if (/^(https?:)?\/\//.test(r.url)) {
        foreign.push(r.url);
        continue;
      }
      const f = fileOf(r.url, r.from);
      if (!f || seen.has(f)) continue;
      seen.add(f);
      requests++;
      const body = readFileSync(f);
      if (r.blocking) blocking.push(r.url);
      if (r.type !== 'other') loaded += gz(body);
      if (r.type === 'js') {
        js += gz(body);
        for (const imp of importsOf(body.toString('utf8')))
          queue.push({ url: imp, type: 'js', from: join(f, '..') });
      } else if (r.type === 'css') {
        css += gz(body);
        if (r.blocking) criticalCss += gz(body);
        for (const u of body.toString('utf8').matchAll(/url\(["']?([^"')]+)["']?\)/g))
          if (!u[1]!.startsWith('data:')) queue.push({ url: u[1]!, type: 'other', from: join(f, '..') });
      } else other += /\.(woff2?|png|jpe?g|webp|avif)$/.test(f) ? body.length : gz(body);
    }
    const htmlGzip = gz(html);
    const totalGzip = htmlGzip + loaded + other;
    const budget = BUDGETS[kind];
    const over: string[] = [];
    if (js > budget.js) over.push(`JS ${js} B > ${budget.js} B`);
    if (htmlGzip > budget.html) over.push(`HTML ${htmlGzip} B > ${budget.html} B`);
    if (criticalCss > budget.criticalCss)
      over.push(`critical CSS ${criticalCss} B > ${budget.criticalCss} B`);
    if (blocking.length > budget.blocking)
      over.push(`${blocking.length} render-blocking request(s): ${blocking.join(', ')}`);
    if (totalGzip > budget.total) over.push(`total ${totalGzip} B > ${budget.total} B`);
    if (foreign.length) over.push(`${foreign.length} request(s) to other origins`);
    reports.push({
      page,
      kind,
      html: html.length,
      htmlGzip,
      htmlBrotli: br(html),
      jsGzip: js,
      cssGzip: css,
      criticalCssGzip: criticalCss,
      blocking,
      otherGzip: other,
      totalGzip,
      requests: requests + 1,
      foreign,
      over,
    });
  }
  return reports;
}

const kb = (n: number) => (n / 1024).toFixed(1);

if (import.meta.main) {
  const args = process.argv.slice(2);
  const dist = resolve(args.find((a) => !a.startsWith('--')) ?? process.env.ASTRO_OUT_DIR ?? 'dist');
  if (!existsSync(dist)) {
    console.error(`No build at ${dist}: run \`npm run build\` first.`);
    process.exit(1);
  }
  const base = process.env.BASE_PATH
    ? `/${process.env.BASE_PATH.replace(/^\/|\/$/g, '')}/`.replace('//', '/')
    : '/';
  const reports = measure(dist, base);
  if (args.includes('--json')) console.log(JSON.stringify(reports, null, 2));
  else {
    const line = (b: Budget) =>
      `HTML ≤ ${kib(b.html)}, JS ≤ ${kib(b.js)}, critical CSS ≤ ${kib(b.criticalCss)}, ${b.blocking} blocking request(s), total ≤ ${kib(b.total)}`;
    console.log(
      `Budgets (gzip): the one-page story ${line(BUDGETS.story)}; chapters and other pages ${line(BUDGETS.page)}; embeds ${line(BUDGETS.embed)}; 0 other origins.`,
    );
    console.log(
      'page'.padEnd(34),
      'html',
      'gzip',
      ' br ',
      '  js',
      ' css',
      'crit',
      'blk',
      'total',
      'req',
      'ext',
      '',
    );
    for (const r of reports)
      console.log(
        r.page.padEnd(34),
        kb(r.html).padStart(4),
        kb(r.htmlGzip).padStart(4),
        kb(r.htmlBrotli).padStart(4),
        kb(r.jsGzip).padStart(4),
        kb(r.cssGzip).padStart(4),
        kb(r.criticalCssGzip).padStart(4),
        String(r.blocking.length).padStart(3),
        kb(r.totalGzip).padStart(5),
        String(r.requests).padStart(3),
        String(r.foreign.length).padStart(3),
        r.over.length ? `OVER: ${r.over.join('; ')}` : 'ok',
      );
    console.log(
      '(KB; gzip unless marked; "br" = HTML brotli; js and css count inline and loaded; crit = CSS before first paint (inline in <head> or blocking); blk = render-blocking requests; total = HTML + loaded JS, CSS, fonts, images)',
    );
  }
  let assetsOver = 0;
  for (const [asset, budget] of Object.entries(ASSET_BUDGETS)) {
    const file = join(dist, asset);
    const size = existsSync(file) ? gz(readFileSync(file)) : Infinity;
    const ok = size <= budget;
    if (!ok) assetsOver++;
    console.log(`/${asset}: ${size} B gzip (budget ${budget} B) ${ok ? 'ok' : 'OVER'}`);
  }
  const failing = reports.filter((r) => r.over.length);
  if (assetsOver) {
    console.error(`${assetsOver} asset(s) over budget or missing.`);
    process.exit(1);
  }
  if (failing.length) {
    console.error(`${failing.length} page(s) over budget.`);
    process.exit(1);
  }
}
