// What a chapter may contain. Chapters are text and our components: nothing in them may run as
// script in a reader's browser, load another site, or break the Content-Security-Policy; a
// component's misspelt prop is an error. Each problem names its line and what to write instead.
import { CHAPTER_PROPS } from './components.ts';
import { elements, walk, type Element, type MdNode } from './tree.ts';

export interface ChapterIssue {
  line: number;
  /** What is wrong, and what to write instead. */
  message: string;
}

const CHARTS = 'our charts are <WorldMap />, <Timeline />, <RevenueChart /> and <MapScrolly>';

/** Props the story's cross-checks read as text (citations), so an expression would hide them. */
const TEXT_PROPS: Readonly<Record<string, readonly string[]>> = {
  Cite: ['id'],
  Quote: ['source'],
  Figure: ['sources'],
};

/** HTML elements a chapter may not use, with what to write instead. */
const FORBIDDEN: Readonly<Record<string, string>> = {
  script:
    'chapters cannot run scripts; the charts bring their own behaviour (ask a developer for a new component)',
  iframe: `frames from other sites would run their scripts in the story: link to the page instead, [its title](https://…); ${CHARTS}`,
  frame: 'frames are not allowed: link to the page instead',
  frameset: 'frames are not allowed: link to the page instead',
  object: 'embedded objects are not allowed: link to the file instead',
  embed: 'embedded objects are not allowed: link to the file instead',
  applet: 'applets are not allowed',
  style:
    'styles live in src/styles, not in chapters (the Content-Security-Policy would block them); write plain Markdown',
  link: 'stylesheets and links in the page head are not for chapters; write a Markdown link, [text](https://…)',
  meta: 'page metadata comes from the frontmatter (title, summary)',
  base: 'a <base> would change every link on the page',
  form: 'forms are not allowed in chapters',
};

/** Attributes holding an address a browser follows. */
const URL_ATTRS = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'poster',
  'data',
  'cite',
  'background',
]);

/**
 * True for an address a chapter may link to: a web page (http, https), mail, or an address on
 * this site (relative, or a #fragment). Read as a browser reads it, so case, spaces and tabs
 * cannot hide javascript: or data:.
 */
export function isSafeLink(url: string): boolean {
  const parsed = URL.parse(url, 'https://this.site.invalid/');
  return parsed !== null && ['http:', 'https:', 'mailto:'].includes(parsed.protocol);
}

/** The known name nearest to a misspelt one, when it is close (one or two letters off). */
export function nearest(word: string, names: readonly string[]): string | undefined {
  const d = (a: string, b: string) => {
    const row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      let prev = row[0]!;
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const cur = row[j]!;
        row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
        prev = cur;
      }
    }
    return row[b.length]!;
  };
  const best = names
    .map((n) => ({ n, d: d(word.toLowerCase(), n.toLowerCase()) }))
    .sort((a, b) => a.d - b.d)[0];
  return best && best.d <= 2 ? best.n : undefined;
}

function checkElement(el: Element): ChapterIssue[] {
  const issues: ChapterIssue[] = [];
  const at = (message: string) => issues.push({ line: el.line, message });
  const forbidden = FORBIDDEN[el.name.toLowerCase()];
  if (forbidden) at(`<${el.name}> is not allowed in a chapter: ${forbidden}`);
  const isComponent = /^[A-Z]/.test(el.name) || el.name.includes('.');
  if (isComponent && !forbidden) {
    const props = (CHAPTER_PROPS as Record<string, readonly string[]>)[el.name];
    if (!props) {
      const guess = nearest(el.name, Object.keys(CHAPTER_PROPS));
      at(
        `<${el.name}> is not a component chapters can use${guess ? ` (did you mean <${guess}>?)` : ''}; they are ${Object.keys(CHAPTER_PROPS).join(', ')}`,
      );
      return issues;
    }
    for (const name of el.attrs.keys())
      if (!props.includes(name)) {
        const guess = nearest(name, props);
        at(
          `<${el.name} ${name}>: unknown prop "${name}"${guess ? ` (did you mean ${guess}?)` : ''}; <${el.name}> takes ${props.join(', ')}`,
        );
      }
    for (const name of TEXT_PROPS[el.name] ?? [])
      if (el.attrs.has(name) && !('text' in el.attrs.get(name)!))
        at(`<${el.name} ${name}>: write the source id as text, ${name}="source-id"`);
    if (el.spreads) at(`<${el.name}>: write its props out ({...spread} props cannot be checked)`);
    return issues;
  }
  for (const [name, value] of el.attrs) {
    const lower = name.toLowerCase();
    if (/^on/.test(lower))
      at(`<${el.name} ${name}>: event-handler attributes run script and are not allowed; remove it`);
    else if (lower === 'style')
      at(`<${el.name} style>: the Content-Security-Policy blocks style attributes; write plain Markdown`);
    else if (lower === 'dangerouslysetinnerhtml' || lower.startsWith('set:'))
      at(`<${el.name} ${name}>: raw HTML is not allowed; write the text itself`);
    else if (URL_ATTRS.has(lower)) {
      if ('expression' in value) at(`<${el.name} ${name}>: write the address as text, ${name}="https://…"`);
      else if ('text' in value && !isSafeLink(value.text))
        at(`<${el.name} ${name}="${value.text.slice(0, 40)}">: ${LINK_ADVICE}`);
    }
  }
  if (el.spreads) at(`<${el.name}>: write its attributes out ({...spread} attributes cannot be checked)`);
  return issues;
}

const LINK_ADVICE =
  'links must go to a web page (https://…), a mail address (mailto:…), a page of this site or a #fragment; javascript:, data: and other schemes are not allowed';

/** Everything wrong with a chapter's tree, in reading order. */
export function checkChapter(tree: MdNode): ChapterIssue[] {
  const issues: ChapterIssue[] = elements(tree).flatMap(checkElement);
  for (const n of walk(tree)) {
    if (
      (n.type === 'link' || n.type === 'image' || n.type === 'definition') &&
      n.url !== undefined &&
      !isSafeLink(n.url)
    )
      issues.push({ line: lineOf(n), message: `[…](${n.url.slice(0, 40)}): ${LINK_ADVICE}` });
    // Raw HTML, where the parser keeps it as such (MDX parses tags as JSX, so this is a safeguard).
    if (n.type === 'html')
      issues.push({ line: lineOf(n), message: 'raw HTML is not allowed in a chapter; write Markdown' });
  }
  return issues.sort((a, b) => a.line - b.line);
}

const lineOf = (n: MdNode) => n.position?.start.line ?? 0;
