// The story's dated corrections and updates (content/data/updates.yaml), for the feed and
// the structured data's dateModified.
import { getStory, lastUpdated } from './story.ts';
import { toUpdate, type StoryUpdate } from './update-rows.ts';

export type { StoryUpdate } from './update-rows.ts';

/** Newest first. */
export async function getUpdates(): Promise<StoryUpdate[]> {
  const story = await getStory();
  return story.updates.map(toUpdate).reverse();
}

/** When the story last changed: its publication, or its latest dated update. */
export const lastModified = async (published: string): Promise<string> =>
  lastUpdated(await getStory(), published);
