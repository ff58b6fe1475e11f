import { describe as group, expect, test } from 'vitest';
import type { StoryEvent } from '../../data/schemas.ts';
import { layout } from './layout.ts';
import { caption, describe, eventLabel, groupLabel, when } from './words.ts';

const event = (over: Partial<StoryEvent> & Pick<StoryEvent, 'id' | 'date'>): StoryEvent =>
  ({
    kind: 'resolution',
    title: `Event ${over.id}`,
    description: 'What happened.',
    sources: ['s'],
    ...over,
  }) as StoryEvent;

const WINDOW = { from: '2017-12-22', to: '2019-12-22', label: '24 months', shortLabel: '24 months' };
const EVENTS = [
  event({ id: 'camps', date: '1967', kind: 'context' }),
  event({ id: 'r2397', date: '2017-12-22' }),
  event({ id: 'deadline', date: '2019-12-22', kind: 'deadline', figure: '30,023 → 11,490' }),
  event({ id: 'ships', date: '2018-03', approx: true, kind: 'enforcement' }),
  event({ id: 'visas', date: '2018-09', kind: 'incident' }),
];

group('when and eventLabel', () => {
  test('a date reads at its precision, approximate and spanning dates say so', () => {
    expect(when(event({ id: 'a', date: '2017-12-22' }))).toBe('22 December 2017');
    expect(when(event({ id: 'b', date: '2018-03', approx: true }))).toBe('About March 2018');
    expect(when(event({ id: 'c', date: '1967', endDate: '1991' }))).toBe('1967 to 1991');
  });
  test('a mark is named by what it shows (title, figure), then its date and kind', () => {
    expect(eventLabel(EVENTS[2]!)).toBe('Event deadline 30,023 → 11,490, 22 December 2019 (Deadline)');
  });
});

group('describe and caption', () => {
  const geo = layout(EVENTS, { width: 920, window: WINDOW });
  const ordered = geo.list.map((r) => EVENTS.find((e) => e.id === r.id)!);

  test('the text alternative counts the events and names the first, the last and the band', () => {
    expect(describe(ordered, geo, { from: EVENTS[1]!, to: EVENTS[2]! })).toBe(
      'A timeline of 5 events from 1967 to 22 December 2019, with the 24 months from 22 December 2017 ' +
        'to the 22 December 2019 deadline shaded. Each event is listed, with its sources, in the data table below.',
    );
  });
  test('the caption explains the axis break only when there is one', () => {
    expect(caption(geo)).toMatch(/The axis is broken before \d{4}: 1967 is shown out of scale\./);
    const recent = layout(EVENTS.slice(1), { width: 920, window: WINDOW });
    expect(caption(recent)).not.toMatch(/broken/);
    expect(caption(recent)).toMatch(/^Each mark is an event at its date;.*Shaded: the 24 months/);
  });
  test('the caption says where the axis goes on in a second row', () => {
    const era = (y: number) =>
      Array.from({ length: 10 }, (_, i) =>
        event({ id: `e${y}-${i}`, date: `${y}-${String(i + 1).padStart(2, '0')}` }),
      );
    const geo = layout([...era(2018), ...era(2024)], { width: 920 });
    expect(geo.rows).toHaveLength(2);
    expect(caption(geo)).toMatch(
      /The axis goes on in a second row, leaving out the time between 31 October 2018 and 1 January 2024, when no event falls\./,
    );
  });
  test('the caption names the stretches drawn compressed', () => {
    const later = [
      ...EVENTS,
      event({ id: 'veto', date: '2022-05-26' }),
      event({ id: 'mid', date: '2020-03' }),
    ];
    expect(caption(layout(later, { width: 920, window: WINDOW }))).toMatch(
      /It is also broken where no event falls: June 2020 to March 2022 is drawn compressed\./,
    );
  });
});

group('groupLabel', () => {
  test('a group is named by its count and the months its events fall in', () => {
    const at = (...dates: string[]) => groupLabel(dates.map((date) => ({ date })));
    expect(at('2020-01-22', '2020-01', '2020-01-30')).toBe('3 events, January 2020');
    expect(at('2019-11-02', '2019-12-22')).toBe('2 events, November to December 2019');
    expect(at('2019-12-22', '2020-01')).toBe('2 events, December 2019 to January 2020');
    expect(at('2024', '2024-03')).toBe('2 events, 2024 to March 2024');
  });
});

group('caption of groups', () => {
  test('the caption explains the numbered discs only when a group is drawn', () => {
    const apart = caption(layout(EVENTS, { width: 920, window: WINDOW }));
    expect(apart).not.toContain('numbered disc');
    const close = [...EVENTS, event({ id: 'r2397b', date: '2017-12-23' })];
    expect(caption(layout(close, { width: 920, window: WINDOW }))).toContain(
      'A numbered disc stands for events',
    );
  });
});
