import { describe, expect, test } from 'vitest';
import { layoutOnce } from './layout.ts';
import { radiusOf, sizeKey, statusKey } from './keys.ts';
import { WORLD_OPTIONS } from './frames.ts';
import { STATUSES } from '../../data/schemas.ts';
import { realDeployments, row } from '../../../tests/fixtures/world-map.ts';

const figure = (value: number) => ({ value, date: '2019', label: 'workers', sources: ['s'] });

describe('the size key is drawn at the marks’ scale', () => {
  test('sizeKey() radii equal the marks’ radii for the same value (a fixture of round numbers)', () => {
    const rows = [
      row({ iso3: 'RUS', isoNumeric: '643', figures: [figure(30000)] }),
      row({ iso3: 'CHN', isoNumeric: '156', figures: [figure(10000)] }),
      row({ iso3: 'MYS', isoNumeric: '458', figures: [figure(1000)] }),
    ];
    const map = layoutOnce(rows, { ...WORLD_OPTIONS });
    const key = map.keys!.size;
    expect(key.circles.map((c) => c.value)).toEqual([1000, 10000, 30000]);
    for (const c of key.circles) {
      const mark = map.symbols.find((s) => s.figure.value === c.value)!;
      expect(mark, String(c.value)).toBeDefined();
      expect(c.r).toBe(mark.r);
    }
    // The largest key circle is the largest mark: rMax.
    expect(key.circles.at(-1)!.r).toBeCloseTo(map.scale.rMax, 2);
  });

  test('the real map’s keys: each circle stands on the baseline, and the crop’s key is at the crop’s label size', () => {
    const map = layoutOnce(realDeployments(), { ...WORLD_OPTIONS });
    const { size, cropSize } = map.keys!;
    expect(size.circles.length).toBeGreaterThan(1);
    for (const key of [size, cropSize!]) {
      const bottoms = key.circles.map((c) => Math.round((c.cy + c.r) * 10) / 10);
      expect(new Set(bottoms).size).toBe(1);
      for (const c of key.circles) expect(c.r).toBe(radiusOf(map.scale, c.value));
    }
    expect(cropSize!.size).toBe(map.crop!.labelSize);
  });
});

test('radiusOf() makes areas proportional to values', () => {
  const scale = { vMax: 40000, rMax: 20 };
  expect(radiusOf(scale, 40000)).toBe(20);
  expect(radiusOf(scale, 10000)).toBe(10);
  expect(radiusOf(scale, 0)).toBe(0);
});

test('statusKey() lists every status and North Korea, one row each, above its bottom line', () => {
  const key = statusKey(300);
  expect(key.swatches.map((s) => s.status)).toEqual([...STATUSES, 'origin']);
  const ys = key.swatches.map((s) => s.y);
  expect(ys).toEqual([...ys].sort((a, b) => a - b));
  expect(new Set(ys).size).toBe(ys.length);
  expect(Math.max(key.ceiling.cy + key.ceiling.r, key.floor.cy + key.floor.r)).toBeLessThanOrEqual(300);
  expect(key.title.y).toBeLessThan(ys[0]!);
});

test('sizeKey() puts each value’s text at the top of its circle', () => {
  const key = sizeKey({ vMax: 30000, rMax: 20 }, 10, 100, 12);
  expect(key.circles.map((c) => c.text)).toEqual(['1,000', '10,000', '30,000']);
  for (const c of key.circles) expect(c.ty).toBeCloseTo(100 - 2 * c.r + 12 * 0.35, 1);
});
