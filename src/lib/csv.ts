// RFC 4180 CSV from data rows. Nested objects become dotted columns (status.2017), lists of
// plain values are joined with spaces (sources), lists of records are kept as JSON text.
type Row = Record<string, unknown>;

function flatten(row: Row, prefix = '', out: Record<string, string> = {}): Record<string, string> {
  for (const [key, value] of Object.entries(row)) {
    const name = prefix + key;
    if (value === undefined || value === null) out[name] = '';
    else if (Array.isArray(value))
      out[name] = value.every((v) => typeof v !== 'object') ? value.join(' ') : JSON.stringify(value);
    else if (typeof value === 'object') flatten(value as Row, `${name}.`, out);
    else out[name] = String(value);
  }
  return out;
}

const cell = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** Spreadsheets (Excel above all) read a CSV as UTF-8 only when it starts with this mark; without
 * it → and é arrive garbled. CSV parsers and the Frictionless tools skip it. */
export const BOM = '\uFEFF';

/** `order` fixes the columns (the schema's, so every file has every column); without it, they
 * are the rows' keys in the order first seen. */
export function toCSV(rows: readonly Row[], order?: readonly string[]): string {
  const flat = rows.map((r) => flatten(r));
  const columns: string[] = [...(order ?? [])];
  for (const r of flat) for (const k of Object.keys(r)) if (!columns.includes(k)) columns.push(k);
  const lines = [columns.map(cell).join(',')];
  for (const r of flat) lines.push(columns.map((c) => cell(r[c] ?? '')).join(','));
  return lines.join('\r\n') + '\r\n';
}
