// The story's dated updates, for the feed and dateModified: read from a collection named
// `updates` when content.config.ts defines one (none yet: then there are none, and Astro logs
// that the collection is empty). Its rows' shape is not ours to fix, so this reads the fields
// an update is likely to have and skips a row without a date.
import { getCollection, type CollectionKey } from 'astro:content';
import { toUpdate, type StoryUpdate } from './update-rows.ts';

export type { StoryUpdate } from './update-rows.ts';

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
