import { describe, expect, test } from 'vitest';
import {
  chapterSchema,
  deploymentSchema,
  eventSchema,
  isPartialDate,
  isWebUrl,
  moneySchema,
  sourceSchema,
  updateSchema,
} from '../../src/data/schemas.ts';

const issues = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  r.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

describe('isPartialDate()', () => {
  test.each(['1967', '2018-11', '2017-12-22', '2020-02-29'])('accepts %s', (d) =>
    expect(isPartialDate(d)).toBe(true),
  );
  test.each(['2016-13-02', '2019-02-29', '2019-04-31', '19', '2019/03/22', '22 Dec 2019', '2019-1'])(
    'rejects %s',
    (d) => expect(isPartialDate(d)).toBe(false),
  );
});

describe('isWebUrl()', () => {
  test.each(['https://undocs.org/S/RES/2397(2017)', 'http://www.upi.com/a', 'HTTPS://Example.org/'])(
    'accepts %s',
    (u) => expect(isWebUrl(u)).toBe(true),
  );
  test.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.org/',
    '//example.org/',
    'https:',
    'not a url',
  ])('rejects %j', (u) => expect(isWebUrl(u)).toBe(false));
});

describe('sourceSchema', () => {
  const valid = {
    id: 'unsc-2397',
    title: 'Resolution 2397',
    publisher: 'UN Security Council',
    date: '2017-12-22',
    url: 'https://undocs.org/S/RES/2397(2017)',
    kind: 'un-document',
  };
  test('accepts a valid source', () => expect(sourceSchema.safeParse(valid).success).toBe(true));
  test('rejects a bad url, an unknown kind and an id with capitals', () => {
    const r = sourceSchema.safeParse({ ...valid, id: 'UNSC', url: 'not a url', kind: 'blog' });
    expect(issues(r).map((s) => s.split(':')[0])).toEqual(['id', 'url', 'kind']);
  });
  test('names the url field and says what to write for a javascript: url', () =>
    expect(issues(sourceSchema.safeParse({ ...valid, url: 'javascript:alert(1)' }))).toEqual([
      'url: must be a web address starting https:// or http:// (got "javascript:alert(1)"; javascript:, data: and other schemes are not allowed)',
    ]));
});

describe('eventSchema', () => {
  const valid = {
    id: 'deadline',
    date: '2019-12-22',
    kind: 'deadline',
    title: 'Repatriation deadline',
    description: 'The 24 months run out.',
    confidence: 'high',
    sources: ['unsc-2397'],
  };
  test('accepts a valid event and turns a YAML year number into text', () => {
    const r = eventSchema.parse({ ...valid, date: 1967 });
    expect(r.date).toBe('1967');
    expect(r.countries).toEqual([]);
  });
  test('names the field of a malformed date', () =>
    expect(issues(eventSchema.safeParse({ ...valid, date: '2019-13-01' }))).toEqual([
      'date: must be a real date written YYYY, YYYY-MM or YYYY-MM-DD',
    ]));
  test('requires at least one source and a known kind', () => {
    const r = eventSchema.safeParse({ ...valid, kind: 'rumour', sources: [] });
    expect(issues(r)).toEqual([
      'kind: Invalid option: expected one of "resolution"|"deadline"|"enforcement"|"repatriation"|"incident"|"context"',
      'sources: must cite at least one source id',
    ]);
  });
  test('rejects a lowercase country code', () =>
    expect(issues(eventSchema.safeParse({ ...valid, countries: ['rus'] }))[0]).toMatch(
      /^countries\.0: must be an ISO/,
    ));
});

describe('deploymentSchema', () => {
  const valid = {
    id: 'RUS',
    name: 'Russia',
    iso3: 'RUS',
    isoNumeric: '643',
    status: { '2017': 'hosting', '2019': 'hosting', '2020': 'hosting', '2025': 'hosting' },
    summary: 'The largest destination.',
    sources: ['reuters-2019-03'],
  };
  test('accepts a valid row and pads a numeric code given as a number', () =>
    expect(deploymentSchema.parse({ ...valid, id: 'MNG', iso3: 'MNG', isoNumeric: 496 }).isoNumeric).toBe(
      '496',
    ));
  test('a figure needs a value or a range, not both', () => {
    const fig = { date: '2017', label: 'workers', sources: ['x'] };
    expect(deploymentSchema.safeParse({ ...valid, figures: [{ ...fig, value: 1 }] }).success).toBe(true);
    expect(deploymentSchema.safeParse({ ...valid, figures: [{ ...fig, low: 5, high: 8 }] }).success).toBe(
      true,
    );
    expect(issues(deploymentSchema.safeParse({ ...valid, figures: [fig] }))).toEqual([
      'figures.0: give either value, or both low and high',
    ]);
    expect(issues(deploymentSchema.safeParse({ ...valid, figures: [{ ...fig, low: 8, high: 5 }] }))).toEqual([
      'figures.0: low must be less than high',
    ]);
  });
  test('rejects an unknown field, such as a value split off by an unquoted comma', () =>
    expect(issues(deploymentSchema.safeParse({ ...valid, 'per Qatar': null }))[0]).toMatch(
      /Unrecognized key/,
    ));
  test('names the period a row has no status for, and where periods are declared', () => {
    const without: Record<string, string> = { ...valid.status };
    delete without['2025'];
    expect(issues(deploymentSchema.safeParse({ ...valid, status: without }))).toEqual([
      'status.2025: no status for the period 2025 (after the Panel): every row gives one for each period in src/data/periods.ts — 2017 (before the resolutions), 2019 (at the deadline), 2020 (after the deadline), 2025 (after the Panel)',
    ]);
  });
  test('rejects a period that is not declared', () =>
    expect(
      issues(deploymentSchema.safeParse({ ...valid, status: { ...valid.status, '2024': 'hosting' } }))[0],
    ).toMatch(/^status: unknown period "2024": the periods are declared in src\/data\/periods\.ts/));
  test('a figure may count entries, which is not a count of workers', () => {
    const fig = { value: 13221, date: '2024', label: 'entries', sources: ['x'] };
    expect(
      deploymentSchema.parse({ ...valid, figures: [{ ...fig, counts: 'entries' }] }).figures[0]!.counts,
    ).toBe('entries');
    expect(issues(deploymentSchema.safeParse({ ...valid, figures: [{ ...fig, counts: 'visas' }] }))).toEqual([
      'figures.0.counts: must be workers or entries (arrivals counted at a border)',
    ]);
  });
  test('rejects an unknown status for a period', () =>
    expect(
      issues(deploymentSchema.safeParse({ ...valid, status: { ...valid.status, '2019': 'gone' } }))[0],
    ).toMatch(/^status\.2019: /));
});

describe('moneySchema', () => {
  const valid = {
    id: 'x',
    label: 'L',
    estimator: 'E',
    measure: 'M',
    kind: 'estimate',
    scope: 'russia',
    period: 'year',
    low: 150e6,
    high: 300e6,
    date: '2018',
    sources: ['s'],
  };
  test('accepts a range and defaults the currency to US dollars', () =>
    expect(moneySchema.parse(valid).currency).toBe('USD'));
  test('a qualitative row carries no number; others must', () => {
    expect(
      moneySchema.safeParse({ ...valid, kind: 'qualitative', low: undefined, high: undefined }).success,
    ).toBe(true);
    expect(moneySchema.safeParse({ ...valid, kind: 'qualitative' }).success).toBe(false);
    expect(moneySchema.safeParse({ ...valid, low: undefined, high: undefined }).success).toBe(false);
  });
});

describe('moneySchema periods', () => {
  const row = {
    id: 'doj',
    label: 'L',
    estimator: 'E',
    measure: 'M',
    kind: 'reported',
    scope: 'all-abroad',
    value: 88e6,
    date: '2017',
    sources: ['s'],
  };
  test('a sum over several years is period: years with an endDate in a later year', () => {
    expect(moneySchema.parse({ ...row, period: 'years', endDate: '2023' }).endDate).toBe('2023');
    expect(issues(moneySchema.safeParse({ ...row, period: 'years' }))).toEqual([
      'endDate: a sum over several years (period: years) needs endDate, in a later year than date (date: 2017, endDate: 2023)',
    ]);
    expect(issues(moneySchema.safeParse({ ...row, period: 'years', endDate: '2017-06' }))[0]).toMatch(
      /^endDate: a sum over several years/,
    );
  });
  test('a yearly estimate cannot be given an endDate', () =>
    expect(issues(moneySchema.safeParse({ ...row, period: 'year', endDate: '2023' }))).toEqual([
      'period: endDate is only for a sum over several years: write period: years (a yearly estimate has one date, the year it is for)',
    ]));
  test('an unknown period says what each one means', () =>
    expect(issues(moneySchema.safeParse({ ...row, period: 'decade' }))[0]).toMatch(
      /^period: must be year \(a sum a year\), month, once \(a single sum\) or years/,
    ));
});

describe('chapterSchema', () => {
  test('explains a missing title, summary and order', () =>
    expect(issues(chapterSchema.safeParse({}))).toEqual([
      'title: every chapter needs a title (text)',
      'summary: every chapter needs a one-sentence summary (text)',
      'order: every chapter needs an order: a whole number saying where it goes',
    ]));
});

describe('updateSchema', () => {
  const valid = {
    id: 'us-estimate-hedge',
    date: '2026-12-02',
    chapter: '03-the-money',
    kind: 'correction',
    before: 'about US$500 million',
    after: 'more than US$500 million',
    sources: ['reuters-2019-03'],
  };
  test('accepts a dated correction with its sources', () =>
    expect(updateSchema.safeParse(valid).success).toBe(true));
  test('wants the day it was published, a chapter file name and a source', () =>
    expect(
      issues(updateSchema.safeParse({ ...valid, date: '2026-12', chapter: '03-the-money.mdx', sources: [] })),
    ).toEqual([
      'date: must be the day the change was published, written YYYY-MM-DD',
      'chapter: must be a chapter file name without .mdx, such as 03-the-money',
      'sources: must cite at least one source id',
    ]));
});
