// The props a chapter gives a chart's tag, read from its MDX text at build time so that the
// registry can tell which view of a chart each chapter shows before anything is rendered.
// Only literal values count (strings, numbers, booleans, lists of strings); an expression that
// is not one of those is kept as written, so a view keyed by it is still unique and stable.

export type TagProps = Record<string, string>;

/** `{/* … *\/}` and `<!-- … -->` comments: a chart commented out is not placed. */
const COMMENTS = /\{\/\*[\s\S]*?\*\/\}|<!--[\s\S]*?-->/g;

const ATTR = /([A-Za-z_][\w-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|\{([^}]*)\}))?/g;

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

/** Each use of `<tag …>` in the text, with its props; a bare prop (`compact`) reads "true". */
export function tagUses(body: string, tag: string): TagProps[] {
  const text = body.replace(COMMENTS, '');
  const open = new RegExp(`<${tag}(?=[\\s/>])((?:[^>"'{]|"[^"]*"|'[^']*'|\\{[^}]*\\})*)>`, 'g');
  return [...text.matchAll(open)].map((m) => {
    const props: TagProps = {};
    for (const a of m[1]!.replace(/\/\s*$/, '').matchAll(ATTR)) {
      const [, name, dq, sq, expr] = a;
      props[name!] = dq ?? sq ?? (expr !== undefined ? literal(expr) : 'true');
    }
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
