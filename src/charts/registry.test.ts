import { describe, expect, it } from 'vitest';
import { DEFAULT_PERIOD, PERIOD_LIST } from '../data/periods.ts';
import {
  CHART_VIEWS,
  embedPath,
  placesView,
  storyViews,
  viewFor,
  viewHeights,
  viewIn,
  viewKey,
  viewOf,
  viewTitle,
  viewsIn,
} from './registry.ts';

describe('chart views', () => {
  it('lists each chart once by default, then its named variants', () => {
    expect(CHART_VIEWS.map(viewKey)).toEqual([
      'world-map',
      'world-map-2017',
      'world-map-2020',
      'world-map-2025',
      'timeline',
      'timeline-compact',
      'revenue',
      'revenue-compact',
    ]);
  });

  it('gives a variant its own embed path, file name and title', () => {
    const v = viewOf('world-map', '2020');
    expect(embedPath(v)).toBe('embed/world-map/2020/');
    expect(viewKey(v)).toBe('world-map-2020');
    expect(viewTitle(v)).toBe('Where the workers were after the deadline');
    expect(viewOf('world-map', '2019')).toEqual({ slug: 'world-map' });
    expect(embedPath(viewOf('timeline', undefined))).toBe('embed/timeline/');
  });

  it('gives every period declared in src/data/periods.ts but the default a view with its title', () => {
    for (const p of PERIOD_LIST) {
      const v = viewOf('world-map', p.key);
      if (p.key === DEFAULT_PERIOD) expect(v).toEqual({ slug: 'world-map' });
      else {
        expect(embedPath(v)).toBe(`embed/world-map/${p.key}/`);
        expect(viewTitle(v)).toBe('title' in p ? p.title : '');
      }
    }
    expect(viewTitle(viewOf('world-map', '2025'))).toBe('Where the workers were in 2025, after the UN Panel');
  });

  it('finds where MDX places a view, by tag and the prop that selects the variant', () => {
    const body = 'Text.\n\n<WorldMap highlight="RUS" period="2020" />\n';
    expect(placesView(body, { slug: 'world-map' })).toBe(true);
    expect(placesView(body, { slug: 'world-map', variant: '2020' })).toBe(true);
    expect(placesView(body, { slug: 'world-map', variant: '2017' })).toBe(false);
    expect(placesView('<WorldMap period={2017} />', { slug: 'world-map', variant: '2017' })).toBe(true);
    expect(placesView('<MapScrolly steps={[]} />', { slug: 'world-map' })).toBe(true);
    expect(placesView('<WorldMap />', { slug: 'timeline' })).toBe(false);
    expect(placesView('{/* <WorldMap period="2017" /> */}', { slug: 'world-map', variant: '2017' })).toBe(
      false,
    );
  });

  it('says which view a chapter shows: the variant it opens on, else the chart', () => {
    expect(viewIn('<WorldMap period="2020" />', 'world-map')).toMatchObject({
      slug: 'world-map',
      variant: '2020',
    });
    expect(viewIn('<MapScrolly>…</MapScrolly>', 'world-map')).toEqual({ slug: 'world-map' });
    expect(viewIn('<WorldMapLegend />', 'world-map')).toBeUndefined();
    expect(viewIn('<Timeline />', 'revenue')).toBeUndefined();
  });
});

describe('variants a chapter makes', () => {
  const body = `Intro.

<Timeline from="2016" to={2019} kinds="resolution,deadline" />

<Timeline title="The deadline year" from="2019" />

<RevenueChart compact />
`;

  it('keys a <Timeline> by its from, to, kinds and title, the same from MDX and from props', () => {
    const [a, b] = viewsIn(body).filter((v) => v.slug === 'timeline');
    expect(viewKey(a!)).toBe('timeline-from-2016-to-2019-resolution-deadline');
    expect(embedPath(a!)).toBe('embed/timeline/from-2016-to-2019-resolution-deadline/');
    expect(a!.props).toEqual({ from: '2016', to: '2019', kinds: 'resolution,deadline' });
    expect(viewKey(b!)).toBe('timeline-from-2019-the-deadline-year');
    expect(viewTitle(b!)).toBe('The deadline year');
    // What the component receives: numbers and lists, and props that are not the view's.
    expect(viewFor('timeline', { from: 2016, to: 2019, kinds: ['resolution', 'deadline'], id: 'x' })).toEqual(
      a,
    );
    expect(viewFor('timeline', { caption: 'Only a caption' })).toEqual({ slug: 'timeline' });
    // Props that match a named variant select it, whichever way they are written.
    expect(viewFor('timeline', { kinds: ['resolution', 'deadline'] })).toMatchObject({ variant: 'compact' });
  });

  it('reads a bare prop as true: <RevenueChart compact /> is the named compact view', () => {
    expect(viewsIn(body).find((v) => v.slug === 'revenue')).toMatchObject({ variant: 'compact' });
    expect(viewFor('revenue', { compact: false })).toEqual({ slug: 'revenue' });
  });

  it('adds each chapter-made view once, after its chart’s built-in ones', () => {
    const keys = storyViews([body, body]).map(viewKey);
    expect(keys).toEqual([
      'world-map',
      'world-map-2017',
      'world-map-2020',
      'world-map-2025',
      'timeline',
      'timeline-compact',
      'timeline-from-2016-to-2019-resolution-deadline',
      'timeline-from-2019-the-deadline-year',
      'revenue',
      'revenue-compact',
    ]);
  });

  it('gives a view its own measured heights, or its chart’s', () => {
    const compact = viewHeights({ slug: 'revenue', variant: 'compact' });
    const whole = viewHeights({ slug: 'revenue' });
    expect(compact.columnHeight).toBeLessThan(whole.columnHeight);
    expect(viewHeights(viewsIn(body)[0]!)).toEqual(viewHeights({ slug: 'timeline' }));
    for (const v of CHART_VIEWS) {
      const h = viewHeights(v);
      expect(h.columnHeight, viewKey(v)).toBeLessThanOrEqual(h.embedHeight);
    }
  });
});
