// The MDX check over the parsed chapter (src/mdx/): each bad input an editor (or an attacker
// with commit rights) might write, the line it is reported on, and what the message says to do.
import { describe, expect, test } from 'vitest';
import { checkChapter, isSafeLink, nearest } from '../../src/mdx/check.ts';
import { parseChapter } from '../../src/mdx/tree.ts';
import { chartsIn, citationsIn } from '../../src/data/references.ts';

const FRONT = '---\ntitle: T\nsummary: S.\norder: 9\n---\n\n';
/** The issues of a chapter whose body is `body`, starting on line 7. */
const check = (body: string) => checkChapter(parseChapter(FRONT + body));

describe('checkChapter()', () => {
  test('a clean chapter with our components has no issue', () => {
    expect(
      check(
        'Text.<Cite id="unsc-2397" /> [a link](https://example.org/) [there](#event-unsc-2397) [page](../sources/)\n\n<Timeline from="2016" kinds={["deadline"]} />\n\n<a href="mailto:desk@example.org">mail</a>\n',
      ),
    ).toEqual([]);
  });

  test.each([
    ['<script>alert(1)</script>', /<script> is not allowed in a chapter: chapters cannot run scripts/],
    ['<p>x<script src="https://evil.example/x.js"></script></p>', /<script> is not allowed/],
    ['<SCRIPT>alert(1)</SCRIPT>', /<SCRIPT> is not allowed/],
    ['<img src="x.png" alt="" onerror="alert(1)" />', /<img onerror>: event-handler attributes run script/],
    ['<a href="#x" onClick="alert(1)">x</a>', /<a onClick>: event-handler attributes/],
    ['[click](javascript:alert(1))', /\[…\]\(javascript:alert\(1\)\): links must go to a web page/],
    ['[click](JavaScript:alert(1))', /links must go to a web page/],
    ['[click](data:text/html,<b>x</b>)', /links must go to a web page/],
    ['[r]: javascript:alert(1)\n\n[click][r]', /links must go to a web page/],
    ['![x](javascript:alert(1))', /links must go to a web page/],
    ['<a href="javascript:alert(1)">x</a>', /<a href="javascript:alert\(1\)">: links must go/],
    ['<a href={"javascript:alert(1)"}>x</a>', /<a href="javascript:alert\(1\)">/],
    ['<a href={url}>x</a>', /<a href>: write the address as text/],
    [
      '<iframe src="https://www.youtube.com/embed/x"></iframe>',
      /<iframe> is not allowed in a chapter: frames from other sites .* link to the page instead/,
    ],
    ['<p style="color:red">x</p>', /<p style>: the Content-Security-Policy blocks style attributes/],
    ['<style>{`p{color:red}`}</style>', /<style> is not allowed/],
    ['<object data="x.swf"></object>', /<object> is not allowed/],
    [
      '<Timeline form="2017" />',
      /<Timeline form>: unknown prop "form" \(did you mean from\?\); <Timeline> takes from, to, kinds, id, title, caption/,
    ],
    ['<WorldMap perod="2020" />', /unknown prop "perod" \(did you mean period\?\)/],
    ['<Timline />', /<Timline> is not a component chapters can use \(did you mean <Timeline>\?\)/],
    ['<Timeline embedded />', /<Timeline embedded>: unknown prop "embedded"/],
    ['<Cite id={source} />', /<Cite id>: write the source id as text/],
  ])('%s is reported on its line with what to do', (body, message) => {
    const issues = check(body);
    expect(issues.length).toBeGreaterThan(0);
    expect(issues[0]!.line).toBe(7);
    expect(issues.map((i) => i.message).join('\n')).toMatch(message);
  });

  test('text that only mentions tags, and comments, are not checked as markup', () => {
    expect(
      check(
        'Write `<script>` in code, or {/* <script>alert(1)</script> */}.\n\n```html\n<iframe></iframe>\n```\n',
      ),
    ).toEqual([]);
  });
});

test('isSafeLink() allows web, mail, relative and fragment links only', () => {
  for (const ok of [
    'https://a.org/',
    'HTTP://a.org',
    'mailto:x@y.org',
    '#event-x',
    '../sources/',
    '/data/x.csv',
  ])
    expect(isSafeLink(ok), ok).toBe(true);
  for (const bad of [
    'javascript:alert(1)',
    ' javascript:x',
    'java\tscript:x',
    'data:text/html,x',
    'vbscript:x',
    'file:///x',
  ])
    expect(isSafeLink(bad), bad).toBe(false);
});

test('nearest() suggests a name one or two letters off, and nothing further', () => {
  expect(nearest('form', ['from', 'to'])).toBe('from');
  expect(nearest('colour', ['from', 'to'])).toBeUndefined();
});

describe('citationsIn() reads the parsed chapter', () => {
  test('a commented-out citation is not counted, an expression id is', () => {
    const body =
      FRONT +
      'A.{/* <Cite id="commented" /> */} B.<Cite id={"expr"} /> C.<Cite id=\'single\' />\n\n<Quote source="q" by="X">Y</Quote>\n';
    expect(citationsIn(body)).toEqual([
      { id: 'expr', line: 7 },
      { id: 'single', line: 7 },
      { id: 'q', line: 9 },
    ]);
  });
  test('citations inside code are not counted', () =>
    expect(citationsIn(FRONT + 'Write `<Cite id="x" />` after a claim.\n')).toEqual([]));
});

test('chartsIn() gives each chart the id it will have on the page', () => {
  const body =
    FRONT +
    '<Timeline />\n\n<Timeline id="t2" />\n\n<WorldMap period="2020" />\n\n<WorldMap />\n\n{/* <Timeline /> */}\n';
  expect(chartsIn(body).map((c) => `${c.domId}@${c.line}`)).toEqual([
    'timeline@7',
    't2@9',
    'world-map-2020@11',
    'world-map@13',
  ]);
});
