// Shared by the end-to-end specs: which pages the build produced, and common checks.
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';

// ASTRO_OUT_DIR may be relative to the project (as astro.config.mjs reads it) or absolute.
export const DIST =
  resolve(fileURLToPath(new URL('../../', import.meta.url)), process.env.ASTRO_OUT_DIR ?? 'dist') + sep;

/** Every HTML page in the build, as a URL path ("/", "/sources/", "/404.html"). */
export function builtPages(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) {
        const rel = relative(DIST, path).split(sep).join('/');
        out.push('/' + (rel.endsWith('index.html') ? rel.slice(0, -'index.html'.length) : rel));
      }
    }
  };
  walk(DIST);
  return out.sort();
}

export const storyPages = () => builtPages().filter((p) => !p.startsWith('/embed/'));

/** Layout shifts: their summed score, and for each what moved (element, text, from → to). */
export interface Shifts {
  score: number;
  moved: string[];
}

/** Layout shifts while the page loads and is scrolled top to bottom, so a failure says where
 * to look. */
export async function layoutShift(page: Page): Promise<Shifts> {
  await page.evaluate(() => {
    const w = window as unknown as { __cls: Shifts };
    w.__cls = { score: 0, moved: [] };
    type Shift = PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
      sources: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
    };
    const box = (r: DOMRectReadOnly) =>
      `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`;
    const name = (n?: Node) =>
      n instanceof Element
        ? `<${n.localName}${n.id ? '#' + n.id : ''}${n.classList.length ? '.' + [...n.classList].join('.') : ''}> “${(n.textContent ?? '').trim().slice(0, 40)}”`
        : (n?.nodeName ?? 'a removed node');
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as Shift[]) {
        if (e.hadRecentInput) continue;
        w.__cls.score += e.value;
        for (const s of e.sources)
          w.__cls.moved.push(
            `${e.value.toExponential(2)} at ${Math.round(e.startTime)} ms: ${name(s.node)} ${box(s.previousRect)} → ${box(s.currentRect)}`,
          );
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.evaluate(async () => {
    const step = innerHeight / 2;
    for (let y = 0; y <= document.documentElement.scrollHeight; y += step) {
      scrollTo(0, y);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    }
  });
  return page.evaluate(() => (window as unknown as { __cls: Shifts }).__cls);
}

/** True when the page is wider than the viewport (something scrolls sideways). */
export const scrollsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

/** A strict RFC 4180 parser, independent of the site's own CSV writer; like spreadsheets, it
 * reads a leading byte-order mark as the encoding's mark, not as text. */
export function parseCSV(csv: string): string[][] {
  const text = csv.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endCell();
    else if (c === '\r' && text[i + 1] === '\n') {
      endRow();
      i++;
    } else cell += c;
  }
  if (quoted) throw new Error('CSV ends inside a quoted cell');
  if (cell || row.length) endRow();
  const width = rows[0]?.length;
  rows.forEach((r, i) => {
    if (r.length !== width) throw new Error(`CSV row ${i} has ${r.length} cells, the header ${width}`);
  });
  return rows;
}
