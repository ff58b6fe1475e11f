import { describe, expect, it } from 'vitest';
import { embedSnippet } from '../../src/embed/snippet.ts';

const base = {
  slug: 'timeline',
  title: 'From the first camps to the deadline',
  url: 'https://news.example/story/embed/timeline/',
  loader: 'https://news.example/story/embed.js',
  height: 720,
};

describe('embedSnippet()', () => {
  it('is a titled, lazy, full-width iframe with a default height, then the loader', () => {
    expect(embedSnippet(base)).toBe(
      '<iframe src="https://news.example/story/embed/timeline/" title="From the first camps to the deadline"' +
        ' width="100%" height="720" style="border:0;width:100%" loading="lazy" scrolling="no" data-embed="timeline">' +
        '</iframe><script async src="https://news.example/story/embed.js"></script>',
    );
  });

  it('escapes quotes and ampersands in the title', () => {
    const s = embedSnippet({ ...base, title: 'Workers “abroad” & the "deadline" <2019>' });
    expect(s).toContain('title="Workers “abroad” &amp; the &quot;deadline&quot; &lt;2019>"');
  });
});
