// The timeline's JS-off deep-link rules, made from the events: without JavaScript a
// #event-<id> link targets the event's card, and these rules light up the SVG mark of the same
// event (matched by data-id, so a mark inside a group is found too), so no per-event <style> is
// needed under the Content-Security-Policy. One rule per event in content/data/events.yaml, so a
// new event needs no CSS. Served to the pages as processed CSS (virtual:timeline-targets.css).
// The standalone SVG needs none of it.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** The :target rule for these event ids (lowercase letters, digits and hyphens: schemas.ts). */
export function targetsCss(ids: readonly string[]): string {
  if (ids.length === 0) throw new Error('timeline targets CSS: expected at least one event id');
  for (const id of ids)
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))
      throw new Error(`timeline targets CSS: not an event id: "${id}"`);
  const selectors = ids.map(
    (id) =>
      `html:not(.js) .timeline:has(.timeline-card[data-id="${id}"]:target) .timeline-mark[data-id="${id}"]`,
  );
  return `${selectors.join(',\n')} {\n  --timeline-ring: visible;\n  --timeline-underline: underline;\n}\n`;
}

/** The module id pages import it by, and the Vite plugin that serves it. */
export const TARGETS_CSS_ID = 'virtual:timeline-targets.css';

const EVENTS_FILE = new URL('../../../content/data/events.yaml', import.meta.url);

/** The ids of the events content/data/events.yaml lists. */
export function eventIds(file: URL = EVENTS_FILE): string[] {
  const events: unknown = parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(events)) throw new Error(`${file.pathname}: expected a list of events`);
  return events.map((e: { id?: unknown }) => String(e.id));
}

export function targetsCssPlugin() {
  const resolved = `\0${TARGETS_CSS_ID}`;
  return {
    name: 'timeline-targets-css',
    resolveId: (id: string) => (id === TARGETS_CSS_ID ? resolved : undefined),
    load(this: { addWatchFile?: (f: string) => void }, id: string) {
      if (id !== resolved) return undefined;
      this.addWatchFile?.(EVENTS_FILE.pathname);
      return targetsCss(eventIds());
    },
  };
}
