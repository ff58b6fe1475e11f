import { AstroError } from 'astro/errors';
import { describe, expect, test } from 'vitest';
import type { StoryEvent } from '../../data/schemas.ts';
import { anchorPrefix, parseKinds, selectEvents } from './props.ts';

const ev = (id: string, date: string, kind: StoryEvent['kind'], endDate?: string): StoryEvent => ({
  id,
  date,
  ...(endDate ? { endDate } : {}),
  kind,
  title: id,
  description: id,
  approx: false,
  countries: [],
  confidence: 'high',
  sources: ['s'],
});
const EVENTS = [
  ev('a', '1967', 'context'),
  ev('b', '2017-03', 'repatriation', '2017-05-22'),
  ev('c', '2017-12-22', 'resolution'),
  ev('d', '2019-12-22', 'deadline'),
];
const ids = (es: StoryEvent[]) => es.map((e) => e.id);

describe('selectEvents()', () => {
  test('keeps everything without props', () =>
    expect(ids(selectEvents(EVENTS, {}))).toEqual(['a', 'b', 'c', 'd']));
  test('keeps events that overlap from–to, at the precision given', () => {
    expect(ids(selectEvents(EVENTS, { from: '2017-05' }))).toEqual(['b', 'c', 'd']);
    expect(ids(selectEvents(EVENTS, { from: 2017, to: '2017-12' }))).toEqual(['b', 'c']);
    expect(ids(selectEvents(EVENTS, { to: '2017-12-21' }))).toEqual(['a', 'b']);
  });
  test('keeps the kinds asked for, as a list or a string', () => {
    expect(ids(selectEvents(EVENTS, { kinds: ['deadline', 'resolution'] }))).toEqual(['c', 'd']);
    expect(ids(selectEvents(EVENTS, { kinds: 'context, deadline' }))).toEqual(['a', 'd']);
  });
  test('throws an AstroError naming a bad date', () => {
    expect(() => selectEvents(EVENTS, { from: '2017-13' })).toThrow(AstroError);
    expect(() => selectEvents(EVENTS, { from: '2017-13' })).toThrow(/<Timeline from="2017-13">/);
    expect(() => selectEvents(EVENTS, { to: '22 Dec 2019' })).toThrow(/<Timeline to="22 Dec 2019">/);
  });
  test('throws when from comes after to', () =>
    expect(() => selectEvents(EVENTS, { from: '2019', to: '2017' })).toThrow(/from must come before to/));
  test('throws when nothing matches', () =>
    expect(() => selectEvents(EVENTS, { from: '2021' })).toThrow(/no events match/));
});

describe('parseKinds()', () => {
  test('throws an AstroError naming an unknown kind', () => {
    expect(() => parseKinds(['resolution', 'protest'])).toThrow(AstroError);
    expect(() => parseKinds('resolution,protest')).toThrow(/<Timeline kinds>: unknown event kind "protest"/);
  });
  test('throws on an empty list', () => expect(() => parseKinds('')).toThrow(/at least one/));
  test('returns kinds in the legend’s order', () =>
    expect(parseKinds('context deadline resolution')).toEqual(['resolution', 'deadline', 'context']));
});

describe('anchorPrefix()', () => {
  test('gives #event-<id> for the default timeline and #<id>-event-<id> for another', () => {
    expect(anchorPrefix('timeline')).toBe('event-');
    expect(anchorPrefix('timeline-2019')).toBe('timeline-2019-event-');
  });
  test('throws an AstroError naming a bad id', () =>
    expect(() => anchorPrefix('My Timeline')).toThrow(/<Timeline id="My Timeline">/));
});
