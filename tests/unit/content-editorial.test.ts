// The story itself, checked: no sentence follows the two source articles too closely, and every
// figure a chapter states cites its source in the same sentence (README: "Checks on the prose").
import { expect, test } from 'vitest';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../editorial/check.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

test('content/ has no sentence that follows a source article and no uncited figure', () => {
  const problems = checkContent(ROOT).map((p) => `${p.where} — ${p.message}`);
  expect(problems, `\n${problems.join('\n')}\n`).toEqual([]);
});
