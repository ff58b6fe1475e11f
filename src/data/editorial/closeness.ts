// Does a sentence of ours follow a sentence of a source article too closely? "Too closely" is
// kept word order: the fewest word edits (swap, add, drop) that turn our sentence into some
// stretch of the source, against the sentence's length. Swapping synonyms or names keeps the
// order and so keeps the sentence close; rewording in our own words does not. Pure.

export interface SeedText {
  /** Where it is, for messages: tests/editorial/seeds/asia-times-2019.txt */
  file: string;
  /** Who wrote it, for messages. */
  name: string;
  text: string;
}

interface Token {
  word: string;
  /** The word as written, for showing the matched stretch. */
  raw: string;
  line: number;
}

export interface SeedIndex {
  seeds: { seed: SeedText; tokens: Token[] }[];
}

export interface Closeness {
  /** 1 − edits ÷ words: 1 is a copy, 0 shares nothing in order. */
  similarity: number;
  /** How many of our words stand, unchanged and in order, in the source's stretch. */
  shared: number;
  /** The longest run of words we share with the source one after another. */
  run: number;
  seed: SeedText;
  /** Line of the source where the matched stretch starts. */
  seedLine: number;
  /** The source's stretch that our sentence follows. */
  excerpt: string;
}

/**
 * A sentence of at least `minWords` follows its source when it keeps `similarity` of its word
 * order with `minShared` words unchanged, or repeats `run` words of it in a row (the classic
 * seven-word test for copied phrasing).
 */
export const CLOSENESS = { similarity: 0.45, minWords: 8, minShared: 8, run: 7 } as const;

/** Lower-case word stems: "Russia-based companies" → russia base company, near enough. */
export function words(text: string, line = 0): Token[] {
  const out: Token[] = [];
  let l = line;
  for (const part of text.split(/(\n)/)) {
    if (part === '\n') {
      l += 1;
      continue;
    }
    for (const raw of part.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []) {
      const word = stem(
        raw
          .toLowerCase()
          .replace(/['’]s$/, '')
          .replace(/['’]/g, ''),
      );
      if (word) out.push({ word, raw, line: l });
    }
  }
  return out;
}

function stem(w: string): string {
  if (/^\d/.test(w)) return w;
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

export function indexSeeds(seeds: readonly SeedText[]): SeedIndex {
  return { seeds: seeds.map((seed) => ({ seed, tokens: words(seed.text, 1) })) };
}

/** The source stretch our sentence follows most closely, or undefined if it is too short to judge. */
export function closestSeed(sentence: string, index: SeedIndex): Closeness | undefined {
  const ours = words(sentence).map((t) => t.word);
  if (ours.length < CLOSENESS.minWords) return undefined;
  let best: Closeness | undefined;
  for (const { seed, tokens } of index.seeds) {
    const m = alignInside(ours, tokens);
    const similarity = 1 - m.cost / ours.length;
    const run = longestRun(ours, tokens);
    if (!best || similarity > best.similarity || (similarity === best.similarity && m.shared > best.shared)) {
      best = {
        similarity,
        shared: m.shared,
        run: Math.max(run, best?.run ?? 0),
        seed,
        seedLine: tokens[m.start]?.line ?? 1,
        excerpt: tokens
          .slice(m.start, m.end)
          .map((t) => t.raw)
          .join(' '),
      };
    } else if (run > best.run) best.run = run;
  }
  return best;
}

/** The longest stretch of words that stands, word for word, in both. */
function longestRun(a: readonly string[], b: readonly Token[]): number {
  let prev = new Int32Array(b.length + 1);
  let longest = 0;
  for (const word of a) {
    const row = new Int32Array(b.length + 1);
    for (let j = 1; j <= b.length; j += 1) {
      if (b[j - 1]?.word === word) {
        const n = (prev[j - 1] ?? 0) + 1;
        row[j] = n;
        if (n > longest) longest = n;
      }
    }
    prev = row;
  }
  return longest;
}

/** True when the sentence keeps a source's word order closely enough to count as following it. */
export const followsSource = (c: Closeness | undefined): c is Closeness =>
  c !== undefined &&
  ((c.similarity >= CLOSENESS.similarity && c.shared >= CLOSENESS.minShared) || c.run >= CLOSENESS.run);

/**
 * Edit distance between `a` and the best-matching stretch of `b` (free start and end in b),
 * with how many words matched on that path and where the stretch lies.
 */
function alignInside(a: readonly string[], b: readonly Token[]) {
  const m = b.length;
  // Rolling rows of cost, matches (to break ties) and where in b the path began.
  let cost = new Int32Array(m + 1);
  let shared = new Int32Array(m + 1);
  let from = Int32Array.from({ length: m + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const c2 = new Int32Array(m + 1);
    const s2 = new Int32Array(m + 1);
    const f2 = new Int32Array(m + 1);
    c2[0] = i;
    f2[0] = 0;
    const ai = a[i - 1];
    for (let j = 1; j <= m; j += 1) {
      const same = b[j - 1]?.word === ai;
      // Diagonal (match or swap), up (a word of ours the source lacks), left (a source word we drop).
      let bc = (cost[j - 1] ?? 0) + (same ? 0 : 1);
      let bs = (shared[j - 1] ?? 0) + (same ? 1 : 0);
      let bf = from[j - 1] ?? 0;
      const upC = (cost[j] ?? 0) + 1;
      if (upC < bc || (upC === bc && (shared[j] ?? 0) > bs)) {
        bc = upC;
        bs = shared[j] ?? 0;
        bf = from[j] ?? 0;
      }
      const leftC = (c2[j - 1] ?? 0) + 1;
      if (leftC < bc || (leftC === bc && (s2[j - 1] ?? 0) > bs)) {
        bc = leftC;
        bs = s2[j - 1] ?? 0;
        bf = f2[j - 1] ?? 0;
      }
      c2[j] = bc;
      s2[j] = bs;
      f2[j] = bf;
    }
    cost = c2;
    shared = s2;
    from = f2;
  }
  let end = 0;
  for (let j = 1; j <= m; j += 1) {
    const better = (cost[j] ?? 0) < (cost[end] ?? 0);
    const tie = (cost[j] ?? 0) === (cost[end] ?? 0) && (shared[j] ?? 0) > (shared[end] ?? 0);
    if (better || tie) end = j;
  }
  return { cost: cost[end] ?? a.length, shared: shared[end] ?? 0, start: from[end] ?? 0, end };
}
