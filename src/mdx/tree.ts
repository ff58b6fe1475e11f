// A chapter read as MDX, with the parser Astro compiles it with (Sätteri), so that what the
// checks see is what gets built: a commented-out {/* <Cite id="x" /> */} is no citation, and
// <Cite id={"x"} /> is one. Pure, so every check is unit-tested without a build.
import { mdxToMdast } from 'satteri';

export interface MdNode {
  type: string;
  name?: string | null;
  url?: string;
  value?: unknown;
  attributes?: MdAttribute[];
  children?: MdNode[];
  position?: { start: { line: number } };
}

export interface MdAttribute {
  type: string;
  name?: string;
  value?: string | null | { type: string; value: string };
}

/** A JSX element in the chapter: its tag, its attributes as text where they are text, its line. */
export interface Element {
  name: string;
  line: number;
  attrs: Map<string, Attr>;
  /** {...spread} attributes, which no check can read. */
  spreads: number;
  node: MdNode;
}

/** An attribute's value: text (written "x" or {"x"}), true (a bare attribute), or an expression. */
export type Attr = { text: string } | { bare: true } | { expression: string };

/** The whole file (frontmatter included, so that line numbers are the editor's). */
export const parseChapter = (text: string): MdNode =>
  mdxToMdast(text, { features: { frontmatter: true } }) as MdNode;

/** Every node in document order. */
export function* walk(node: MdNode): Generator<MdNode> {
  yield node;
  for (const c of node.children ?? []) yield* walk(c);
}

/** A JavaScript string literal's text: "x", 'x' or `x` (without ${}); otherwise undefined. */
export function literalText(expression: string): string | undefined {
  const s = expression.trim();
  const q = s[0];
  if (s.length < 2 || (q !== '"' && q !== "'" && q !== '`') || s.at(-1) !== q) return undefined;
  const inner = s.slice(1, -1);
  if (q === '`' && inner.includes('${')) return undefined;
  if (q === '"') {
    try {
      return JSON.parse(s) as string;
    } catch {
      return undefined;
    }
  }
  return inner.includes('\\') || inner.includes(q) ? undefined : inner;
}

function readAttr(a: MdAttribute): Attr {
  if (a.value === null || a.value === undefined) return { bare: true };
  if (typeof a.value === 'string') return { text: a.value };
  const text = literalText(a.value.value);
  return text === undefined ? { expression: a.value.value } : { text };
}

export function elements(tree: MdNode): Element[] {
  const out: Element[] = [];
  for (const n of walk(tree)) {
    if ((n.type !== 'mdxJsxFlowElement' && n.type !== 'mdxJsxTextElement') || !n.name) continue;
    const attrs = new Map<string, Attr>();
    let spreads = 0;
    for (const a of n.attributes ?? []) {
      if (a.type === 'mdxJsxAttribute' && a.name) attrs.set(a.name, readAttr(a));
      else spreads++;
    }
    out.push({ name: n.name, line: n.position?.start.line ?? 0, attrs, spreads, node: n });
  }
  return out;
}

export const textOf = (a: Attr | undefined): string | undefined => (a && 'text' in a ? a.text : undefined);
