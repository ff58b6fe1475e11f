// The editorial choices (content/data/choices.yaml): the project's own file resolves against the
// project's rows, and every kind of mistake an editor can make is named with its line.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkRows } from '../../src/data/rows.ts';
import { fillLabel, formatChoiceProblems, resolveChoices } from '../../src/data/choices.ts';
import {
  choiceSchema,
  deploymentSchema,
  eventSchema,
  moneySchema,
  type Choice,
  type Deployment,
  type Money,
  type StoryEvent,
} from '../../src/data/schemas.ts';

const read = <T>(name: string, schema: Parameters<typeof checkRows>[2], text?: string): T[] => {
  const file = `content/data/${name}.yaml`;
  const { rows, problems } = checkRows(file, text ?? readFileSync(file, 'utf8'), schema);
  expect(problems).toEqual([]);
  return (rows as unknown[]).map((r) => schema.parse(r)) as T[];
};
const data = {
  events: read<StoryEvent>('events', eventSchema),
  deployments: read<Deployment>('deployments', deploymentSchema),
  money: read<Money>('money', moneySchema),
};
const TEXT = readFileSync('content/data/choices.yaml', 'utf8');
const resolve = (text: string) => resolveChoices(read<Choice>('choices', choiceSchema, text), data, text);

describe("the project's choices", () => {
  const { choices, problems } = resolve(TEXT);

  test('resolve with no problem', () => {
    expect(problems).toEqual([]);
    expect(choices).toBeDefined();
  });

  test('the cover shows the deadline, the permits before and after, and the money, in the file’s order', () => {
    expect(choices!.cover.map((c) => c.show)).toEqual([
      'event-date',
      'change',
      'figure',
      'money',
      'workers',
      'figure',
    ]);
    const change = choices!.cover[1]!;
    expect(change.show === 'change' && [change.from.figure.value, change.to.figure.value]).toEqual([
      30023, 11490,
    ]);
  });

  test('the timeline band runs over the 24 months of resolution 2397', () => {
    expect([choices!.window.from.id, choices!.window.to.id]).toEqual([
      'unsc-2397',
      'repatriation-deadline-2019',
    ]);
    expect(choices!.window.from.date).toBe('2017-12-22');
  });
});

describe('a mistake names the file, line and field, and what to write', () => {
  const problemsOf = (from: string, to: string) => {
    expect(TEXT).toContain(from);
    const text = TEXT.replace(from, to);
    const r = resolve(text);
    expect(r.choices).toBeUndefined();
    return {
      out: formatChoiceProblems(r.problems),
      line: text.split('\n').findIndex((l) => l.includes(to.trim().split('\n')[0]!)) + 1,
    };
  };

  test('an unknown event', () => {
    const { out, line } = problemsOf('  from: unsc-2397', '  from: unsc-2398');
    expect(out).toBe(
      `  content/data/choices.yaml:${line} — timeline-window.from: no event "unsc-2398" in content/data/events.yaml: write one of its ids`,
    );
  });

  test('a figure date the country does not have, with the dates it has', () => {
    const { out, line } = problemsOf(
      'to: { country: RUS, date: 2018-12 }',
      'to: { country: RUS, date: 2018-11 }',
    );
    expect(out).toContain(
      `content/data/choices.yaml:${line} — cover.figures.1.to.date: RUS has no figure counting workers dated 2018-11`,
    );
    expect(out).toContain('its dates: 2017-12, 2018-12');
  });

  test('a money row without the workers it is based on', () => {
    const { out } = problemsOf('  worldwide: us-100k-workers', '  worldwide: state-dept-russia');
    expect(out).toMatch(
      /calculator\.worldwide: money row "state-dept-russia" needs a single value and workers/,
    );
  });

  test('a placeholder the label cannot fill', () => {
    const { out } = problemsOf('end of {from-year} to end', 'end of {from} to end');
    expect(out).toMatch(
      /cover\.figures\.1\.label: \{from\} is not filled in a "change" label: use \{from-date\}, \{from-year\}/,
    );
  });

  test('a cited source the event does not have', () => {
    const { out } = problemsOf('cite: [unsc-2397]', 'cite: [reuters-2019-03]');
    expect(out).toMatch(
      /cover\.figures\.0\.cite: "reuters-2019-03" is not among repatriation-deadline-2019's sources/,
    );
  });

  test('a band that ends before it starts', () => {
    const { out } = problemsOf(
      '  to: repatriation-deadline-2019\n  label: 24',
      '  to: unsc-2397\n  label: 24',
    );
    expect(out).toMatch(/timeline-window\.to: the band must end after it starts/);
  });

  test('a missing choice', () => {
    const text = TEXT.slice(0, TEXT.indexOf('# The revenue calculator'));
    const r = resolve(text);
    expect(formatChoiceProblems(r.problems)).toBe(
      '  content/data/choices.yaml:0 — calculator: add a row with id: calculator',
    );
  });

  test('the schema names a wrong kind of figure', () => {
    const { problems } = checkRows(
      'content/data/choices.yaml',
      TEXT.replace('show: money', 'show: sum'),
      choiceSchema,
    );
    expect(problems.map((p) => [p.field, p.message])).toEqual([
      ['figures.3.show', expect.stringMatching(/show: event-date, change, figure, money or workers/)],
    ]);
  });
});

test('fillLabel fills each placeholder and leaves other braces alone', () => {
  expect(fillLabel('from {from-year} to {to-year}', { 'from-year': '2017', 'to-year': '2018' })).toBe(
    'from 2017 to 2018',
  );
  expect(fillLabel('{x}', {})).toBe('{x}');
});
