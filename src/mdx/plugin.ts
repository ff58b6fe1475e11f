// The MDX check as a step of Astro's MDX pipeline (a Sätteri mdast plugin): a chapter with a
// <script>, an on… attribute, a javascript: link or another site's <iframe> never compiles,
// whatever page includes it. It reads the whole file so that lines are the editor's.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastPluginEntry } from 'satteri';
import { checkChapter } from './check.ts';
import { parseChapter } from './tree.ts';

export const chapterCheck: MdastPluginEntry = (ctx) => {
  if (ctx.sourceFormat !== 'mdx' || !ctx.fileURL) return null;
  const path = fileURLToPath(ctx.fileURL);
  const issues = checkChapter(parseChapter(readFileSync(path, 'utf8')));
  if (issues.length > 0) {
    const file = relative(process.cwd(), path);
    throw new Error(
      `${file} has ${issues.length} problem${issues.length > 1 ? 's' : ''}:\n` +
        issues.map((i) => `  ${file}:${i.line} — ${i.message}`).join('\n'),
    );
  }
  return null;
};
