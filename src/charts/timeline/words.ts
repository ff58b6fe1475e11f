// The timeline's words: how an event's date reads, its accessible name, and the chart's text
// alternative and caption, all from the same events and layout as the marks.
import type { StoryEvent } from '../../data/schemas.ts';
import { formatDate } from '../kit/format.ts';
import type { Layout } from './layout.ts';
import { KIND_STYLE } from './shapes.ts';

/** "About March 2018", "22 December 2017", "1967 to 1991". */
export const when = (e: StoryEvent): string =>
  `${e.approx ? 'About ' : ''}${formatDate(e.date)}${e.endDate ? ` to ${formatDate(e.endDate)}` : ''}`;

/** A mark's accessible name: date, title, figure and kind. */
// It begins with the words the mark shows (title, then figure), so that a reader using speech
// input can say what they see (WCAG 2.5.3 Label in Name); the date and kind follow.
export const eventLabel = (e: StoryEvent): string =>
  `${e.title}${e.figure ? ` ${e.figure}` : ''}, ${when(e)} (${KIND_STYLE[e.kind].label})`;

/** A group mark's accessible name: "3 events, January 2020", "2 events, November to December 2019". */
export function groupLabel(events: readonly Pick<StoryEvent, 'date'>[]): string {
  const months = events.map((e) => e.date.slice(0, 7)).sort();
  const [a, b] = [months[0]!, months[months.length - 1]!];
  const span =
    a === b
      ? formatDate(a)
      : a.slice(0, 4) === b.slice(0, 4) && a.length === 7 && b.length === 7
        ? `${formatDate(a).split(' ')[0]} to ${formatDate(b)}`
        : `${formatDate(a)} to ${formatDate(b)}`;
  return `${events.length} events, ${span}`;
}

/** The chart's text alternative. `ordered` is the events in date order; `window` bounds the band. */
export function describe(
  ordered: readonly StoryEvent[],
  geo: Layout,
  window: { from: StoryEvent; to: StoryEvent },
): string {
  const first = ordered[0]!;
  const last = ordered[ordered.length - 1]!;
  return (
    `A timeline of ${ordered.length} events from ${formatDate(first.date)} to ${formatDate(last.endDate ?? last.date)}` +
    (geo.band
      ? `, with the 24 months from ${formatDate(window.from.date)} to the ${formatDate(window.to.date)} deadline shaded`
      : '') +
    '. Each event is listed, with its sources, in the data table below.'
  );
}

const day = (t: number) => formatDate(new Date(t).toISOString().slice(0, 10));
const month = (t: number) => formatDate(new Date(t).toISOString().slice(0, 7));
/** A compressed stretch by its first and last months: "February 2021 to March 2022". */
const gapText = (g: Layout['gaps'][number]) => `${month(g.from)} to ${month(g.to - 1)}`;

/** The default caption: how to read the marks, the axis break and the band, as far as drawn. */
export function caption(geo: Layout): string {
  const list = (items: string[]) => new Intl.ListFormat('en-GB').format(items);
  const early = geo.rows.map((_r, i) => geo.marks.filter((m) => m.early && m.row === i));
  const gaps = geo.rows.flatMap((r) => r.gaps);
  const anyEarly = early.some((e) => e.length > 0);
  return [
    'Each mark is an event at its date; an event known only to the month or year sits in its middle.',
    geo.marks.some((m) => m.events.length > 1)
      ? 'A numbered disc stands for events too close together to draw apart, at their mean date; its label lists them.'
      : '',
    geo.wraps.length > 0
      ? `The axis goes on in a second row, leaving out the time between ${list(geo.wraps.map((w) => `${day(w.from - 1)} and ${day(w.to)}`))}, when no event falls.`
      : '',
    ...geo.rows.map((r, i) =>
      early[i]!.length > 0
        ? `${i === 0 ? 'The axis' : 'The second row'} is broken before ${new Date(r.domain[0]).getUTCFullYear()}: ${list(early[i]!.map((m) => m.date.slice(0, 4)))} ${early[i]!.length > 1 ? 'are' : 'is'} shown out of scale.`
        : '',
    ),
    gaps.length > 0
      ? `${anyEarly ? 'It is also broken' : 'The axis is broken'} where no event falls: ${list(gaps.map(gapText))} ${gaps.length > 1 ? 'are' : 'is'} drawn compressed.`
      : '',
    geo.band ? 'Shaded: the 24 months resolution 2397 gave states to send North Korean workers home.' : '',
  ]
    .filter(Boolean)
    .join(' ');
}
