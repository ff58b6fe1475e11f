// schema.org NewsArticle for the story and each chapter, as JSON-LD: what search engines and
// readers' tools read for the headline, dates, author, publisher, image and licence.

export interface ArticleOptions {
  headline: string;
  description: string;
  /** Absolute URL of the page. */
  url: string;
  /** Absolute URL of its 1200×630 card. */
  image: string;
  datePublished: string;
  dateModified: string;
  author: string;
  publisher: string;
  /** Absolute URL of the site's home, the publisher's address. */
  home: string;
  logo: string;
  licence: string;
  /** The whole story, for a chapter. */
  partOf?: { headline: string; url: string };
  section?: string;
}

export function newsArticle(o: ArticleOptions) {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: o.headline,
    description: o.description,
    url: o.url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': o.url },
    image: [{ '@type': 'ImageObject', url: o.image, width: 1200, height: 630 }],
    datePublished: o.datePublished,
    dateModified: o.dateModified,
    author: [{ '@type': 'Organization', name: o.author, url: o.home }],
    publisher: {
      '@type': 'Organization',
      name: o.publisher,
      url: o.home,
      logo: { '@type': 'ImageObject', url: o.logo },
    },
    license: o.licence,
    isAccessibleForFree: true,
    inLanguage: 'en',
    ...(o.section ? { articleSection: o.section } : {}),
    ...(o.partOf
      ? { isPartOf: { '@type': 'CreativeWork', name: o.partOf.headline, url: o.partOf.url } }
      : {}),
  };
}

/** JSON for a <script type="application/ld+json">: "<" escaped so no text can close the element. */
export const jsonForScript = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');
