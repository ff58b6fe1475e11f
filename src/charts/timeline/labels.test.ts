import { describe, expect, test } from 'vitest';
import { arrange, compatible, pack, type PackOptions } from './labels.ts';

const o: PackOptions = { width: 400, gap: 4, padX: 8, padY: 7, obstacles: [], floor: { above: 0, below: 0 } };
const labels = [
  { x: 100, w: 80, h: 15 },
  { x: 120, w: 80, h: 15 },
];

describe('pack()', () => {
  test('puts a label whose text covers a later mark farther from the axis', () => {
    const spots = pack(
      labels,
      [
        { side: 'above', anchor: 'start' },
        { side: 'above', anchor: 'start' },
      ],
      o,
    )!;
    expect(spots[1]!.d).toBe(0);
    expect(spots[0]!.d).toBeGreaterThanOrEqual(15 + o.padY);
  });

  test('refuses two labels covering each other’s marks on one side', () => {
    const choices = [
      { side: 'above', anchor: 'start' },
      { side: 'above', anchor: 'end' },
    ] as const;
    expect(pack(labels, choices, o)).toBeUndefined();
  });

  test('refuses a leader through a fixed obstacle', () => {
    const year = {
      x: undefined,
      side: 'below',
      anchor: 'start',
      d: 0,
      h: 11,
      box: { x: 90, w: 30 },
    } as const;
    expect(
      pack([labels[0]!], [{ side: 'below', anchor: 'start' }], { ...o, obstacles: [year] }),
    ).toBeUndefined();
  });
});

describe('arrange()', () => {
  test('shares one row between labels running away from each other', () => {
    const spots = arrange(labels, o);
    expect(Math.max(...spots.map((s) => s.d))).toBe(0);
    for (const a of spots)
      for (const b of spots) if (a !== b) expect(compatible(a, b, o.padX, o.padY)).toBe(true);
  });
  test('runs a label left from its mark when it has no room to run right', () => {
    const spots = arrange([{ x: 380, w: 100, h: 15 }], { ...o, width: 400 });
    expect(spots[0]).toMatchObject({ anchor: 'end', box: { x: 380 - o.gap - 100, w: 100 } });
  });
  test('puts a label running left on the other side from one running right over its mark', () => {
    // b cannot run right; a's text covers b's mark and b's text a's mark: not on one side.
    const ab = [
      { x: 300, w: 120, h: 15 },
      { x: 350, w: 120, h: 15 },
    ];
    const spots = arrange(ab, { ...o, width: 440 });
    expect(spots.map((s) => s.anchor)).toEqual(['start', 'end']);
    expect(spots[0]!.side).not.toBe(spots[1]!.side);
  });
});
