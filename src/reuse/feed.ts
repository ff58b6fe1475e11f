// The story's feed items: one per chapter, and one per dated update when the story has them,
// newest first. Pure, so the feed's content is tested without a build.
import type { StoryUpdate } from '../data/update-rows.ts';

export interface FeedChapter {
  slug: string;
  title: string;
  summary: string;
  order: number;
}

export interface FeedItem {
  title: string;
  /** Site-relative path. */
  link: string;
  description: string;
  pubDate: Date;
  categories: string[];
}

/** A partial date (2026, 2026-12) as the first day of its period, at noon UTC, so no time zone
 * moves it to the day before. */
const day = (iso: string) => new Date(`${`${iso}-01-01`.slice(0, 10)}T12:00:00Z`);

export function feedItems(
  chapters: readonly FeedChapter[],
  updates: readonly StoryUpdate[],
  published: string,
) {
  const items: FeedItem[] = [
    ...chapters.map((c) => ({
      title: `${c.order}. ${c.title}`,
      link: `chapters/${c.slug}/`,
      description: c.summary,
      pubDate: day(published),
      categories: ['chapter'],
    })),
    ...updates.map((u) => ({
      title: u.title,
      link: `${u.path}#update-${u.id}`,
      description: u.text,
      pubDate: day(u.date),
      categories: ['update'],
    })),
  ];
  // Newest first; chapters of one day in story order (the sort is stable).
  return items.sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime());
}
