// One dated correction or update of the story, as the feed tells it. Pure, for unit tests.
import type { Update } from './schemas.ts';

export interface StoryUpdate {
  id: string;
  /** YYYY-MM-DD, the day the change was published. */
  date: string;
  title: string;
  text: string;
  /** Site-relative path of the chapter that changed. */
  path: string;
}

const clip = (s: string, n = 80) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** A row of updates.yaml as a feed item: what the story says now, and what it said before. */
export const toUpdate = (u: Update): StoryUpdate => ({
  id: u.id,
  date: u.date,
  title: `${u.kind === 'correction' ? 'Correction' : 'Update'}: ${clip(u.after)}`,
  text: `It said: ${u.before} It says now: ${u.after}`,
  path: `chapters/${u.chapter}/`,
});
