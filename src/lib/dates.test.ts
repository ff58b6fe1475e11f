import { expect, test } from 'vitest';
import { formatDate } from './dates.ts';

test('formatDate() writes a date at the precision it is known', () => {
  expect(formatDate('2017-12-22')).toBe('22 December 2017');
  expect(formatDate('2018-11')).toBe('November 2018');
  expect(formatDate('1967')).toBe('1967');
  expect(formatDate('2019-03-05', { short: true })).toBe('5 Mar 2019');
});
