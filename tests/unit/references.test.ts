import { describe, expect, test } from 'vitest';
import { citationOrder, citationsIn, findProblems, type StoryData } from '../../src/data/references.ts';
import { atlasCountryIds } from '../../src/data/atlas.ts';
import type { Deployment, Source } from '../../src/data/schemas.ts';

const source = (id: string): Source => ({
  id,
  title: id,
  publisher: 'P',
  date: '2019',
  url: 'https://example.org/',
  kind: 'news',
});
const deployment = (over: Partial<Deployment> = {}): Deployment => ({
  id: 'RUS',
  name: 'Russia',
  iso3: 'RUS',
  isoNumeric: '643',
  status: { '2017': 'hosting', '2019': 'hosting', '2020': 'hosting', '2025': 'hosting' },
  summary: 's',
  figures: [],
  sources: ['a'],
  places: [],
  ...over,
});
const data = (over: Partial<StoryData> = {}): StoryData => ({
  sources: [source('a'), source('b'), source('c')],
  events: [],
  deployments: [],
  money: [],
  corrections: [],
  updates: [],
  chapters: [],
  ...over,
});
const atlas = atlasCountryIds();

describe('citationsIn()', () => {
  test('finds Cite ids and sources="…" lists in reading order, with line numbers', () => {
    const body = 'One.<Cite id="b" />\n\nTwo <Figure caption="x" sources="c a">y</Figure> <Cite id=\'a\' />';
    expect(citationsIn(body)).toEqual([
      { id: 'b', line: 1 },
      { id: 'c', line: 3 },
      { id: 'a', line: 3 },
      { id: 'a', line: 3 },
    ]);
  });
});

describe('citationOrder()', () => {
  test('numbers sources as the chapters first cite them, chapters in order, the rest after', () => {
    const chapters = [
      { file: 'two.mdx', order: 2, body: '<Cite id="a" />' },
      { file: 'one.mdx', order: 1, body: '<Cite id="c" /><Cite id="a" />' },
    ];
    expect(citationOrder(data({ chapters }))).toEqual(['c', 'a', 'b']);
  });
});

describe('findProblems()', () => {
  test('a clean story has none', () =>
    expect(findProblems(data({ deployments: [deployment()] }), atlas)).toEqual([]));
  test('names the chapter file, line and id of an unknown citation', () =>
    expect(
      findProblems(data({ chapters: [{ file: 'c/x.mdx', order: 1, body: '\n<Cite id="zz" />' }] }), atlas),
    ).toEqual([
      {
        file: 'c/x.mdx:2',
        field: 'Cite id',
        message: 'unknown source id "zz" (add it to content/data/sources.yaml or fix the id)',
      },
    ]));
  test('names the data file, row and field of an unknown source id', () => {
    const [p] = findProblems(data({ deployments: [deployment({ sources: ['a', 'nope'] })] }), atlas);
    expect(p).toEqual({
      file: 'content/data/deployments.yaml (id: RUS)',
      field: 'sources[1]',
      message: 'unknown source id "nope"',
    });
  });
  test('catches a country code that is not ISO, and a numeric code of another country', () => {
    const problems = findProblems(
      data({ deployments: [deployment({ iso3: 'RUX', isoNumeric: '156' })] }),
      atlas,
    );
    expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      'iso3: "RUX" is not an ISO 3166-1 alpha-3 country code',
      'isoNumeric: 156 is the code of CHN, not RUX',
    ]);
  });
  test('catches a country the world atlas does not draw', () => {
    const problems = findProblems(
      data({ deployments: [deployment({ id: 'MLT', iso3: 'MLT', isoNumeric: '470' })] }),
      atlas,
    );
    expect(problems.map((p) => p.message)).toEqual(['no country with code 470 in the world atlas']);
  });
  test('catches two chapters with the same order', () => {
    const chapters = [
      { file: 'a.mdx', order: 1, body: '' },
      { file: 'b.mdx', order: 1, body: '' },
    ];
    expect(findProblems(data({ chapters }), atlas)).toEqual([
      { file: 'b.mdx', field: 'order', message: 'order 1 is already used by a.mdx' },
    ]);
  });
  test('names the row and field of a story update that points at no chapter or an unknown source', () => {
    const update = {
      id: 'fix',
      date: '2026-12-02',
      chapter: '03-the-mony',
      kind: 'correction' as const,
      before: 'b',
      after: 'a',
      sources: ['a', 'zz'],
    };
    const chapters = [{ file: 'content/chapters/03-the-money.mdx', order: 1, body: '' }];
    expect(findProblems(data({ chapters, updates: [update] }), atlas)).toEqual([
      { file: 'content/data/updates.yaml (id: fix)', field: 'sources[1]', message: 'unknown source id "zz"' },
      {
        file: 'content/data/updates.yaml (id: fix)',
        field: 'chapter',
        message: 'no chapter "03-the-mony"; write one of: 03-the-money',
      },
    ]);
  });
});
