// The data package and the CSV columns: made from the schemas, so they cannot drift.
import { describe, expect, it } from 'vitest';
import { columns, ROW_SCHEMAS } from '../../src/data/columns.ts';
import { DATASETS, ordered } from '../../src/data/dataset-list.ts';
import { FIELDS } from '../../src/data/fields.ts';
import { BOM, toCSV } from '../../src/lib/csv.ts';
import { dataPackage, dataReadme, type PackageOptions } from '../../src/reuse/datapackage.ts';

const licence = {
  name: 'CC-BY-4.0',
  path: 'https://creativecommons.org/licenses/by/4.0/',
  title: 'CC BY 4.0',
};
const options = (): PackageOptions => ({
  name: 'sent-abroad',
  title: 'T',
  description: 'D',
  homepage: 'https://news.example/',
  created: '2026-11-22',
  author: 'Desk',
  licence,
  citation: 'Desk, “T”, 2026.',
  sources: [{ title: 'Reuters: X', path: 'https://example.org/x' }],
  resources: DATASETS.map((name) => ({ name, title: name, columns: columns(name), texts: FIELDS[name] })),
});
const pkg = () => dataPackage(options());

describe('columns()', () => {
  it('reads every dataset’s columns from its schema: nested objects dotted, in schema order', () => {
    expect(columns('deployments').map((c) => c.name)).toEqual([
      'id',
      'name',
      'iso3',
      'isoNumeric',
      'status.2017',
      'status.2019',
      'status.2020',
      'status.2025',
      'work',
      'summary',
      'figures',
      'figureNote',
      'sources',
      'places',
    ]);
    const events = Object.fromEntries(columns('events').map((c) => [c.name, c]));
    expect(events.approx).toMatchObject({ type: 'boolean' });
    expect(events.kind!.enum).toContain('deadline');
    expect(events.sources).toMatchObject({ type: 'string', required: true });
    expect(events.endDate).toMatchObject({ required: false });
    expect(columns('money').find((c) => c.name === 'workers')).toMatchObject({ type: 'integer' });
    expect(columns('deployments').find((c) => c.name === 'places')).toMatchObject({ type: 'array' });
    expect(columns('sources').find((c) => c.name === 'url')).toMatchObject({ format: 'uri' });
  });

  it('has a description in fields.ts for every column, and none for a column that is gone', () => {
    for (const name of Object.keys(ROW_SCHEMAS) as (keyof typeof ROW_SCHEMAS)[])
      expect(Object.keys(FIELDS[name]).sort(), name).toEqual(
        columns(name)
          .map((c) => c.name)
          .sort(),
      );
  });
});

describe('dataPackage()', () => {
  it('is a Data Package: named resources with a path, a licence and a Table Schema of typed, described fields', () => {
    const p = pkg();
    expect(p.name).toMatch(/^[a-z0-9._-]+$/);
    expect(p.licenses).toEqual([licence]);
    expect(p.resources).toHaveLength(DATASETS.length);
    for (const r of p.resources) {
      expect(r).toMatchObject({
        path: `${r.name}.csv`,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
      });
      expect(r.schema.primaryKey).toEqual(['id']);
      for (const f of r.schema.fields) {
        expect(['string', 'number', 'integer', 'boolean', 'array']).toContain(f.type);
        expect(f.description).not.toBe('');
      }
    }
    const money = p.resources.find((r) => r.name === 'money')!.schema.fields;
    expect(money.find((f) => f.name === 'value')).toMatchObject({ type: 'number', unit: 'US dollars' });
  });

  it('stops on a column without a description, naming it and the file to edit', () => {
    expect(() =>
      dataPackage({
        ...options(),
        resources: [
          { name: 'events', title: 'E', columns: columns('events'), texts: { id: { description: 'x' } } },
        ],
      }),
    ).toThrow(/column "date" of events\.csv has no description; add it to src\/data\/fields\.ts/);
  });

  it('writes a README with the licence, the citation and a table per file', () => {
    const text = dataReadme(pkg());
    expect(text).toContain('Suggested citation: Desk, “T”, 2026.');
    expect(text).toContain('## events.csv');
    expect(text).toContain('| value | number (US dollars) |');
  });
});

describe('the CSV downloads', () => {
  it('start with a byte-order mark and keep the schema’s columns even where every cell is empty', () => {
    expect(BOM).toBe('\uFEFF');
    const csv = toCSV([{ id: 'a', date: '2019' }], ['id', 'date', 'endDate']);
    expect(csv).toBe('id,date,endDate\r\na,2019,\r\n');
  });

  it('order events and money by date, then id; deployments by name', () => {
    const rows = [
      { id: 'b', date: '2019-12-22' },
      { id: 'a', date: '2019' },
      { id: 'c', date: '2017-12' },
      { id: 'a2', date: '2019-12-22' },
    ];
    expect(ordered('events', rows).map((r) => r.id)).toEqual(['c', 'a', 'a2', 'b']);
    expect(ordered('deployments', [{ name: 'Russia' }, { name: 'China' }]).map((r) => r.name)).toEqual([
      'China',
      'Russia',
    ]);
  });
});
