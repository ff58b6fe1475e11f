import { describe, expect, test } from 'vitest';
import {
  PER_MONTH_BOUNDS,
  WORKER_BOUNDS,
  annualTotal,
  announcement,
  clampInput,
  formatTotal,
  markerLabel,
  markerPosition,
} from './estimate.ts';

describe('annualTotal()', () => {
  test('multiplies workers by the monthly amount by 12', () => {
    expect(annualTotal(10_000, 500)).toBe(60_000_000);
    expect(annualTotal(100_000, 417)).toBe(500_400_000);
    expect(annualTotal(30_023, 417)).toBe(150_235_092);
  });
  test('returns whole dollars', () => {
    expect(annualTotal(3, 0.1)).toBe(4);
    expect(Number.isInteger(annualTotal(11_490, 416.67))).toBe(true);
  });
  test('is zero with no workers or no money', () => {
    expect(annualTotal(0, 417)).toBe(0);
    expect(annualTotal(100_000, 0)).toBe(0);
  });
});

describe('clampInput()', () => {
  test('reads typed text as a whole number', () => {
    expect(clampInput('30023', WORKER_BOUNDS)).toBe(30_023);
    expect(clampInput(' 416.6 ', PER_MONTH_BOUNDS)).toBe(417);
    expect(clampInput(500, PER_MONTH_BOUNDS)).toBe(500);
  });
  test('keeps numbers inside the bounds', () => {
    expect(clampInput('999999', WORKER_BOUNDS)).toBe(WORKER_BOUNDS.max);
    expect(clampInput('-5', PER_MONTH_BOUNDS)).toBe(0);
    expect(clampInput(1e9, PER_MONTH_BOUNDS)).toBe(PER_MONTH_BOUNDS.max);
  });
  test('returns undefined for what is not a number', () => {
    expect(clampInput('', WORKER_BOUNDS)).toBeUndefined();
    expect(clampInput('  ', WORKER_BOUNDS)).toBeUndefined();
    expect(clampInput('abc', WORKER_BOUNDS)).toBeUndefined();
    expect(clampInput(NaN, WORKER_BOUNDS)).toBeUndefined();
    expect(clampInput(Infinity, WORKER_BOUNDS)).toBeUndefined();
  });
  test('bounds leave room to reproduce every sourced estimate', () => {
    // US$2.3bn from 50,000 workers is US$3,833 a month.
    expect(PER_MONTH_BOUNDS.max).toBeGreaterThanOrEqual(Math.ceil(2.3e9 / 50_000 / 12));
    expect(WORKER_BOUNDS.max).toBeGreaterThanOrEqual(100_000);
  });
});

describe('formatTotal()', () => {
  test.each([
    [60_000_000, 'US$60m'],
    [500_400_000, 'US$500m'],
    [57_495_960, 'US$57.5m'],
    [150_235_092, 'US$150m'],
    [1_234_567_890, 'US$1.23bn'],
    [4_800_000_000, 'US$4.8bn'],
    [999_600_000, 'US$1bn'],
    [1_500_000, 'US$1.5m'],
    [120_000, 'US$120,000'],
    [123_456, 'US$123,000'],
    [0, 'US$0'],
  ])('formatTotal(%d) is %s', (n, text) => expect(formatTotal(n)).toBe(text));
});

describe('markerPosition()', () => {
  const scale = { max: 2.5e9, x0: 12, x1: 328 };
  test('maps dollars linearly onto the axis', () => {
    expect(markerPosition(0, scale).x).toBe(12);
    expect(markerPosition(2.5e9, scale).x).toBe(328);
    expect(markerPosition(500e6, scale).x).toBeCloseTo(12 + 316 / 5, 1);
  });
  test('stops at the end of the axis and says so when the estimate is beyond it', () => {
    const p = markerPosition(4.8e9, scale);
    expect(p).toMatchObject({ x: 328, offScale: true, anchor: 'end' });
    expect(markerLabel(4.8e9, p.offScale)).toBe('Your estimate: US$4.8bn, off the scale →');
  });
  test('anchors the label so it stays inside the chart', () => {
    expect(markerPosition(0, scale).anchor).toBe('start');
    expect(markerPosition(1.2e9, scale).anchor).toBe('middle');
    expect(markerPosition(2.4e9, scale).anchor).toBe('end');
  });
});

describe('announcement()', () => {
  test('says the total and how it was built', () => {
    expect(announcement(10_000, 500)).toBe(
      'Your estimate: US$60m a year, from 10,000 workers × US$500 a month × 12 months.',
    );
  });
});
