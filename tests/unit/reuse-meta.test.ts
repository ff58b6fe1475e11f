// The pure generators behind the reuse layer: snippets, oEmbed, JSON-LD, feed items, updates,
// the props read from MDX and the licence's citation.
import { describe, expect, it } from 'vitest';
import { ampSnippet, imageSnippet, staticSnippet } from '../../src/embed/snippet.ts';
import { oembedPath, oembedResponse } from '../../src/reuse/oembed.ts';
import { jsonForScript, newsArticle } from '../../src/reuse/jsonld.ts';
import { feedItems } from '../../src/reuse/feed.ts';
import { LICENCE, citation } from '../../src/reuse/licence.ts';
import { tagUses } from '../../src/charts/tag-props.ts';
import { toUpdate } from '../../src/data/update-rows.ts';

const base = {
  slug: 'timeline',
  title: 'A “title” & more',
  url: 'https://n.example/embed/timeline/',
  height: 2788,
};

describe('snippets', () => {
  it('staticSnippet() is a script-free, scrollable iframe at the fixed height, then a link to the image', () => {
    const s = staticSnippet({ ...base, image: 'https://n.example/charts/timeline.png' });
    expect(s).not.toContain('<script');
    expect(s).not.toContain('scrolling="no"');
    expect(s).toContain('height="2788"');
    expect(s).toContain('title="A “title” &amp; more"');
    expect(s).toMatch(
      /<\/iframe>\n<p><a href="https:\/\/n\.example\/charts\/timeline\.png">A “title” &amp; more \(chart as an image\)<\/a><\/p>$/,
    );
  });

  it('ampSnippet() is a resizable, responsive amp-iframe with the overflow button AMP requires', () => {
    const s = ampSnippet(base);
    expect(s).toMatch(/^<amp-iframe src="https:\/\/n\.example\/embed\/timeline\/"/);
    expect(s).toContain(' resizable ');
    expect(s).toContain('layout="responsive"');
    expect(s).toContain('sandbox="allow-scripts allow-same-origin');
    expect(s).toContain('<button overflow type="button">');
  });

  it('imageSnippet() links the image, with its title as alt, to where the chart is told', () => {
    expect(
      imageSnippet({ title: 'T', image: 'https://n.example/c.png', home: 'https://n.example/ch/' }),
    ).toBe(
      '<a href="https://n.example/ch/"><img src="https://n.example/c.png" alt="T" width="600" style="max-width:100%;height:auto;border:0"></a>',
    );
  });
});

describe('oembedResponse()', () => {
  it('has what oEmbed 1.0 asks of a rich response, with the thumbnail’s size', () => {
    const r = oembedResponse({
      title: 'T',
      html: '<iframe></iframe>',
      width: 648,
      height: 835,
      providerName: 'Sent Abroad',
      providerUrl: 'https://n.example/',
      authorName: 'Desk',
      authorUrl: 'https://n.example/ch/',
      thumbnail: { url: 'https://n.example/c.png', width: 1504, height: 900 },
    });
    expect(r).toMatchObject({
      version: '1.0',
      type: 'rich',
      html: '<iframe></iframe>',
      width: 648,
      height: 835,
    });
    expect(r).toMatchObject({
      thumbnail_url: 'https://n.example/c.png',
      thumbnail_width: 1504,
      thumbnail_height: 900,
    });
    expect(oembedPath('world-map-2020')).toBe('oembed/world-map-2020.json');
  });
});

describe('newsArticle()', () => {
  const o = {
    headline: 'H',
    description: 'D',
    url: 'https://n.example/ch/',
    image: 'https://n.example/og/x.png',
    datePublished: '2026-11-22',
    dateModified: '2026-12-01',
    author: 'Desk',
    publisher: 'Sent Abroad',
    home: 'https://n.example/',
    logo: 'https://n.example/favicon.svg',
    licence: LICENCE.url,
  };

  it('is a schema.org NewsArticle with the fields search engines read', () => {
    const ld = newsArticle({ ...o, partOf: { headline: 'Story', url: 'https://n.example/' } });
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'H',
      datePublished: '2026-11-22',
      dateModified: '2026-12-01',
      author: [{ '@type': 'Organization', name: 'Desk' }],
      publisher: { '@type': 'Organization', name: 'Sent Abroad', logo: { url: o.logo } },
      image: [{ url: o.image, width: 1200, height: 630 }],
      mainEntityOfPage: { '@id': o.url },
      license: LICENCE.url,
      isPartOf: { url: 'https://n.example/' },
    });
    expect(newsArticle(o)).not.toHaveProperty('isPartOf');
  });

  it('escapes "<" so no text can close the script element', () => {
    const text = jsonForScript(newsArticle({ ...o, headline: '</script><b>' }));
    expect(text).not.toContain('</script>');
    expect(JSON.parse(text).headline).toBe('</script><b>');
  });
});

describe('feedItems()', () => {
  const chapters = [
    { slug: '01-a', title: 'A', summary: 'Sa', order: 1 },
    { slug: '02-b', title: 'B', summary: 'Sb', order: 2 },
  ];

  it('lists the chapters in order on the story’s date, and dated updates newest first above them', () => {
    const items = feedItems(
      chapters,
      [
        {
          id: 'panel',
          date: '2026-12-01',
          title: 'Update: The Panel’s figures',
          text: 'It said…',
          path: 'chapters/02-b/',
        },
      ],
      '2026-11-22',
    );
    expect(items.map((i) => i.link)).toEqual([
      'chapters/02-b/#update-panel',
      'chapters/01-a/',
      'chapters/02-b/',
    ]);
    expect(items[0]!.pubDate.toISOString()).toBe('2026-12-01T12:00:00.000Z');
    expect(items[1]).toMatchObject({ title: '1. A', description: 'Sa', categories: ['chapter'] });
  });
});

describe('toUpdate()', () => {
  it('tells a row of updates.yaml as a feed item: what the story says now, and what it said', () => {
    expect(
      toUpdate({
        id: 'u1',
        date: '2026-12-01',
        chapter: '03-the-money',
        kind: 'correction',
        before: 'About US$500 million.',
        after: 'More than US$500 million.',
        sources: ['a'],
      }),
    ).toEqual({
      id: 'u1',
      date: '2026-12-01',
      title: 'Correction: More than US$500 million.',
      text: 'It said: About US$500 million. It says now: More than US$500 million.',
      path: 'chapters/03-the-money/',
    });
  });
});

describe('tagUses()', () => {
  it('reads each use of a tag with its literal props; comments and longer tag names do not count', () => {
    const body = `<Timeline from="2016" to={2019} kinds={['resolution', 'deadline']} title='It’s "quoted"' />
{/* <Timeline from="1990" /> */}
<TimelineNote />
<RevenueChart compact
  id="r2" />`;
    expect(tagUses(body, 'Timeline')).toEqual([
      { from: '2016', to: '2019', kinds: 'resolution,deadline', title: 'It’s "quoted"' },
    ]);
    expect(tagUses(body, 'RevenueChart')).toEqual([{ compact: 'true', id: 'r2' }]);
  });
});

describe('citation()', () => {
  it('names the authors, the title, the site, the year, the address and the licence', () => {
    expect(citation('https://n.example/')).toBe(
      'Sent Abroad data desk, “The workers the UN ordered home”, Sent Abroad, 2026, https://n.example/. Licence: CC BY 4.0.',
    );
  });
});
