// Runs the editorial checks over content/: chapters' sentences against the two source articles
// (closeness) and for uncited figures; data rows' text fields for closeness. Used by the unit
// test that fails `npm test`, and by `npm run check:prose` for an editor's full list.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import { sentencesOfMdx, sentencesOfText, type Sentence } from '../../src/data/editorial/prose.ts';
import {
  closestSeed,
  followsSource,
  indexSeeds,
  type SeedIndex,
  type SeedText,
} from '../../src/data/editorial/closeness.ts';
import { uncitedFigures } from '../../src/data/editorial/figures.ts';

export interface EditorialProblem {
  /** file:line, as an editor opens it. */
  where: string;
  message: string;
}

const SEEDS: Omit<SeedText, 'text'>[] = [
  { file: 'tests/editorial/seeds/asia-times-2019.txt', name: 'Asia Times (2019)' },
  { file: 'tests/editorial/seeds/fdd-2020.txt', name: 'FDD (2020)' },
];

/** The fields of data rows that readers read as prose (titles of sources are theirs, not ours). */
const PROSE_FIELDS = new Set([
  'title',
  'description',
  'summary',
  'work',
  'figureNote',
  'label',
  'text',
  'measure',
  'claim',
  'correction',
  'before',
  'after',
  'note',
]);

export function loadSeeds(root: string): SeedIndex {
  return indexSeeds(SEEDS.map((s) => ({ ...s, text: readFileSync(join(root, s.file), 'utf8') })));
}

const clip = (s: string, n = 140) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function closenessProblems(file: string, sentences: readonly Sentence[], seeds: SeedIndex) {
  return sentences.flatMap((s): EditorialProblem[] => {
    const c = closestSeed(s.ownWords, seeds);
    if (!followsSource(c)) return [];
    return [
      {
        where: `${file}:${s.line}`,
        message:
          `follows ${c.seed.name} too closely (${Math.round(c.similarity * 100)}% of its word order kept, ` +
          `${c.shared} words in the same order, ${c.run} in a row): "${clip(s.text)}" ~ ${c.seed.file}:${c.seedLine} "${clip(c.excerpt)}". ` +
          'Reword it in your own order and words, or quote the source and mark the quotation.',
      },
    ];
  });
}

/** Every problem in the chapters and data files under root/content. */
export function checkContent(root: string): EditorialProblem[] {
  const seeds = loadSeeds(root);
  const problems: EditorialProblem[] = [];
  const chapters = join(root, 'content/chapters');
  for (const name of readdirSync(chapters)
    .filter((f) => f.endsWith('.mdx'))
    .sort()) {
    const file = `content/chapters/${name}`;
    const sentences = sentencesOfMdx(readFileSync(join(root, file), 'utf8'));
    problems.push(...closenessProblems(file, sentences, seeds));
    for (const u of uncitedFigures(sentences))
      problems.push({
        where: `${file}:${u.line}`,
        message:
          `states ${u.figures.join(', ')} with no <Cite> in the sentence: "${clip(u.sentence)}". ` +
          'Add <Cite id="…" /> for the source that gives it, or wrap our own arithmetic in <Derived>…</Derived>.',
      });
  }
  const data = join(root, 'content/data');
  for (const name of readdirSync(data)
    .filter((f) => f.endsWith('.yaml'))
    .sort()) {
    const file = `content/data/${name}`;
    for (const field of proseFields(readFileSync(join(data, name), 'utf8'), name === 'sources.yaml'))
      problems.push(...closenessProblems(file, sentencesOfText(field.text, field.line), seeds));
  }
  return problems;
}

/** The prose fields of a YAML data file with the line each starts on. */
export function proseFields(yaml: string, notesOnly = false): { text: string; line: number }[] {
  const counter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter: counter });
  const out: { text: string; line: number }[] = [];
  const walk = (node: YamlNode | null | undefined) => {
    if (isSeq(node)) node.items.forEach((n) => walk(n as YamlNode));
    else if (isMap(node))
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '';
        const value = pair.value as YamlNode | null;
        if (isScalar(value) && typeof value.value === 'string') {
          if (PROSE_FIELDS.has(key) && (!notesOnly || key === 'note'))
            out.push({ text: value.value, line: counter.linePos(value.range?.[0] ?? 0).line });
        } else walk(value);
      }
  };
  walk(doc.contents as YamlNode | null);
  return out;
}
