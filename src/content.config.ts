import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import {
  chapterSchema,
  correctionSchema,
  deploymentSchema,
  eventSchema,
  moneySchema,
  sourceSchema,
} from './data/schemas.ts';

const data = (name: string) => file(`./content/data/${name}.yaml`);

export const collections = {
  chapters: defineCollection({
    loader: glob({ base: './content/chapters', pattern: '**/*.mdx' }),
    schema: chapterSchema,
  }),
  sources: defineCollection({ loader: data('sources'), schema: sourceSchema }),
  events: defineCollection({ loader: data('events'), schema: eventSchema }),
  deployments: defineCollection({ loader: data('deployments'), schema: deploymentSchema }),
  money: defineCollection({ loader: data('money'), schema: moneySchema }),
  corrections: defineCollection({ loader: data('corrections'), schema: correctionSchema }),
};
