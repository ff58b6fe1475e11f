// A data file's rows checked one by one as it is read, so that a mistake is reported the way an
// editor can act on it: the file and YAML line, the row's id, the field, the value written, and
// how to write it. (The collection schema alone reports `figures.0.value` at :0:0.)
import { isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { z } from 'astro/zod';

export interface RowProblem {
  file: string;
  line: number;
  id: string;
  field: string;
  value: unknown;
  message: string;
}

/** How to write a value the schema did not take, when a wrong type says more than the schema. */
export function hint(expected: string | undefined, value: unknown): string | undefined {
  if (expected === 'number' && typeof value === 'string') {
    const digits = value.replace(/[\s,'"’_]/g, '');
    if (/^\d+(\.\d+)?$/.test(digits)) return `write ${digits}: digits only, no quotes or commas`;
    return 'write a number: digits only, no quotes or commas';
  }
  if (expected === 'array' && typeof value === 'string') return `write a list: [${value}]`;
  return undefined;
}

/** Every row of a YAML data file that its schema rejects, with its line. Throws on bad YAML. */
export function checkRows(
  file: string,
  text: string,
  schema: z.ZodType,
): { rows: unknown; problems: RowProblem[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { schema: 'core', uniqueKeys: true, lineCounter: lines });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    throw new Error(
      `${file}:${e.linePos?.[0].line ?? 0} — the YAML cannot be read: ${e.message.split('\n')[0]}`,
    );
  }
  const rows = doc.toJS() as unknown;
  const problems: RowProblem[] = [];
  const seq = doc.contents;
  if (!Array.isArray(rows) || !isSeq(seq)) return { rows, problems };
  const lineOf = (node: unknown) =>
    (node as YamlNode | undefined)?.range ? lines.linePos((node as YamlNode).range![0]).line : 0;
  rows.forEach((row: unknown, i) => {
    const result = schema.safeParse(row);
    if (result.success) return;
    const rowNode = seq.items[i];
    const id = String((row as { id?: unknown } | null)?.id ?? `row ${i + 1}`);
    for (const issue of result.error.issues) {
      const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
      // The deepest node the YAML has on that path: the value, else the row itself.
      let node: unknown = rowNode;
      let value: unknown = row;
      for (const key of path) {
        const next = isMap(node) || isSeq(node) ? node.get(key, true) : undefined;
        if (next === undefined) break;
        node = next;
        value = (value as Record<string, unknown>)?.[key as string];
      }
      const expected = 'expected' in issue ? String(issue.expected) : undefined;
      const how = hint(expected, value);
      problems.push({
        file,
        line: lineOf(node),
        id,
        field: path.join('.') || '(the row)',
        value,
        message: issue.message + (how ? `; ${how}` : ''),
      });
    }
  });
  return { rows, problems };
}

export function formatRowProblems(problems: readonly RowProblem[]): string {
  return problems
    .map((p) => {
      const shown =
        p.value === undefined || typeof p.value === 'object' ? '' : ` (written ${JSON.stringify(p.value)})`;
      return `  ${p.file}:${p.line} (id: ${p.id}) — ${p.field}${shown}: ${p.message}`;
    })
    .join('\n');
}
