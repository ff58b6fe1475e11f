// From a rendered chart to a standalone SVG: find the chart's main <svg> in the component's
// markup, drop what only works in the page (scripts, JS-only parts, CSS custom properties), add
// title and sources. The markup is read with parse5, the HTML standard's parser, not as text.
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { escapeHtml as escapeXML } from '../kit/escape.ts';
import { LIGHT, TOKENS, type Token } from '../kit/palette.ts';
import { wrap } from '../kit/text.ts';
import { blockHeight, textBlock, type Lines } from './text.ts';

/** An element as the export handles it: text decoded, attributes in their order. */
export interface El {
  tag: string;
  attrs: [string, string][];
  children: Node[];
}
export type Node = El | string;

type Parsed = DefaultTreeAdapterMap['childNode'];

function fromParsed(node: Parsed): Node | undefined {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  if (!('tagName' in node)) return undefined; // comments, doctypes
  // A <template>'s markup is its content, as it is in the markup (the revenue chart's export).
  const kids = node.tagName === 'template' ? (node as DefaultTreeAdapterMap['template']).content : node;
  return {
    tag: node.tagName,
    attrs: node.attrs.map((a) => [a.prefix ? `${a.prefix}:${a.name}` : a.name, a.value]),
    children: kids.childNodes.flatMap((c) => fromParsed(c) ?? []),
  };
}

/** Rendered markup (a component's HTML) as a tree under a synthetic root, read by parse5 as a
 * browser reads it (SVG names keep their case: viewBox, linearGradient). */
export function parseMarkup(html: string): El {
  return {
    tag: '#root',
    attrs: [],
    children: parseFragment(html).childNodes.flatMap((c) => fromParsed(c) ?? []),
  };
}

export const attr = (el: El, name: string) => el.attrs.find(([k]) => k === name)?.[1];

/** Every element under `el` (not `el` itself) that matches, in document order. */
export function findAll(el: El, match: (e: El) => boolean, into: El[] = []): El[] {
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (match(c)) into.push(c);
    findAll(c, match, into);
  }
  return into;
}

export function textContent(node: Node): string {
  return typeof node === 'string' ? node : node.children.map(textContent).join('');
}

/** Well-formed XML for a tree; every attribute gets a value (`hidden` → `hidden=""`). */
export function toXML(node: Node): string {
  if (typeof node === 'string') return escapeXML(node);
  const attrs = node.attrs.map(([k, v]) => ` ${k}="${escapeXML(v)}"`).join('');
  const inner = node.children.map(toXML).join('');
  return inner ? `<${node.tag}${attrs}>${inner}</${node.tag}>` : `<${node.tag}${attrs}/>`;
}

export interface ChartSvg {
  el: El;
  /** viewBox as [minX, minY, width, height]. */
  box: [number, number, number, number];
}

export function viewBox(el: El): [number, number, number, number] | undefined {
  const vb = attr(el, 'viewBox')
    ?.trim()
    .split(/[\s,]+/)
    .map(Number);
  if (vb?.length === 4 && vb.every(Number.isFinite) && vb[2]! > 0 && vb[3]! > 0)
    return vb as [number, number, number, number];
  const w = Number(attr(el, 'width')),
    h = Number(attr(el, 'height'));
  return w > 0 && h > 0 ? [0, 0, w, h] : undefined;
}

/** <svg> elements under `el` that are not inside another <svg>. */
function outerSvgs(el: El, into: El[] = []): El[] {
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (c.tag === 'svg') into.push(c);
    else outerSvgs(c, into);
  }
  return into;
}

/**
 * The chart's main SVG in its markup: inside the element with data-chart="<slug>", the <svg> marked
 * `data-export`, else the one with the widest viewBox (a desktop arrangement over a phone one).
 */
export function findChartSvg(html: string | El, slug: string): ChartSvg | undefined {
  const doc = typeof html === 'string' ? parseMarkup(html) : html;
  const root = findAll(doc, (e) => attr(e, 'data-chart') === slug)[0];
  if (!root) return undefined;
  const candidates = outerSvgs(root)
    .map((el) => ({ el, box: viewBox(el) }))
    .filter((c): c is ChartSvg => c.box !== undefined);
  const marked = candidates.find((c) => attr(c.el, 'data-export') !== undefined);
  return marked ?? candidates.sort((a, b) => b.box[2] - a.box[2])[0];
}

/**
 * The chart with its rules inside it. In the page they are processed CSS (the
 * Content-Security-Policy allows no inline <style>); a standalone file must carry its own.
 */
export function withStyle(chart: ChartSvg, css: string): ChartSvg {
  const rules = css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!rules) return chart;
  return {
    ...chart,
    el: { ...chart.el, children: [{ tag: 'style', attrs: [], children: [rules] }, ...chart.el.children] },
  };
}

/** Replaces every `var(--token)` with the palette's light value (src/charts/kit/palette.ts), so the
 * file keeps its colours anywhere, PNG renderers included; any other var() with its fallback. */
export function deVar(s: string, where = 'SVG'): string {
  let out = '';
  let i = 0;
  for (let at = s.indexOf('var(', i); at >= 0; at = s.indexOf('var(', i)) {
    out += s.slice(i, at);
    let depth = 0;
    let comma = -1;
    let end = at + 3;
    for (; end < s.length; end++) {
      const ch = s[end];
      if (ch === '(') depth++;
      else if (ch === ')' && --depth === 0) break;
      else if (ch === ',' && depth === 1 && comma < 0) comma = end;
    }
    const name = s.slice(at + 4, comma < 0 ? end : comma).trim();
    const token = name.replace(/^--/, '') as Token;
    if (TOKENS.includes(token)) out += LIGHT[token];
    else if (comma >= 0) out += deVar(s.slice(comma + 1, end).trim(), where);
    else
      throw new Error(
        `${where}: var(${name}) is not a palette token and has no fallback; use one of ${TOKENS.map((t) => `--${t}`).join(', ')}, or write var(${name}, value).`,
      );
    i = end + 1;
  }
  return out + s.slice(i);
}

const DROP_ATTR = /^(data-astro|tabindex$|on)/;

/** A copy without scripts, JS-only parts, `data-export-skip` parts or page-only attributes. */
export function cleanTree(el: El): El {
  const keep = (n: Node): n is Node =>
    typeof n === 'string' ||
    (n.tag !== 'script' &&
      attr(n, 'data-export-skip') === undefined &&
      !(attr(n, 'class') ?? '').split(/\s+/).includes('js-only'));
  return {
    tag: el.tag,
    attrs: el.attrs.filter(([k]) => !DROP_ATTR.test(k)),
    children: el.children.filter(keep).map((c) => (typeof c === 'string' ? c : cleanTree(c))),
  };
}

export const FONT = 'system-ui, DejaVu Sans, sans-serif';

/** The chart as a nested <svg> placed at x, y, w × h, keeping its own coordinate system. */
export function nestedChart(
  chart: ChartSvg,
  x: number,
  y: number,
  w: number,
  h: number,
  slug: string,
): string {
  const el = cleanTree(chart.el);
  const skip = new Set(['width', 'height', 'x', 'y', 'style', 'viewBox', 'xmlns', 'preserveAspectRatio']);
  const attrs = el.attrs.filter(([k]) => !skip.has(k));
  const inner: El = {
    tag: 'svg',
    attrs: [
      ['x', String(x)],
      ['y', String(y)],
      ['width', String(w)],
      ['height', String(h)],
      ['viewBox', chart.box.join(' ')],
      ['preserveAspectRatio', 'xMidYMid meet'],
      ...attrs,
    ],
    children: el.children,
  };
  return deVar(toXML(inner), `The ${slug} chart's SVG`);
}

export interface StandaloneOptions {
  slug: string;
  title: string;
  /** Caption and source lines, as shown under the chart. */
  notes: string[];
  /** "Site name · address of the chapter". */
  credit: string;
}

/** The standalone file: background, title, the chart at its own scale, notes and credit. */
export function standaloneSvg(
  chart: ChartSvg,
  o: StandaloneOptions,
): { svg: string; width: number; height: number } {
  const pad = 24;
  const [, , chartW, chartH] = chart.box;
  // Narrow (phone-shaped) charts sit centred on a page wide enough for the title.
  const inner = Math.max(chartW, 480);
  const width = Math.round(inner + 2 * pad);
  const title: Lines = { lines: wrap(o.title, inner, 22, true), size: 22, leading: 28 };
  const notes: Lines = { lines: o.notes.flatMap((n) => wrap(n, inner, 13)), size: 13, leading: 18 };
  const credit: Lines = { lines: wrap(o.credit, inner, 13), size: 13, leading: 18 };
  const chartY = pad + blockHeight(title) + 16;
  const notesY = chartY + chartH + 16;
  const creditY = notesY + blockHeight(notes) + (notes.lines.length ? 8 : 0);
  const height = Math.round(creditY + blockHeight(credit) + pad);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"` +
    ` font-family="${FONT}" color="${LIGHT.ink}">` +
    `<title>${escapeXML(o.title)}</title>` +
    `<rect width="${width}" height="${height}" fill="${LIGHT.bg}"/>` +
    textBlock(pad, pad, title, LIGHT.ink, 700) +
    nestedChart(chart, pad + (inner - chartW) / 2, chartY, chartW, chartH, o.slug) +
    textBlock(pad, notesY, notes, LIGHT.muted) +
    textBlock(pad, creditY, credit, LIGHT.muted) +
    `</svg>\n`;
  return { svg, width, height };
}

/** The figure's caption and source line, as plain text lines. */
export function figureNotes(html: string | El, slug: string): string[] {
  const doc = typeof html === 'string' ? parseMarkup(html) : html;
  const figure = findAll(doc, (e) => attr(e, 'data-chart-figure') === slug)[0];
  const caption = figure && findAll(figure, (e) => e.tag === 'figcaption')[0];
  if (!caption) return [];
  const paras = findAll(caption, (e) => e.tag === 'p');
  return (paras.length ? paras : [caption])
    .map((p) =>
      textContent(p)
        .replace(/\s+/g, ' ')
        .replace(/ ([;,.:])/g, '$1')
        .trim(),
    )
    .filter(Boolean);
}
