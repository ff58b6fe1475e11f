// A small, forgiving HTML reader for our own built pages, and an XML writer for what it reads:
// enough to lift a chart's <svg> out of an embed page and write it as a standalone file.
import { escapeHtml as escapeXML } from '../../charts/kit/escape.ts';

export interface El {
  tag: string;
  attrs: [string, string][];
  children: Node[];
}
export type Node = El | string;

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'wbr',
]);
const RAW = new Set(['script', 'style', 'textarea', 'title']);
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] !== '#') return NAMED[e.toLowerCase()] ?? m;
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return String.fromCodePoint(code);
  });
}

const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

function parseAttrs(src: string): [string, string][] {
  const out: [string, string][] = [];
  for (const m of src.matchAll(ATTR)) out.push([m[1]!, decodeEntities(m[2] ?? m[3] ?? m[4] ?? '')]);
  return out;
}

/** Parses HTML into a tree under a synthetic root; comments and doctypes are dropped. */
export function parseHTML(html: string): El {
  const root: El = { tag: '#root', attrs: [], children: [] };
  const stack: El[] = [root];
  const top = () => stack[stack.length - 1]!;
  const TAG =
    /<!--[\s\S]*?-->|<![^>]*>|<\/([a-zA-Z][^\s>]*)\s*>|<([a-zA-Z][^\s/>]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
  let last = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    if (m.index > last) top().children.push(decodeEntities(html.slice(last, m.index)));
    last = TAG.lastIndex;
    const [, close, open, rest = ''] = m;
    if (close) {
      const i = stack.findLastIndex((e) => e.tag === close);
      if (i > 0) stack.length = i;
    } else if (open) {
      const selfClosing = rest.trimEnd().endsWith('/');
      const el: El = {
        tag: open,
        attrs: parseAttrs(selfClosing ? rest.trimEnd().slice(0, -1) : rest),
        children: [],
      };
      top().children.push(el);
      const lower = open.toLowerCase();
      if (RAW.has(lower)) {
        const end = html.toLowerCase().indexOf(`</${lower}`, last);
        const stop = end < 0 ? html.length : end;
        if (stop > last)
          el.children.push(
            lower === 'textarea' || lower === 'title'
              ? decodeEntities(html.slice(last, stop))
              : html.slice(last, stop),
          );
        TAG.lastIndex = last = stop;
      } else if (!selfClosing && !VOID.has(lower)) stack.push(el);
    }
  }
  if (last < html.length) top().children.push(decodeEntities(html.slice(last)));
  return root;
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

export { escapeXML };

/** Well-formed XML for a tree; every attribute gets a value (`hidden` → `hidden=""`). */
export function toXML(node: Node): string {
  if (typeof node === 'string') return escapeXML(node);
  const attrs = node.attrs.map(([k, v]) => ` ${k}="${escapeXML(v)}"`).join('');
  const inner = node.children.map(toXML).join('');
  return inner ? `<${node.tag}${attrs}>${inner}</${node.tag}>` : `<${node.tag}${attrs}/>`;
}
