import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse } from 'yaml';
import {
  chapterSchema,
  correctionSchema,
  deploymentSchema,
  eventSchema,
  moneySchema,
  sourceSchema,
  updateSchema,
} from './data/schemas.ts';

// YAML's core schema: dates stay text, so a malformed one (2016-13-02) is caught, not rolled over.
const data = (name: string) =>
  file(`./content/data/${name}.yaml`, {
    parser: (text) => parse(text, { schema: 'core', uniqueKeys: true }),
  });

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
  updates: defineCollection({ loader: data('updates'), schema: updateSchema }),
};
