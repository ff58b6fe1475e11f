// The props a chapter gives a chart's tag, read from its MDX text at build time so that the
// registry can tell which view of a chart each chapter shows before anything is rendered.
// Only literal values count (strings, numbers, booleans, lists of strings); an expression that
// is not one of those is kept as written, so a view keyed by it is still unique and stable.

import { elements, parseChapter } from '../mdx/tree.ts';

export type TagProps = Record<string, string>;

/** A literal JSX expression as text: {2017} → "2017", {['a', 'b']} → "a,b", {"x"} → "x". */
function literal(expr: string): string {
  const e = expr.trim();
  const list = /^\[([\s\S]*)\]$/.exec(e);
  if (list)
    return list[1]!
      .split(',')
      .map((s) => s.trim().replace(/^['"`]|['"`]$/g, ''))
      .filter(Boolean)
      .join(',');
  return e.replace(/^['"`]([\s\S]*)['"`]$/, '$1');
}

/** Each use of `<tag …>` in the chapter, with its props; a bare prop (`compact`) reads "true".
 * Read from the parsed MDX (src/mdx/tree.ts), so a tag inside a comment is not a use. */
export function tagUses(body: string, tag: string): TagProps[] {
  return elements(parseChapter(body))
    .filter((e) => e.name === tag)
    .map((e) => {
      const props: TagProps = {};
      for (const [name, a] of e.attrs)
        props[name] = 'text' in a ? a.text : 'bare' in a ? 'true' : literal(a.expression);
      return props;
    });
}

/** Props as a component receives them (numbers, lists, booleans), in the same text form. */
export function normalizeProps(props: Readonly<Record<string, unknown>>, names: readonly string[]): TagProps {
  const out: TagProps = {};
  for (const name of names) {
    const v = props[name];
    if (v === undefined || v === null || v === false) continue;
    out[name] = Array.isArray(v) ? v.map(String).join(',') : String(v);
  }
  return out;
}
