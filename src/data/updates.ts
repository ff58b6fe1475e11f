// The story's dated updates, for the feed and dateModified: read from a collection named
// `updates` when content.config.ts defines one (none yet: then there are none, and Astro logs
// that the collection is empty). Its rows' shape is not ours to fix, so this reads the fields
// an update is likely to have and skips a row without a date.
import { getCollection, type CollectionKey } from 'astro:content';

export interface StoryUpdate {
  id: string;
  /** ISO 8601, at the precision known. */
  date: string;
  title: string;
  text?: string;
  /** Site-relative path of what changed, when the update names a chapter. */
  path?: string;
}

const str = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);

/** One update from whatever fields its row has: date; title, summary or the start of its text. */
export function toUpdate(id: string, data: Record<string, unknown>): StoryUpdate | undefined {
  const date =
    str(data.date) ?? (data.date instanceof Date ? data.date.toISOString().slice(0, 10) : undefined);
  const text = str(data.text) ?? str(data.description) ?? str(data.summary) ?? str(data.note);
  const title = str(data.title) ?? (text && text.length > 80 ? `${text.slice(0, 79)}…` : text);
  if (!date || !title) return undefined;
  const chapter = str(data.chapter);
  return { id, date, title, text, path: chapter ? `chapters/${chapter}/` : undefined };
}

let cached: Promise<StoryUpdate[]> | undefined;

export function getUpdates(): Promise<StoryUpdate[]> {
  cached ??= getCollection('updates' as CollectionKey).then((entries) =>
    entries
      .flatMap((e) => toUpdate(e.id, e.data as Record<string, unknown>) ?? [])
      .sort((a, b) => b.date.localeCompare(a.date)),
  );
  return cached;
}

/** When the story last changed: its own date, or its latest dated update. */
export async function lastModified(published: string): Promise<string> {
  const latest = (await getUpdates())[0]?.date;
  return latest && latest > published ? latest : published;
}
