import { expect, test } from 'vitest';
import { eventIdFromHash } from './hash.ts';

test('eventIdFromHash() reads the event id after the prefix, encoded or not', () => {
  expect(eventIdFromHash('#event-unsc-2397', 'event-')).toBe('unsc-2397');
  expect(eventIdFromHash('#event-unsc%2D2397', 'event-')).toBe('unsc-2397');
  expect(eventIdFromHash('#t2-event-unsc-2397', 't2-event-')).toBe('unsc-2397');
});

test.each([
  '#event-%',
  '#event-%E0%A4%A',
  '#event-"]',
  '#event-x"],[data-id]:not([data-id="',
  '#event-x%22%5D%2C%5Bdata-id%5D',
  '#event-',
  '#event-UNSC-2397',
  '#event-a b',
  '#other-unsc-2397',
  '',
])('eventIdFromHash(%j) is undefined and throws nothing', (hash) => {
  expect(eventIdFromHash(hash, 'event-')).toBeUndefined();
});
