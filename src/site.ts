// Words that appear on every page. The story's text lives in content/.
export const site = {
  name: 'Sent Abroad',
  headline: 'The workers the UN ordered home',
  standfirst:
    'In December 2017 the Security Council gave every country two years to send North Korea’s overseas workers home. Where they had gone, what their labour earned the state, what happened when the deadline passed, and what became of the trade after Russia’s veto shut down the UN’s own investigators in 2024.',
  byline: 'Text, data and graphics by the Sent Abroad data desk',
  /** Who wrote it, as citations, the feed and structured data name them. */
  author: 'Sent Abroad data desk',
  published: '2026-11-22',
  lang: 'en',
};
