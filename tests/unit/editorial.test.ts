// The two editorial checks, on fixtures: a sentence that follows a source too closely, and a
// figure stated without its source in the sentence.
import { describe, expect, test } from 'vitest';
import { sentencesOfMdx, sentencesOfText } from '../../src/data/editorial/prose.ts';
import { closestSeed, followsSource, indexSeeds } from '../../src/data/editorial/closeness.ts';
import { figuresIn, uncitedFigures } from '../../src/data/editorial/figures.ts';
import { proseFields } from '../editorial/check.ts';

const SOURCE =
  'Vladivostok is on the coast. But Rungrado has since registered several of its Russia-based subsidiaries as ' +
  'local companies under Russian and other names while several of its North Korean owners are listed as ' +
  'Vietnamese, according to the investigators.\nThe consulate in Vladivostok has shared its address with no less ' +
  'than twelve North Korean-owned companies, the data shows.';
const seeds = indexSeeds([{ file: 'seed.txt', name: 'Seed', text: SOURCE }]);
const follows = (s: string) => followsSource(closestSeed(s, seeds));

describe('closestSeed() and followsSource()', () => {
  test('a copy with synonyms swapped follows its source', () => {
    const swapped =
      'Rungrado had since registered several of its Russian subsidiaries as local firms under Russian and other ' +
      'names, and some of its North Korean owners were listed as Vietnamese.';
    const c = closestSeed(swapped, seeds);
    expect(c?.similarity).toBeGreaterThan(0.6);
    expect(c?.seedLine).toBe(1);
    expect(follows(swapped)).toBe(true);
  });

  test('a copy with the names changed follows its source', () => {
    expect(
      follows(
        'Mekhyansan has since registered several of its Chinese-based subsidiaries as local companies under Chinese ' +
          'and other names while several of its Korean owners are listed as Mongolian.',
      ),
    ).toBe(true);
  });

  test('seven words in a row from the source follow it, even inside a longer sentence of ours', () => {
    expect(
      follows(
        'We checked the registry in 2026 and found that the consulate has shared its address with no less than ' +
          'a dozen firms, which surprised nobody who had followed the case.',
      ),
    ).toBe(true);
  });

  test('the same facts in our own order and words do not', () => {
    const reworded =
      'Investigators said several Russian offshoots of Rungrado were re-registered under local names; in the ' +
      'records, some North Korean owners appeared as Vietnamese.';
    expect(follows(reworded)).toBe(false);
    expect(follows('At least twelve North Korean-owned firms gave the consulate as their address.')).toBe(
      false,
    );
  });

  test('short sentences are not judged', () => {
    expect(closestSeed('Vladivostok is on the coast.', seeds)).toBeUndefined();
  });
});

describe('sentencesOfMdx()', () => {
  const mdx = [
    '---',
    'title: T',
    '---',
    '',
    'Russia reported 11,490 workers.<Cite id="a" /> That was in 2019. Then the U.S. said more.<Cite id="b" />',
    '',
    '### A heading with 2019',
    '',
    '- **Resolution 2270, 2 March 2016:** sanctions.<Cite id="c" />',
    '',
    '<Quote source="a" by="X">A quotation with 500 and the source’s very own words in a row here.</Quote>',
    '',
    'Our sum: <Derived>US$500,000,000 ÷ 100,000 = US$5,000</Derived> a year.',
    '',
    '{/* <Cite id="x" /> a commented-out mark */}Nothing here counts 42 as cited.',
  ].join('\n');
  const sentences = sentencesOfMdx(mdx);

  test('splits sentences at their end, keeps abbreviations, and gives each its line', () => {
    expect(sentences.map((s) => [s.line, s.text, s.cited])).toEqual([
      [5, 'Russia reported 11,490 workers.', true],
      [5, 'That was in 2019.', false],
      [5, 'Then the U.S. said more.', true],
      [9, 'Resolution 2270, 2 March 2016: sanctions.', true],
      [13, 'Our sum: US$500,000,000 ÷ 100,000 = US$5,000 a year.', false],
      [15, 'Nothing here counts 42 as cited.', false],
    ]);
  });

  test('sets quotations aside and marks our own arithmetic', () => {
    expect(sentences.some((s) => s.text.includes('quotation'))).toBe(false);
    expect(sentences[4]?.claimed).toBe('Our sum: a year.');
    expect(
      sentencesOfMdx('He called it “a lifeline for the regime in the long run of years”.')[0]?.ownWords,
    ).toBe('He called it .');
  });
});

describe('uncitedFigures()', () => {
  const check = (mdx: string) => uncitedFigures(sentencesOfMdx(mdx)).map((u) => u.figures);

  test('a cited figure passes; the same figure uncited fails, with its line', () => {
    expect(check('Russia counted 11,490 permit holders.<Cite id="a" />')).toEqual([]);
    const found = uncitedFigures(sentencesOfMdx('One line.\n\nRussia counted 11,490 permit holders.'));
    expect(found).toEqual([
      { line: 3, figures: ['11,490'], sentence: 'Russia counted 11,490 permit holders.' },
    ]);
  });

  test('money, percentages and years are figures', () => {
    expect(check('It earned US$1.2 billion, 62% of it in 2017.')).toEqual([
      ['US$1.2 billion', '62%', '2017'],
    ]);
  });

  test('a derivation marked as ours passes', () => {
    expect(check('Per worker: <Derived>US$5,000 ÷ 12 ≈ US$417</Derived> a month.')).toEqual([]);
  });

  test('a commented-out citation does not count as one', () => {
    expect(check('In 2019 there were 11,490.{/* <Cite id="a" /> */}')).toEqual([['2019', '11,490']]);
  });

  test('figuresIn() ignores words', () => {
    expect(figuresIn(sentencesOfText('No figure here at all.', 1)[0]!)).toEqual([]);
  });
});

describe('proseFields()', () => {
  test('finds the prose fields of data rows with their lines, and skips ids and sources', () => {
    const yaml =
      '- id: a\n  title: A title\n  description: >-\n    Folded text\n    on two lines.\n  sources: [x]\n';
    expect(proseFields(yaml)).toEqual([
      { text: 'A title', line: 2 },
      { text: 'Folded text on two lines.', line: 3 },
    ]);
  });
});
