// /feed.xml: RSS 2.0 of the chapters and the story's dated updates (@astrojs/rss).
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { chapterSlug, getStory } from '../data/story.ts';
import { getUpdates } from '../data/updates.ts';
import { absolute } from '../lib/url.ts';
import { LICENCE } from '../reuse/licence.ts';
import { feedItems } from '../reuse/feed.ts';
import { site } from '../site.ts';

export const GET: APIRoute = async () => {
  const story = await getStory();
  const chapters = story.chapterEntries.map((c) => ({ slug: chapterSlug(c), ...c.data }));
  return rss({
    title: `${site.name}: ${site.headline}`,
    description: site.standfirst,
    site: absolute(),
    items: feedItems(chapters, await getUpdates(), site.published).map((i) => ({
      ...i,
      // Absolute, so the feed library keeps them as they are (it would add a slash after #update-…).
      link: absolute(i.link),
    })),
    customData: `<language>${site.lang}</language><copyright>${site.author}, ${LICENCE.name} (${LICENCE.url})</copyright>`,
  });
};
