import { describe, expect, test } from 'vitest';
import { geoIdentity } from 'd3-geo';
import { parsePath, pathData, ringArea, simplifyLine } from './geometry.ts';

// An identity projection: coordinates in are map units out.
const flat = geoIdentity();
const square = (x: number, y: number, s: number) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [x, y],
      [x + s, y],
      [x + s, y + s],
      [x, y + s],
      [x, y],
    ],
  ],
});

describe('pathData()', () => {
  test('pathData() writes relative moves that read back to the rounded points', () => {
    const d = pathData(flat, square(10.4, 20.6, 5));
    expect(d).toMatch(/^m[\d\s.-]+z$/);
    const [ring] = parsePath(d);
    expect(ring).toHaveLength(4);
    expect(new Set(ring!.map((p) => p.join(',')))).toEqual(new Set(['10,21', '15,21', '15,26', '10,26']));
  });

  test('pathData() keeps half units at precision 2', () => {
    const [ring] = parsePath(pathData(flat, square(10.5, 0, 2), 2));
    expect(ring!.map((p) => p[0])).toContain(10.5);
  });

  test('pathData() drops rings smaller than minArea and keeps larger ones', () => {
    const both = {
      type: 'MultiPolygon' as const,
      coordinates: [square(0, 0, 1).coordinates, square(10, 10, 5).coordinates],
    };
    expect(parsePath(pathData(flat, both))).toHaveLength(2);
    expect(parsePath(pathData(flat, both, 1, 0, 4))).toHaveLength(1);
  });

  test('pathData() simplifies lines within the tolerance', () => {
    const wiggle = {
      type: 'LineString' as const,
      coordinates: Array.from({ length: 50 }, (_, i) => [i * 2, i % 2 ? 0.4 : 0] as [number, number]),
    };
    const exact = parsePath(pathData(flat, wiggle, 10))[0]!;
    const simple = parsePath(pathData(flat, wiggle, 10, 0.5))[0]!;
    expect(simple.length).toBeLessThan(exact.length / 5);
    expect(simple[0]).toEqual([0, 0]);
    expect(simple[simple.length - 1]![0]).toBeCloseTo(98, 5);
  });
});

describe('simplifyLine()', () => {
  test('simplifyLine() keeps a corner farther than the tolerance', () => {
    expect(
      simplifyLine(
        [
          [0, 0],
          [5, 0.1],
          [10, 0],
          [10, 10],
        ],
        1,
      ),
    ).toEqual([
      [0, 0],
      [10, 0],
      [10, 10],
    ]);
  });
});

test('ringArea() is the shoelace area', () => {
  expect(
    Math.abs(
      ringArea([
        [0, 0],
        [4, 0],
        [4, 3],
        [0, 3],
      ]),
    ),
  ).toBe(12);
});
