// Each page keeps only the CSS that can apply to it. Every stylesheet is inline (astro.config.mjs)
// and every chart's CSS is on every page (the chapters' MDX components are imported by every
// chapter route), so a chapter with no chart paid for three charts' rules in style and layout
// before its first paint. After the build, a rule is dropped from a page when no element of the
// page can ever match it: each of its selectors needs a class that is neither in the page's HTML
// nor in any of its scripts, or an Astro scope attribute (data-astro-cid-…, written only at build
// time) that is not in the page. Then the page's Content-Security-Policy is given the new
// stylesheet's hash in place of the old one.
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform, type SelectorComponent } from 'lightningcss';

/** What a page can match: the classes its elements have or its scripts may give them, and its
 * scope attributes. */
export interface PageTokens {
  classes: Set<string>;
  scripts: string;
  scopes: Set<string>;
}

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The classes and scope attributes of a page's HTML (not counting its styles), and its scripts. */
export function pageTokens(html: string): PageTokens {
  const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
  const markup = html
    .replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, '')
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
  // Class names as the browser reads them: "[&amp;_a]:py-1" in the HTML is the class [&_a]:py-1.
  const decode = (v: string) =>
    v.replace(
      /&(amp|quot|#39|lt|gt);|&#(\d+);|&#x([0-9a-f]+);/gi,
      (whole, name?: string, dec?: string, hex?: string) =>
        name
          ? ({ amp: '&', quot: '"', '#39': "'", lt: '<', gt: '>' }[name.toLowerCase()] ?? whole)
          : String.fromCodePoint(dec ? Number(dec) : parseInt(hex!, 16)),
    );
  const classes = new Set<string>();
  for (const m of markup.matchAll(/\sclass="([^"]*)"/g))
    for (const c of decode(m[1]!).split(/\s+/)) if (c) classes.add(c);
  for (const m of markup.matchAll(/\sclass=([^\s">]+)/g)) classes.add(decode(m[1]!));
  const scopes = new Set([...markup.matchAll(/\s(data-astro-cid-[a-z0-9]+)/g)].map((m) => m[1]!));
  return { classes, scripts, scopes };
}

/** Whether an element of the page may have this class: in its HTML, or named in a script (the
 * whole name, or a stem ending in "-" that a script may complete, as `tl-${kind}`). */
function classLive(name: string, t: PageTokens): boolean {
  if (t.classes.has(name) || t.scripts.includes(name)) return true;
  for (let i = name.indexOf('-'); i > 0; i = name.indexOf('-', i + 1)) {
    const stem = name.slice(0, i + 1);
    if (['${', '"', "'", '`'].some((end) => t.scripts.includes(stem + end))) return true;
  }
  return false;
}

/** Whether one selector can match on the page: only its own compounds count, never what is
 * inside :not(), :is(), :where() or :has(). A nested selector (&) is always kept. */
function selectorLive(selector: SelectorComponent[], t: PageTokens): boolean {
  for (const c of selector) {
    if (c.type === 'nesting') return true;
    if (c.type === 'class' && !classLive(c.name, t)) return false;
    if (c.type === 'attribute' && c.name.startsWith('data-astro-cid-') && !t.scopes.has(c.name)) return false;
  }
  return true;
}

/** The stylesheet without the rules no element of the page can match. */
export function pruneCss(css: string, t: PageTokens): string {
  const { code } = transform({
    filename: 'page.css',
    code: Buffer.from(css),
    minify: true,
    visitor: {
      Rule: {
        style(rule) {
          return rule.value.selectors.some((s) => selectorLive(s, t)) ? undefined : [];
        },
      },
    },
  });
  return code.toString();
}

/** A built page with each inline stylesheet pruned and its policy's hashes following. */
export function prunePage(html: string): string {
  const tokens = pageTokens(html);
  const swaps: [string, string][] = [];
  const out = html.replace(
    /(<style\b[^>]*>)([\s\S]*?)(<\/style>)/g,
    (_, open: string, css: string, close: string) => {
      const pruned = pruneCss(css, tokens);
      if (pruned !== css) swaps.push([hash(css), hash(pruned)]);
      return open + pruned + close;
    },
  );
  return out.replace(
    /(<meta http-equiv="content-security-policy" content=")([^"]*)"/,
    (_, open: string, policy: string) => {
      let p = policy;
      for (const [from, to] of swaps) p = p.replace(from, to);
      return `${open}${p}"`;
    },
  );
}

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });

export function pageCss(): AstroIntegration {
  return {
    name: 'page-css',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const files = htmlFiles(fileURLToPath(dir));
        let before = 0;
        let after = 0;
        for (const file of files) {
          const html = readFileSync(file, 'utf8');
          const pruned = prunePage(html);
          before += html.length;
          after += pruned.length;
          if (pruned !== html) writeFileSync(file, pruned);
        }
        logger.info(
          `kept only the CSS each page can use: ${files.length} pages, ${Math.round((before - after) / 1024)} KB of rules dropped`,
        );
      },
    },
  };
}
