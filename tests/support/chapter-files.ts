// The chapters' MDX text read from disk, for build steps that run outside Astro's content layer
// (after the build): the same files and the same draft rule as the `chapters` collection.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export function chapterBodies(root: URL): string[] {
  const dir = fileURLToPath(new URL('content/chapters/', root));
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .filter((text) => {
      const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
      return !(front && (parse(front) as { draft?: boolean } | null)?.draft === true);
    });
}
