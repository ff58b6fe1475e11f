// Heading levels that follow the page: in the one-page story a chapter's title is an h2, its
// ### subheadings and charts h3; on a chapter page the title is the h1, so everything under it
// moves up one (no h1 → h3 skip); on an embed page the chart's title is the h1.
export type HeadingTag = 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

/** The tag for a heading written at `level` in the one-page story, `lift` levels up. */
export function headingTag(level: number, lift = 0): HeadingTag {
  return `h${Math.min(6, Math.max(1, level - lift))}` as HeadingTag;
}
