import { expect, test } from 'vitest';
import { formatNumber, formatUSD, qualifierText } from './format.ts';

test('formatUSD() shortens millions and billions and keeps small sums exact', () => {
  expect(formatUSD(500e6)).toBe('US$500m');
  expect(formatUSD(1.2e9)).toBe('US$1.2bn');
  expect(formatUSD(2.25e9)).toBe('US$2.3bn');
  expect(formatUSD(192300)).toBe('US$192,300');
  expect(formatNumber(30023)).toBe('30,023');
  expect(qualifierText('more-than')).toBe('more than ');
});

test('formatUSD() keeps more decimals or fewer significant figures when asked', () => {
  // The defaults, as every existing call uses them.
  expect(formatUSD(1.234e9)).toBe('US$1.2bn');
  expect(formatUSD(57_495_960)).toBe('US$57.5m');
  expect(formatUSD(500e6, { prefix: '' })).toBe('500m');
  // Two decimals, three significant figures: the reader's estimate.
  const total = { decimals: 2, significant: 3 };
  expect(formatUSD(1_234_567_890, total)).toBe('US$1.23bn');
  expect(formatUSD(500_400_000, total)).toBe('US$500m');
  expect(formatUSD(999_600_000, total)).toBe('US$1bn');
  expect(formatUSD(123_456, total)).toBe('US$123,000');
  expect(formatUSD(0, total)).toBe('US$0');
  expect(formatUSD(1.255e6, { decimals: 2 })).toBe('US$1.25m');
});
