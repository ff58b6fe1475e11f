// One policy for where a citation number goes, for the story's text, every chart and the frame.
// In the story the page carries its notes, so a number jumps to its entry (#src-<id>); an embed
// sits on someone else's page with no notes, so there it opens the source itself, in a new tab.
import type { Source } from '../../data/schemas.ts';

export interface CitationLink {
  href: string;
  target?: '_blank';
  rel?: 'noopener';
}

export const citationLink = (source: Pick<Source, 'id' | 'url'>, embedded: boolean): CitationLink =>
  embedded ? { href: source.url, target: '_blank', rel: 'noopener' } : { href: `#src-${source.id}` };
