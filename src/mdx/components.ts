// The components a chapter may use and the props each takes: what the MDX check holds chapters
// to (a misspelt prop is an error, not silently ignored). mdx.ts must provide exactly these.
export const CHAPTER_PROPS = {
  Cite: ['id'],
  Derived: [],
  Quote: ['source', 'by'],
  Figure: ['caption', 'sources'],
  Timeline: ['from', 'to', 'kinds', 'id', 'title', 'caption'],
  WorldMap: ['period', 'highlight', 'id', 'title', 'caption'],
  MapScrolly: ['id'],
  MapStep: ['highlight', 'places', 'period'],
  RevenueChart: ['workers', 'perMonth', 'id', 'compact'],
} as const satisfies Record<string, readonly string[]>;

export type ChapterComponent = keyof typeof CHAPTER_PROPS;

/** The id a chart gets on the page when given `id` (or not): two alike would clash on `/`. */
export function chartDomId(
  name: string,
  props: Readonly<Record<string, string | undefined>>,
): string | undefined {
  switch (name) {
    case 'Timeline':
      return props.id ?? 'timeline';
    case 'WorldMap':
      return (
        props.id ?? (props.period && props.period !== '2019' ? `world-map-${props.period}` : 'world-map')
      );
    case 'MapScrolly':
      return props.id ? `map-scrolly-${props.id}` : 'map-scrolly';
    case 'RevenueChart':
      return props.id ?? 'revenue';
    default:
      return undefined;
  }
}
