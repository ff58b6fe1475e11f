import { describe, expect, test } from 'vitest';
import { parsePath } from './geometry.ts';
import { overlaps } from './labels.ts';
import { layout, layoutOnce, ORIGIN, type MapLayout } from './layout.ts';
import { realDeployments, row } from '../../../tests/fixtures/world-map.ts';

const deployments = realDeployments();
const points = (d: string) => parsePath(d).flat();
const extent = (d: string) => {
  const pts = points(d);
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  return { x0: Math.min(...xs), x1: Math.max(...xs), y0: Math.min(...ys), y1: Math.max(...ys) };
};

describe('layout() on a world frame', () => {
  const map = layout(deployments, { frame: 'world', width: 960 });
  // The label tests read one layout with the story's label sizes.
  const labelled = () =>
    layoutOnce(deployments, { frame: 'world', width: 960, labelSize: 14, cropLabelSize: 17 });

  test('layout() fits the projection to the width it is given', () => {
    const e = extent(map.land);
    expect(e.x0).toBeGreaterThanOrEqual(0);
    expect(e.x1).toBeLessThanOrEqual(960);
    expect(e.x1 - e.x0).toBeGreaterThan(940);
    expect(e.y0).toBeGreaterThanOrEqual(0);
    expect(e.y1).toBeLessThanOrEqual(map.height);
    expect(map.height).toBeGreaterThan(380);
    expect(map.height).toBeLessThan(480);
  });

  test('layout() scales with the width', () => {
    const half = layout(deployments, { frame: 'world', width: 480 });
    expect(half.height).toBeCloseTo(map.height / 2, -1);
  });

  test('layout() finds every deployment country, and North Korea, in the atlas', () => {
    expect(map.countries.map((c) => c.id).sort()).toEqual(deployments.map((d) => d.iso3).sort());
    for (const c of [...map.countries, map.origin]) {
      expect(c.d.length, c.id).toBeGreaterThan(10);
      expect(c.x).toBeGreaterThan(0);
      expect(c.x).toBeLessThan(960);
    }
    expect(map.origin.id).toBe(ORIGIN.id);
  });

  test('layout() throws, naming the country, when the atlas lacks its code', () => {
    expect(() => layout([row({ iso3: 'XXA', isoNumeric: '999' })], { frame: 'world', width: 960 })).toThrow(
      /XXA.*999/,
    );
  });

  test('layout() puts each country’s status for every period on its shape', () => {
    const rus = map.countries.find((c) => c.id === 'RUS')!;
    expect(rus.status).toEqual(deployments.find((d) => d.iso3 === 'RUS')!.status);
  });

  test('layout() draws circle areas proportional to the figures', () => {
    const withValue = map.symbols.filter((s) => s.figure.value !== undefined);
    expect(withValue.length).toBeGreaterThan(3);
    const ratio = (s: MapLayout['symbols'][number]) => (s.r * s.r) / s.figure.value!;
    for (const s of withValue) expect(ratio(s)).toBeCloseTo(ratio(withValue[0]!), 2);
    // The largest figure gets rMax.
    expect(Math.max(...map.symbols.map((s) => s.r))).toBeCloseTo(map.scale.rMax, 1);
  });

  test('layout() draws a range as two radii, each proportional to its end', () => {
    const ranged = layout(
      [
        row({
          iso3: 'CHN',
          isoNumeric: '156',
          figures: [{ low: 50000, high: 80000, date: '2019', label: 'workers', sources: ['s'] }],
        }),
      ],
      { frame: 'world', width: 960, rMax: 20 },
    );
    const [s] = ranged.symbols;
    expect(s!.kind).toBe('range');
    expect(s!.r).toBeCloseTo(20, 1);
    expect((s!.rLow! / s!.r) ** 2).toBeCloseTo(50000 / 80000, 2);
  });

  test('layout() gives one circle per period that has a figure, and none for China', () => {
    const rus = map.symbols.filter((s) => s.id === 'RUS').map((s) => s.period);
    // Russia has a count of workers in every period, 2025's the 10,000 of 2024 (its 13,221
    // entries are not a count of workers, and are not drawn).
    expect(rus.sort()).toEqual(['2017', '2019', '2020', '2025']);
    const r2025 = map.symbols.find((s) => s.id === 'RUS' && s.period === '2025')!;
    expect(r2025.figure.counts ?? 'workers').toBe('workers');
    expect(map.symbols.some((s) => s.id === 'CHN')).toBe(false);
    // Largest first, so that small circles are drawn on top.
    expect(map.symbols.map((s) => s.r)).toEqual([...map.symbols.map((s) => s.r)].sort((a, b) => b - a));
  });

  test('layout() places labels inside the map, clear of each other', () => {
    expect(map.labels.map((l) => l.text)).toEqual(expect.arrayContaining(['North Korea', 'Russia', 'China']));
    for (const [i, a] of map.labels.entries()) {
      expect(a.box.x0).toBeGreaterThanOrEqual(0);
      expect(a.box.x1).toBeLessThanOrEqual(960);
      for (const b of map.labels.slice(i + 1))
        expect(overlaps(a.box, b.box), `${a.text} / ${b.text}`).toBe(false);
    }
  });

  test('layout() names every country that hosted workers, on the world map and the phone crop', () => {
    const chart = labelled();
    const hosts = deployments.filter((d) => Object.values(d.status).includes('hosting')).map((d) => d.iso3);
    expect(hosts).toContain('VNM');
    for (const set of [chart.labels, chart.crop!.labels])
      expect(set.map((l) => l.id)).toEqual(expect.arrayContaining(hosts));
  });

  test('layout() never sets a name over the centre of another country of the story', () => {
    const chart = labelled();
    const inBox = (x: number, y: number, b: { x0: number; y0: number; x1: number; y1: number }) =>
      x > b.x0 && x < b.x1 && y > b.y0 && y < b.y1;
    for (const set of [chart.labels, chart.crop!.labels])
      for (const l of set)
        for (const c of [...chart.countries, chart.origin])
          if (c.id !== l.id) expect(inBox(c.x, c.y, l.box), `${l.text} over ${c.name}`).toBe(false);
  });

  test('layout() joins a name set apart from its mark to it with a leader line', () => {
    const chart = labelled();
    const led = [...chart.labels, ...chart.crop!.labels].filter((l) => l.leader);
    expect(led.length).toBeGreaterThan(0);
    for (const l of led) {
      const [, , x2, y2] = l.leader!;
      expect(x2).toBeGreaterThanOrEqual(Math.floor(l.box.x0));
      expect(x2).toBeLessThanOrEqual(Math.ceil(l.box.x1));
      expect(y2).toBeGreaterThanOrEqual(Math.floor(l.box.y0));
      expect(y2).toBeLessThanOrEqual(Math.ceil(l.box.y1));
    }
  });

  test('layout() frames the phone crop around every country in the data', () => {
    const { box } = map.crop!;
    expect(box.x0).toBeGreaterThanOrEqual(0);
    expect(box.x1).toBeLessThanOrEqual(960);
    expect(box.x1 - box.x0).toBeLessThan(960 * 0.55);
    for (const c of [...map.countries, map.origin]) {
      expect(c.x, c.id).toBeGreaterThan(box.x0);
      expect(c.x, c.id).toBeLessThan(box.x1);
      expect(c.y, c.id).toBeGreaterThan(box.y0);
      expect(c.y, c.id).toBeLessThan(box.y1);
    }
  });

  test('layout() projects the places inside Russia', () => {
    const rus = map.countries.find((c) => c.id === 'RUS')!;
    for (const p of map.places) {
      expect(p.country).toBe('RUS');
      expect(p.x).toBeGreaterThan(rus.bounds.x0);
      expect(p.y).toBeGreaterThan(rus.bounds.y0);
    }
    expect(map.places.map((p) => p.id)).toEqual(
      expect.arrayContaining(['vladivostok', 'irkutsk', 'moscow', 'kursk']),
    );
  });
});

describe('layout() on the region frame', () => {
  const map = layout(deployments, { frame: 'region', width: 400, precision: 2 });

  test('layout() clips everything to the region’s box', () => {
    for (const d of [map.land, map.borders, ...map.countries.map((c) => c.d)]) {
      const e = extent(d);
      expect(e.x0).toBeGreaterThanOrEqual(0);
      expect(e.x1).toBeLessThanOrEqual(400);
      expect(e.y0).toBeGreaterThanOrEqual(0);
      expect(e.y1).toBeLessThanOrEqual(map.height);
    }
  });

  test('layout() on the region is finer than the world map', () => {
    expect(
      parsePath(map.land)
        .flat()
        .some(([x]) => !Number.isInteger(x)),
    ).toBe(true);
    expect(map.crop).toBeUndefined();
  });
});

describe('layoutOnce()', () => {
  test('lays a map out once per distinct input, as every period’s embed draws the same map', () => {
    const rows = [row({ iso3: 'RUS', isoNumeric: '643' }), row({ iso3: 'CHN', isoNumeric: '156' })];
    const a = layoutOnce(rows, { frame: 'region', width: 300 });
    expect(layoutOnce(rows, { frame: 'region', width: 300 })).toBe(a);
    expect(layoutOnce(rows, { frame: 'region', width: 300, highlight: ['RUS'] })).not.toBe(a);
  });
});
