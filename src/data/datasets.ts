// The datasets offered for download, by file name.
import { getStory, type Story } from './story.ts';

export const DATASETS = ['sources', 'events', 'deployments', 'money', 'corrections'] as const;
export type Dataset = (typeof DATASETS)[number];

export async function rows(name: Dataset): Promise<Record<string, unknown>[]> {
  const story: Story = await getStory();
  return story[name] as unknown as Record<string, unknown>[];
}

export const paths = () => DATASETS.map((name) => ({ params: { name } }));
