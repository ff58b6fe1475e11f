// <Timeline> props, checked loudly: an editor's typo in a chapter stops the build with the prop
// and the value named, instead of drawing a quietly wrong chart.
import { AstroError } from 'astro/errors';
import { EVENT_KINDS, isPartialDate, type EventKind, type StoryEvent } from '../../data/schemas.ts';
import { periodEnd, periodStart } from './dates.ts';

export interface TimelineFilter {
  /** First date shown (YYYY, YYYY-MM or YYYY-MM-DD); events that end on or after it are kept. */
  from?: string | number | undefined;
  /** Last date shown; events that start on or before the end of this period are kept. */
  to?: string | number | undefined;
  /** Kinds of event to show, as a list or a comma-separated string; all when omitted. */
  kinds?: readonly string[] | string | undefined;
  /** Unique on the page when the timeline is used twice; prefixes the deep links. */
  id?: string | undefined;
}

const HINT = 'See the props documented at the top of src/charts/timeline/Timeline.astro.';

function date(prop: 'from' | 'to', value: string | number | undefined): string | undefined {
  if (value === undefined) return undefined;
  const s = String(value);
  if (!isPartialDate(s))
    throw new AstroError(
      `<Timeline ${prop}="${s}">: ${prop} must be a real date written YYYY, YYYY-MM or YYYY-MM-DD.`,
      HINT,
    );
  return s;
}

/** The kinds a `kinds` prop names, in EVENT_KINDS order. */
export function parseKinds(value: TimelineFilter['kinds']): EventKind[] {
  if (value === undefined) return [...EVENT_KINDS];
  const list = (typeof value === 'string' ? value.split(/[\s,]+/) : [...value]).filter((k) => k !== '');
  for (const k of list)
    if (!(EVENT_KINDS as readonly string[]).includes(k))
      throw new AstroError(
        `<Timeline kinds>: unknown event kind "${k}". Use any of: ${EVENT_KINDS.join(', ')}.`,
        HINT,
      );
  if (list.length === 0) throw new AstroError('<Timeline kinds>: name at least one kind of event.', HINT);
  return EVENT_KINDS.filter((k) => list.includes(k));
}

/** The page-unique prefix of the events' anchors: #event-<id>, or #<id>-event-<id> for another id. */
export function anchorPrefix(id: string): string {
  if (!/^[a-z][a-z0-9-]*$/.test(id))
    throw new AstroError(
      `<Timeline id="${id}">: id must be lowercase letters, digits and hyphens, starting with a letter.`,
      HINT,
    );
  return id === 'timeline' ? 'event-' : `${id}-event-`;
}

/** The events the props ask for, or an AstroError naming the prop and value that went wrong. */
export function selectEvents(events: readonly StoryEvent[], props: TimelineFilter): StoryEvent[] {
  const from = date('from', props.from);
  const to = date('to', props.to);
  if (from && to && periodStart(from) >= periodEnd(to))
    throw new AstroError(`<Timeline from="${from}" to="${to}">: from must come before to.`, HINT);
  const kinds = parseKinds(props.kinds);
  const picked = events.filter(
    (e) =>
      kinds.includes(e.kind) &&
      (!from || periodEnd(e.endDate ?? e.date) > periodStart(from)) &&
      (!to || periodStart(e.date) < periodEnd(to)),
  );
  if (picked.length === 0)
    throw new AstroError(
      `<Timeline${from ? ` from="${from}"` : ''}${to ? ` to="${to}"` : ''} kinds="${kinds.join(',')}">: no events match.`,
      HINT,
    );
  return picked;
}
