// The data package of this story: its datasets' columns, the field texts, the licence, sources.
import { absolute } from '../lib/url.ts';
import { LICENCE, citation } from '../reuse/licence.ts';
import { dataPackage } from '../reuse/datapackage.ts';
import { site } from '../site.ts';
import { columns } from './columns.ts';
import { DATASETS, DATASET_TITLES } from './dataset-list.ts';
import { FIELDS } from './fields.ts';
import { getStory, lastUpdated } from './story.ts';

export async function storyPackage() {
  const story = await getStory();
  return dataPackage({
    name: 'sent-abroad',
    title: `${site.name}: the data behind “${site.headline}”`,
    description: `Every dataset behind the story’s charts, each row citing its sources (sources.csv). ${site.standfirst}`,
    homepage: absolute(),
    created: lastUpdated(story, site.published),
    author: site.author,
    licence: { name: LICENCE.id, path: LICENCE.url, title: LICENCE.title },
    citation: citation(absolute()),
    sources: story.sources.map((s) => ({ title: `${s.publisher}: ${s.title}`, path: s.url })),
    resources: DATASETS.map((name) => ({
      name,
      title: DATASET_TITLES[name],
      columns: columns(name),
      texts: FIELDS[name],
    })),
  });
}
