// Every figure the story states carries its source in the same sentence: a number written in
// digits, a money amount or a percentage, unless it is marked as the story's own arithmetic.
import type { Sentence } from './prose.ts';

export interface UncitedFigure {
  line: number;
  /** The figures found, as written. */
  figures: string[];
  sentence: string;
}

// A run of digits with its separators, currency and unit: 30,023 · US$1.2bn · 62% · 2017.
const FIGURE = /(?:US\$|\$|€|£)?\d(?:[\d,.]*\d)?(?:\s?(?:per ?cent|million|billion|bn)\b|%)?/g;

/** The figures a sentence states as reported (not as our arithmetic). */
export const figuresIn = (s: Sentence): string[] => s.claimed.match(FIGURE) ?? [];

/** Sentences that state a figure with no citation in the sentence. */
export function uncitedFigures(sentences: readonly Sentence[]): UncitedFigure[] {
  return sentences.flatMap((s) => {
    const figures = figuresIn(s);
    return figures.length > 0 && !s.cited ? [{ line: s.line, figures, sentence: s.text }] : [];
  });
}
