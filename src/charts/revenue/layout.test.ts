import { describe, expect, test } from 'vitest';
import { MONEY } from './fixtures.ts';
import { textWidth, wrap } from '../kit/text.ts';
import { markerSegments, type Box } from './estimate.ts';
import { ARROW_HEAD, layoutPanel, toMark, type Glyph, type Mark } from './layout.ts';
import { amountText, describe as describeChart, isAnnual, isSingleSum } from './summary.ts';

const cite = (id: string) => ({ 'src-a': 3, 'reuters-2019-03': 6 })[id];
const marks = (filter: (m: (typeof MONEY)[number]) => boolean) =>
  MONEY.filter(filter)
    .map((m) => toMark(m, cite))
    .filter((m): m is Mark => m !== undefined);
const options = {
  width: 340,
  title: 'Estimates',
  subtitle: 'US dollars a year',
  legend: ['all-abroad', 'russia'] as const,
};

describe('toMark()', () => {
  test('keeps ranges as ranges and qualifiers as words', () => {
    const [pre, us, russia, ngo] = marks(isAnnual);
    expect(pre).toMatchObject({ low: 500e6, high: 500e6, open: true, valueText: 'more than US$500m' });
    expect(us).toMatchObject({ open: false, valueText: 'about US$500m', cite: '[6]' });
    expect(russia).toMatchObject({ low: 150e6, high: 300e6, valueText: 'US$150m–300m' });
    expect(ngo?.valueText).toBe('US$1.2bn–2.3bn');
  });
  test('labels each figure with its year, or the date label the data give', () => {
    const [pre, us] = marks(isAnnual);
    expect(pre?.label).toBe('us-pre-sanctions (before 2017)');
    expect(us?.label).toBe('US estimate, ~100,000 workers (2019)');
  });
  test('returns nothing for a qualitative row: there is no number to draw', () => {
    expect(
      toMark(
        MONEY.find((m) => m.kind === 'qualitative')!,
        cite,
      ),
    ).toBeUndefined();
  });
});

describe('wrap()', () => {
  test('breaks at spaces so no line is wider than asked', () => {
    const lines = wrap('NGO estimate cited by the UN rapporteur (2015) [5]', 200, 12);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.every((l) => textWidth(l, 12) <= 200)).toBe(true);
    expect(lines.join(' ')).toBe('NGO estimate cited by the UN rapporteur (2015) [5]');
  });
});

describe('layoutPanel()', () => {
  const annual = marks(isAnnual);
  const l = layoutPanel(annual, { ...options, shapesKey: true, marker: 500_400_000 });

  test('puts every annual estimate on one nice money axis from zero', () => {
    expect(l.scale).toEqual({ max: 2.5e9, x0: 12, x1: 328 });
    expect(l.ticks.map((t) => t.label?.text)).toEqual(['US$0', '500m', '1bn', '1.5bn', '2bn', '2.5bn']);
    expect(l.rows.map((r) => r.mark.id)).toEqual(annual.map((m) => m.id));
  });

  test('draws a range from its low to its high end, and a single figure at one point', () => {
    const russia = l.rows.find((r) => r.mark.id === 'state-dept-russia')!;
    expect(russia.x).toBeCloseTo(12 + (316 * 150) / 2500, 1);
    expect(russia.x2).toBeCloseTo(12 + (316 * 300) / 2500, 1);
    const us = l.rows.find((r) => r.mark.id === 'us-100k-workers')!;
    expect(us.x).toBe(us.x2);
    expect(us.arrow).toBeUndefined();
  });

  test('gives a "more than" figure an arrow pointing up the axis', () => {
    const pre = l.rows.find((r) => r.mark.id === 'us-pre-sanctions')!;
    expect(pre.arrow!.x2).toBeGreaterThan(pre.x2 + 20);
    expect(pre.arrow!.head).toMatch(/^M[\d.]+ [\d.]+l-7-4\.5v9z$/);
  });

  test('keeps every label and value inside the width', () => {
    for (const r of l.rows) {
      for (const line of r.labelLines) expect(textWidth(line.text, 12)).toBeLessThanOrEqual(340 - 12);
      const w = textWidth(r.value.text, 11);
      const [from, to] = r.value.anchor === 'start' ? [r.value.x, r.value.x + w] : [r.value.x - w, r.value.x];
      expect(from).toBeGreaterThanOrEqual(0);
      expect(to).toBeLessThanOrEqual(340);
    }
  });

  test('stacks rows without overlap and fits them in the height', () => {
    const ys = l.rows.map((r) => r.y);
    ys.slice(1).forEach((y, i) => expect(y).toBeGreaterThan(ys[i]! + 20));
    expect(l.height).toBeGreaterThan(Math.max(...ys));
    expect(l.marker!.label.y).toBeLessThanOrEqual(l.height);
  });

  test("places the reader's marker at its value, labelled", () => {
    expect(l.marker).toMatchObject({ value: 500_400_000, offScale: false });
    expect(l.marker!.x).toBeCloseTo(12 + 316 * (500.4 / 2500), 1);
    expect(l.marker!.label.text).toBe('Your estimate: US$500m');
  });

  test('draws gridlines only across the rows, never through the labels', () => {
    const segments = [...l.grid.rest.matchAll(/M[\d.]+ ([\d.]+)V([\d.]+)/g)];
    expect(segments).toHaveLength((l.ticks.length - 1) * l.rows.length);
    for (const [, y1, y2] of segments)
      expect(l.rows.some((r) => Number(y1) < r.y && Number(y2) > r.y)).toBe(true);
  });

  test('gives the single sums an axis of their own, a thousandth of the size or less', () => {
    const sums = layoutPanel(marks(isSingleSum), { ...options, legend: ['vladivostok'] });
    expect(sums.scale.max).toBe(250_000);
    expect(l.scale.max / sums.scale.max).toBeGreaterThanOrEqual(1000);
    // The labels would collide at every 50,000, so every other one is shown.
    expect(sums.ticks.map((t) => t.label?.text)).toEqual([
      'US$0',
      undefined,
      '100,000',
      undefined,
      '200,000',
      undefined,
    ]);
  });
});

describe('summary', () => {
  test('amountText() writes each kind of figure as the table shows it', () => {
    expect(MONEY.map(amountText)).toEqual([
      'more than US$500m',
      'about US$500m',
      'US$150m–300m',
      'US$1.2bn–2.3bn',
      'more than US$230,000',
      'US$192,300',
      'no figure given',
    ]);
  });
  test('describe() gives the range of estimates and of single sums from the data', () => {
    expect(describeChart(MONEY)).toMatch(
      /^4 estimates .* from US\$150m to US\$2\.3bn.* 2 single sums .* from US\$192,300 to US\$230,000/,
    );
  });
});

describe('the key and the marks', () => {
  const l = layoutPanel(marks(isAnnual), { ...options, shapesKey: true });
  const [one, range, more] = l.shapes!;
  const shape = (g: Glyph) => ({ ...g.body, x: 0, y: 0, cx: 0, cy: 0, width: 0 });
  test('the key draws a figure with the same dot, bar and arrow as the marks', () => {
    const dotMark = l.rows.find((r) => r.glyph.body.kind === 'dot' && !r.glyph.arrow)!;
    const barMark = l.rows.find((r) => r.glyph.body.kind === 'bar')!;
    const moreMark = l.rows.find((r) => r.glyph.arrow)!;
    expect(shape(one!.glyph)).toEqual(shape(dotMark.glyph));
    expect(shape(range!.glyph)).toEqual(shape(barMark.glyph));
    expect(shape(more!.glyph)).toEqual(shape(moreMark.glyph));
    // The same arrowhead, drawn back from the tip.
    const head = (g: Glyph) => g.arrow!.head.replace(/^M[\d.]+ [\d.]+/, '');
    expect(head(more!.glyph)).toBe(ARROW_HEAD);
    expect(head(moreMark.glyph)).toBe(ARROW_HEAD);
    expect(more!.glyph.arrow!.x2 - more!.glyph.arrow!.x1).toBeGreaterThan(0);
  });
  test('is laid out once per input', () => {
    expect(layoutPanel(marks(isAnnual), { ...options, shapesKey: true })).toBe(l);
    expect(layoutPanel(marks(isAnnual), { ...options, shapesKey: false })).not.toBe(l);
  });
});

describe("the reader's estimate line", () => {
  const crosses = (x: number, [a, b]: [number, number], box: Box) =>
    x + 1 > box.x1 && x - 1 < box.x2 && b > box.y1 && a < box.y2;
  test.each([280, 340, 480])('never crosses a text at any value, %d wide', (width) => {
    const annual = marks(isAnnual);
    const max = layoutPanel(annual, { ...options, width }).scale.max;
    let drawn = 0;
    let full = 0;
    for (let v = 0; v <= max * 1.1; v += max / 200) {
      const l = layoutPanel(annual, { ...options, width, shapesKey: true, marker: v });
      const m = l.marker!;
      expect(l.avoid.length).toBeGreaterThan(annual.length);
      for (const s of m.segments) for (const box of l.avoid) expect(crosses(m.x, s, box)).toBe(false);
      drawn += m.segments.reduce((sum, [a, b]) => sum + b - a, 0);
      full += m.y2 - m.y1;
    }
    // And it still reads as a line: over all values, more than a third of its height is drawn.
    expect(drawn / full).toBeGreaterThan(1 / 3);
  });
  test('markerSegments() cuts the line around a box and keeps the rest', () => {
    const box = { x1: 0, x2: 100, y1: 20, y2: 30 };
    expect(markerSegments(50, 0, 60, [box])).toEqual([
      [0, 20],
      [30, 60],
    ]);
    expect(markerSegments(150, 0, 60, [box])).toEqual([[0, 60]]);
    expect(markerSegments(50, 22, 60, [box])).toEqual([[30, 60]]);
  });
});
