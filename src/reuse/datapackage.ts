// The Frictionless Data Package (https://datapackage.org/) describing every CSV download: each
// field named as in the CSV header, with its type, description and unit, and the licence and
// sources. Made at build time from the schemas' columns and the field texts.
import type { Column } from '../data/columns.ts';
import type { FieldText } from '../data/fields.ts';

export interface PackageResource {
  name: string;
  title: string;
  columns: readonly Column[];
  texts: Readonly<Record<string, FieldText>>;
}

export interface PackageOptions {
  name: string;
  title: string;
  description: string;
  /** Absolute URL of the story. */
  homepage: string;
  created: string;
  author: string;
  licence: { name: string; path: string; title: string };
  citation: string;
  sources: readonly { title: string; path: string }[];
  resources: readonly PackageResource[];
}

export interface PackageField {
  name: string;
  type: Column['type'];
  format?: string;
  description: string;
  unit?: string;
  constraints?: { required?: boolean; enum?: readonly (string | number)[] };
}

function field(c: Column, text: FieldText | undefined, resource: string): PackageField {
  if (!text)
    throw new Error(
      `data package: column "${c.name}" of ${resource}.csv has no description; add it to src/data/fields.ts`,
    );
  const constraints = {
    ...(c.required ? { required: true } : {}),
    ...(c.enum ? { enum: c.enum } : {}),
  };
  return {
    name: c.name,
    type: c.type,
    ...(c.format ? { format: c.format } : {}),
    description: text.description,
    ...(text.unit ? { unit: text.unit } : {}),
    ...(Object.keys(constraints).length ? { constraints } : {}),
  };
}

export function dataPackage(o: PackageOptions) {
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: o.name,
    title: o.title,
    description: o.description,
    homepage: o.homepage,
    version: '1.0.0',
    created: o.created,
    contributors: [{ title: o.author, roles: ['author', 'publisher'] }],
    licenses: [o.licence],
    citation: o.citation,
    sources: o.sources,
    resources: o.resources.map((r) => {
      for (const name of Object.keys(r.texts))
        if (!r.columns.some((c) => c.name === name))
          throw new Error(
            `data package: src/data/fields.ts describes "${name}", which ${r.name}.csv does not have`,
          );
      return {
        name: r.name,
        path: `${r.name}.csv`,
        title: r.title,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        licenses: [o.licence],
        schema: {
          fields: r.columns.map((c) => field(c, r.texts[c.name], r.name)),
          primaryKey: ['id'],
          missingValues: [''],
        },
      };
    }),
  };
}

export type DataPackage = ReturnType<typeof dataPackage>;

/** The same package as a README, for readers who open the folder rather than a tool. */
export function dataReadme(p: DataPackage): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  const parts = [
    `# ${p.title}`,
    p.description,
    `Licence: [${p.licenses[0]!.title}](${p.licenses[0]!.path}). Suggested citation: ${p.citation}`,
    `Described for software in [datapackage.json](datapackage.json) (Frictionless Data Package). Each CSV is UTF-8 with a byte-order mark, so spreadsheets keep → and é; an empty cell means no value. Lists of ids are separated by spaces; lists of records are JSON. The same rows, with this licence, are in the .json file of the same name. Story: ${p.homepage}`,
    ...p.resources.map((r) =>
      [
        `## ${r.path}: ${r.title}`,
        '| column | type | description |',
        '| --- | --- | --- |',
        ...r.schema.fields.map(
          (f) =>
            `| ${f.name} | ${f.type}${f.unit ? ` (${f.unit})` : ''} | ${cell(f.description)}${f.constraints?.enum ? `: ${f.constraints.enum.join(', ')}` : ''} |`,
        ),
      ].join('\n'),
    ),
  ];
  return parts.join('\n\n') + '\n';
}
