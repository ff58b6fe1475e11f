// The sentences a reader sees in a chapter, read from the parsed MDX tree (never from source
// text by pattern), with where each starts, whether it carries a citation, and which parts are
// the story's own arithmetic or a quotation. Pure: used by the editorial checks and their tests.
// The tree is the one the build compiles and the MDX check reads (src/mdx/tree.ts).
import { parseChapter, type MdNode } from '../../mdx/tree.ts';

export interface Sentence {
  /** What the reader reads, with citation marks left out. */
  text: string;
  /** The same text without the story's own arithmetic (<Derived>): what it says sources said. */
  claimed: string;
  /** The same text with quotations blanked out (for the closeness check). */
  ownWords: string;
  /** 1-based line of the file where the sentence starts. */
  line: number;
  /** A <Cite> stands inside the sentence or right after its last punctuation. */
  cited: boolean;
}

/** Components whose whole content is a quotation: exempt from both checks. */
const QUOTATIONS = new Set(['Quote']);
/** The marker that a figure is our own arithmetic. */
const DERIVED = 'Derived';
const CITE = 'Cite';

// Private-use characters mark spans in the flattened text; readers never type them.
const CITE_MARK = '\uE000';
const DERIVED_OPEN = '\uE001';
const DERIVED_CLOSE = '\uE002';

interface Flat {
  chars: string[];
  lines: number[];
}

type AnyNode = MdNode;

/** Every sentence of an MDX chapter's paragraphs and list items (headings are not sentences). */
export function sentencesOfMdx(source: string): Sentence[] {
  const tree = parseChapter(source);
  const out: Sentence[] = [];
  walkBlocks(tree, out);
  return out;
}

function walkBlocks(node: AnyNode, out: Sentence[]): void {
  for (const child of node.children ?? []) {
    switch (child.type) {
      case 'paragraph':
      case 'tableCell':
        out.push(...splitSentences(flatten(child)));
        break;
      case 'heading':
      case 'code':
      case 'html':
      case 'mdxjsEsm':
      case 'mdxFlowExpression':
        break;
      case 'mdxJsxFlowElement':
        if (!QUOTATIONS.has(child.name ?? '')) walkBlocks(child, out);
        break;
      default:
        if (child.children) walkBlocks(child, out);
    }
  }
}

function flatten(node: AnyNode): Flat {
  const flat: Flat = { chars: [], lines: [] };
  const push = (text: string, line: number) => {
    let l = line;
    for (const ch of text) {
      flat.chars.push(ch);
      flat.lines.push(l);
      if (ch === '\n') l += 1;
    }
  };
  const visit = (n: AnyNode) => {
    const line = n.position?.start.line ?? 0;
    if (n.type === 'text' || n.type === 'inlineCode')
      return push(typeof n.value === 'string' ? n.value : '', line);
    if (n.type === 'break') return push('\n', line);
    if (n.type === 'mdxTextExpression') return; // {/* comments */} and expressions render no prose
    if (n.type === 'mdxJsxTextElement') {
      if (n.name === CITE) return push(CITE_MARK, line);
      if (QUOTATIONS.has(n.name ?? '')) return; // a quotation is the source's words, not ours
      if (n.name === DERIVED) {
        push(DERIVED_OPEN, line);
        n.children?.forEach(visit);
        return push(DERIVED_CLOSE, line);
      }
    }
    n.children?.forEach(visit);
  };
  node.children?.forEach(visit);
  return flat;
}

// A sentence ends at . ! ? (and any closing quote or bracket, and citation marks after it),
// followed by white space and a capital, a digit or an opening mark. Abbreviations do not end one.
const ABBREVIATIONS =
  /(?:\b(?:[A-Z]|[A-Z]\.[A-Z]|Mr|Mrs|Ms|Dr|St|No|vs|etc|e\.g|i\.e|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Co|Corp|Inc|Ltd))\.$/;

function splitSentences(flat: Flat): Sentence[] {
  const { chars, lines } = flat;
  const sentences: Sentence[] = [];
  let start = 0;
  const emit = (end: number) => {
    const raw = chars.slice(start, end).join('');
    if (raw.replace(/[\s\uE000-\uE002]/g, '') !== '') {
      let first = start;
      while (first < end && /\s/.test(chars[first] ?? '')) first += 1;
      sentences.push(makeSentence(raw, lines[first] ?? lines[start] ?? 0));
    }
    start = end;
  };
  for (let i = 0; i < chars.length; i += 1) {
    const ch = chars[i] ?? '';
    if (!'.!?'.includes(ch)) continue;
    let j = i + 1;
    while (j < chars.length && /["”’')\]\uE000\uE002]/.test(chars[j] ?? '')) j += 1;
    if (j >= chars.length) continue;
    if (!/\s/.test(chars[j] ?? '')) continue;
    let k = j;
    while (k < chars.length && /\s/.test(chars[k] ?? '')) k += 1;
    const next = chars[k] ?? '';
    if (!/[A-Z0-9“"‘'(\[\uE001]/.test(next)) continue;
    if (ch === '.' && ABBREVIATIONS.test(chars.slice(Math.max(0, i - 6), i + 1).join(''))) continue;
    emit(j);
  }
  emit(chars.length);
  return sentences;
}

const QUOTED = /“[^”]*”|"[^"]*"/g;

function makeSentence(raw: string, line: number): Sentence {
  const cited = raw.includes(CITE_MARK);
  const text = raw
    .replace(/[\uE000-\uE002]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const withoutQuotes = raw.replace(QUOTED, ' ');
  const claimed = raw
    .replace(/\uE001[^\uE002]*\uE002/g, ' ')
    .replace(/[\uE000-\uE002]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const ownWords = withoutQuotes
    .replace(/[\uE000-\uE002]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return { text, claimed, ownWords, line, cited };
}

/** Plain sentences of a text field (data rows): no markup, so only quotations are set aside. */
export function sentencesOfText(text: string, line: number): Sentence[] {
  return splitSentences({ chars: [...text], lines: [...text].map(() => line) });
}
