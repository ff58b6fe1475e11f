// The datasets' rows as the downloads publish them.
import { getStory, type Story } from './story.ts';
import { DATASETS, ordered, type Dataset } from './dataset-list.ts';

export { DATASETS, DATASET_TITLES, ordered, type Dataset } from './dataset-list.ts';

export async function rows(name: Dataset): Promise<Record<string, unknown>[]> {
  const story: Story = await getStory();
  return ordered(name, story[name] as unknown as Record<string, unknown>[]);
}

export const paths = () => DATASETS.map((name) => ({ params: { name } }));
