import { describe, expect, test } from 'vitest';
import { layout } from './layout.ts';
import { stepFrame, stepView } from './steps.ts';
import { realDeployments } from '../../../tests/fixtures/world-map.ts';

const map = layout(realDeployments(), { frame: 'region', width: 400, precision: 2 });
const aspect = map.width / map.height;
const width = (b: { x0: number; x1: number }) => b.x1 - b.x0;
const height = (b: { y0: number; y1: number }) => b.y1 - b.y0;

describe('stepFrame()', () => {
  test('stepFrame() contains the highlighted countries, at the stage’s proportions', () => {
    const f = stepFrame(map, { highlight: ['MMR', 'KHM', 'THA'], places: [], period: '2019' });
    expect(width(f) / height(f)).toBeCloseTo(aspect, 2);
    for (const id of ['MMR', 'KHM', 'THA']) {
      const b = map.countries.find((c) => c.id === id)!.bounds;
      expect(b.x0).toBeGreaterThanOrEqual(f.x0);
      expect(b.x1).toBeLessThanOrEqual(f.x1);
      expect(b.y0).toBeGreaterThanOrEqual(f.y0);
      expect(b.y1).toBeLessThanOrEqual(f.y1);
    }
  });

  test('stepFrame() zooms in at most four times on a small country', () => {
    const f = stepFrame(map, { highlight: ['QAT'], places: [], period: '2017' });
    expect(width(f)).toBeCloseTo(map.width / 4, 1);
  });

  test('stepFrame() stays inside the map', () => {
    const f = stepFrame(map, { highlight: ['RUS'], places: ['vladivostok'], period: '2019' });
    expect(f.x0).toBeGreaterThanOrEqual(0);
    expect(f.y0).toBeGreaterThanOrEqual(0);
    expect(f.x1).toBeLessThanOrEqual(map.width + 0.01);
    expect(f.y1).toBeLessThanOrEqual(map.height + 0.01);
  });
});

describe('stepView()', () => {
  const view = stepView(map, { highlight: ['MYS'], places: [], period: '2017' }, [14, 9]);

  test('stepView() writes the transform that brings the frame to fill the stage', () => {
    const m = /translate\((-?[\d.]+)px,(-?[\d.]+)px\) scale\(([\d.]+)\)/.exec(view.transform)!;
    const [tx, ty, k] = m.slice(1).map(Number) as [number, number, number];
    expect(k).toBeCloseTo(map.width / width(view.frame), 1);
    expect(view.frame.x0 * k + tx).toBeCloseTo(0, 0);
    expect(view.frame.y0 * k + ty).toBeCloseTo(0, 0);
  });

  test('stepView() keeps circles and labels at screen size', () => {
    const full = map.symbols.find((s) => s.id === 'MYS' && s.period === '2017')!;
    const shown = view.symbols.find((s) => s.id === 'MYS')!;
    expect(shown.r * view.k).toBeCloseTo(full.r, 1);
    expect(view.labels.map((set) => set.size * view.k)).toEqual([
      expect.closeTo(14, 0),
      expect.closeTo(9, 0),
    ]);
    expect(view.labels[0]!.labels.map((l) => l.text)).toContain('Malaysia');
  });

  test('stepView() shows only the circles of its period', () => {
    const v2019 = stepView(map, { highlight: ['RUS'], places: [], period: '2019' }, [14]);
    expect(v2019.symbols.every((s) => s.period === '2019')).toBe(true);
  });
});
