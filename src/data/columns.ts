// The columns of each CSV download, read from its row schema: nested objects become dotted
// columns (status.2017), lists stay one column. Both the CSV writer and the data package use
// this, so the header and its description are the same list.
import { z } from 'astro/zod';
import {
  correctionSchema,
  deploymentSchema,
  eventSchema,
  moneySchema,
  sourceSchema,
  updateSchema,
} from './schemas.ts';

export const ROW_SCHEMAS = {
  sources: sourceSchema,
  events: eventSchema,
  deployments: deploymentSchema,
  money: moneySchema,
  corrections: correctionSchema,
  updates: updateSchema,
} as const;

/** A column and what the schema says of its values, in Table Schema terms. */
export interface Column {
  name: string;
  type: 'string' | 'number' | 'integer' | 'boolean' | 'array';
  format?: 'uri';
  required: boolean;
  enum?: readonly (string | number)[];
}

interface JsonSchema {
  type?: string;
  format?: string;
  enum?: (string | number)[];
  const?: string | number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
}

function walk(schema: JsonSchema, prefix: string, required: boolean, out: Column[]): Column[] {
  for (const [key, p] of Object.entries(schema.properties ?? {})) {
    const name = prefix + key;
    const req = required && (schema.required ?? []).includes(key);
    if (p.type === 'object') walk(p, `${name}.`, req, out);
    else if (p.type === 'array')
      // A list of plain values is written space-separated (text); a list of records as JSON.
      out.push({ name, type: p.items?.type === 'object' ? 'array' : 'string', required: req });
    else {
      const type = p.type === 'number' || p.type === 'integer' || p.type === 'boolean' ? p.type : 'string';
      const values = p.enum ?? (p.const !== undefined ? [p.const] : undefined);
      out.push({
        name,
        type,
        required: req,
        ...(p.format === 'uri' ? { format: 'uri' as const } : {}),
        ...(values ? { enum: values } : {}),
      });
    }
  }
  return out;
}

export function columns(name: keyof typeof ROW_SCHEMAS): Column[] {
  const json = z.toJSONSchema(ROW_SCHEMAS[name], { io: 'output', unrepresentable: 'any' }) as JsonSchema;
  return walk(json, '', true, []);
}
