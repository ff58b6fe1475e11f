import { geoCircle, geoEquirectangular } from 'd3-geo';
import { expect, test } from 'vitest';
import { coverCost, OTHER_LAND } from './cover.ts';

// A flat world 360 × 180 units: x = lon + 180, y = 90 − lat.
const projection = geoEquirectangular()
  .scale(180 / Math.PI)
  .translate([180, 90]);
const disc = (lon: number, lat: number, r: number) => geoCircle().center([lon, lat]).radius(r)();
const cost = coverCost(
  projection,
  [
    { id: 'AAA', shape: disc(0, 0, 10) },
    { id: 'BBB', shape: disc(40, 0, 10) },
  ],
  disc(-60, 0, 10),
  new Map([['town', 'BBB']]),
);
const boxAt = (lon: number, lat: number) => ({
  x0: lon + 180 - 3,
  x1: lon + 180 + 3,
  y0: 90 - lat - 2,
  y1: 90 - lat + 2,
});

test('coverCost() is nothing on the sea or on the label’s own country', () => {
  expect(cost(boxAt(100, 40), 'AAA')).toBe(0);
  expect(cost(boxAt(0, 0), 'AAA')).toBe(0);
  // A place's label may sit on its own country.
  expect(cost(boxAt(40, 0), 'town')).toBe(0);
});

test('coverCost() is highest on another country of the story, lower on other land', () => {
  expect(cost(boxAt(40, 0), 'AAA')).toBe(10);
  expect(cost(boxAt(-60, 0), 'AAA')).toBeCloseTo(10 * OTHER_LAND);
  // Half on the other country, half at sea: in between.
  const half = cost(boxAt(50, 0), 'AAA');
  expect(half).toBeGreaterThan(0);
  expect(half).toBeLessThan(10);
});
