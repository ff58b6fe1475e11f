import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import {
  chapterSchema,
  choiceSchema,
  correctionSchema,
  deploymentSchema,
  eventSchema,
  moneySchema,
  sourceSchema,
  updateSchema,
} from './data/schemas.ts';
import { checkRows, formatRowProblems } from './data/rows.ts';
import { recordDataProblem } from './data/health.ts';

// YAML's core schema: dates stay text, so a malformed one (2016-13-02) is caught, not rolled over.
// Rows are checked as they are read, so an error names the row, field, value and YAML line.
const data = (name: string, schema: z.ZodType) => {
  const path = `content/data/${name}.yaml`;
  return file(`./${path}`, {
    parser: (text) => {
      try {
        const { rows, problems } = checkRows(path, text, schema);
        if (problems.length > 0)
          throw new Error(
            `${path} has ${problems.length} problem${problems.length > 1 ? 's' : ''}:\n${formatRowProblems(problems)}`,
          );
        recordDataProblem(path, undefined);
        return rows as Record<string, unknown>[];
      } catch (e) {
        recordDataProblem(path, (e as Error).message);
        throw e;
      }
    },
  });
};

export const collections = {
  chapters: defineCollection({
    loader: glob({ base: './content/chapters', pattern: '**/*.mdx' }),
    schema: chapterSchema,
  }),
  sources: defineCollection({ loader: data('sources', sourceSchema), schema: sourceSchema }),
  events: defineCollection({ loader: data('events', eventSchema), schema: eventSchema }),
  deployments: defineCollection({ loader: data('deployments', deploymentSchema), schema: deploymentSchema }),
  money: defineCollection({ loader: data('money', moneySchema), schema: moneySchema }),
  corrections: defineCollection({ loader: data('corrections', correctionSchema), schema: correctionSchema }),
  updates: defineCollection({ loader: data('updates', updateSchema), schema: updateSchema }),
  choices: defineCollection({ loader: data('choices', choiceSchema), schema: choiceSchema }),
};
