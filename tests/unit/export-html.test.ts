import { describe, expect, it } from 'vitest';
import {
  attr,
  decodeEntities,
  findAll,
  parseHTML,
  textContent,
  toXML,
} from '../../src/integrations/export/html.ts';

describe('parseHTML()', () => {
  it('reads nested elements, attributes in any quoting, and entities', () => {
    const doc = parseHTML(
      `<div id=a class='x y' hidden><p title="&quot;hi&quot;">A &amp; B&nbsp;C</p></div>`,
    );
    const div = findAll(doc, (e) => e.tag === 'div')[0]!;
    expect(div.attrs).toEqual([
      ['id', 'a'],
      ['class', 'x y'],
      ['hidden', ''],
    ]);
    const p = findAll(div, (e) => e.tag === 'p')[0]!;
    expect(attr(p, 'title')).toBe('"hi"');
    expect(textContent(p)).toBe('A & B\u00a0C');
  });

  it('keeps SVG’s case, self-closing tags and void elements apart from nesting', () => {
    const doc = parseHTML(
      '<svg viewBox="0 0 10 10"><linearGradient id="g"/><path d="M0 0"/></svg><br><img src="x"><p>after</p>',
    );
    const svg = findAll(doc, (e) => e.tag === 'svg')[0]!;
    expect(svg.children.map((c) => typeof c !== 'string' && c.tag)).toEqual(['linearGradient', 'path']);
    expect(doc.children.map((c) => typeof c !== 'string' && c.tag)).toEqual(['svg', 'br', 'img', 'p']);
  });

  it('takes script and style content as raw text, and drops comments', () => {
    const doc = parseHTML('<!-- x --><style>a > b { c: d }</style><script>if (a < b) x()</script>');
    expect(doc.children.map(textContent)).toEqual(['a > b { c: d }', 'if (a < b) x()']);
  });

  it('closes elements left open by a later end tag', () => {
    const doc = parseHTML('<div><p>one<p>two</div><span>three</span>');
    expect(findAll(doc, (e) => e.tag === 'span')[0]).toBeDefined();
    expect(doc.children.map((c) => typeof c !== 'string' && c.tag)).toEqual(['div', 'span']);
  });
});

describe('toXML()', () => {
  it('gives every attribute a value and escapes text and attributes', () => {
    const [el] = parseHTML(
      '<g hidden data-x="a&amp;b"><text>1 < 2 &amp; "q"</text><rect></rect></g>',
    ).children;
    expect(toXML(el!)).toBe(
      '<g hidden="" data-x="a&amp;b"><text>1 &lt; 2 &amp; &quot;q&quot;</text><rect/></g>',
    );
  });
});

describe('decodeEntities()', () => {
  it('decodes named, decimal and hex references and leaves unknown ones', () => {
    expect(decodeEntities('&lt;&#8217;&#x2014;&bogus;')).toBe('<’—&bogus;');
  });
});
