// The editorial choices, read once per build and resolved against the story's rows; a problem
// stops the build (and `npm run dev`) with the file, line, field and what to write instead.
import { getCollection } from 'astro:content';
import { AstroError } from 'astro/errors';
import { readFileSync } from 'node:fs';
import { CHOICES_FILE, formatChoiceProblems, resolveChoices, type Choices } from './choices.ts';
import { getStory } from './story.ts';

let cached: Promise<Choices> | undefined;

export function getChoices(): Promise<Choices> {
  // In `npm run dev` the file changes under a running server: read afresh on each reload.
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}

async function load(): Promise<Choices> {
  const [story, rows] = await Promise.all([getStory(), getCollection('choices')]);
  const { choices, problems } = resolveChoices(
    rows.map((r) => r.data),
    story,
    readFileSync(CHOICES_FILE, 'utf8'),
  );
  if (!choices)
    throw new AstroError(
      `The story's editorial choices have ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${formatChoiceProblems(problems)}`,
      `Fix the line named above in ${CHOICES_FILE}; the comments at the top of the file say what each choice takes.`,
    );
  return choices;
}
