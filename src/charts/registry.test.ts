import { describe, expect, it } from 'vitest';
import { DEFAULT_PERIOD, PERIOD_LIST } from '../data/periods.ts';
import { CHART_VIEWS, embedPath, placesView, viewIn, viewKey, viewOf, viewTitle } from './registry.ts';

describe('chart views', () => {
  it('lists each chart once by default, then its variants', () => {
    expect(CHART_VIEWS.map(viewKey)).toEqual([
      'world-map',
      'world-map-2017',
      'world-map-2020',
      'world-map-2025',
      'timeline',
      'revenue',
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
  });

  it('says which view a chapter shows: the variant it opens on, else the chart', () => {
    expect(viewIn('<WorldMap period="2020" />', 'world-map')).toEqual({ slug: 'world-map', variant: '2020' });
    expect(viewIn('<MapScrolly>…</MapScrolly>', 'world-map')).toEqual({ slug: 'world-map' });
    expect(viewIn('<WorldMapLegend />', 'world-map')).toBeUndefined();
    expect(viewIn('<Timeline />', 'revenue')).toBeUndefined();
  });
});
