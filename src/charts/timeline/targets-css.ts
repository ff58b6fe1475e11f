// The timeline's JS-off deep-link rules, made from the events: without JavaScript a
// #event-<id> link targets the event's card, and these rules light up the SVG mark in the same
// place (the n-th mark and the n-th card are the same event, both in date order), so no
// per-event <style> is needed under the Content-Security-Policy. One rule per event position,
// exactly as many as content/data/events.yaml holds, so a new event needs no CSS. Served to the
// pages as processed CSS (virtual:timeline-targets.css). The standalone SVG needs none of it.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** The :target rule for `count` event positions. */
export function targetsCss(count: number): string {
  if (!Number.isInteger(count) || count < 1)
    throw new Error(`timeline targets CSS: expected a positive number of events, got ${count}`);
  const selectors = Array.from(
    { length: count },
    (_, i) => `html:not(.js) .tl:has(.tl-item:nth-child(${i + 1}):target) .tl-m:nth-of-type(${i + 1})`,
  );
  return `${selectors.join(',\n')} {\n  --tl-on: visible;\n  --tl-u: underline;\n}\n`;
}

/** The module id pages import it by, and the Vite plugin that serves it. */
export const TARGETS_CSS_ID = 'virtual:timeline-targets.css';

const EVENTS_FILE = new URL('../../../content/data/events.yaml', import.meta.url);

/** How many events content/data/events.yaml lists. */
export function eventCount(file: URL = EVENTS_FILE): number {
  const events: unknown = parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(events)) throw new Error(`${file.pathname}: expected a list of events`);
  return events.length;
}

export function targetsCssPlugin() {
  const resolved = `\0${TARGETS_CSS_ID}`;
  return {
    name: 'timeline-targets-css',
    resolveId: (id: string) => (id === TARGETS_CSS_ID ? resolved : undefined),
    load(this: { addWatchFile?: (f: string) => void }, id: string) {
      if (id !== resolved) return undefined;
      this.addWatchFile?.(EVENTS_FILE.pathname);
      return targetsCss(eventCount());
    },
  };
}
