import { expect, test } from 'vitest';
import { toCSV } from '../../src/lib/csv.ts';

test('toCSV() quotes commas, quotes and line breaks, and flattens nested fields', () => {
  const csv = toCSV([
    { id: 'a', title: 'Say "hi", then\nleave', status: { '2017': 'hosting' }, sources: ['x', 'y'] },
    { id: 'b', figures: [{ value: 1 }] },
  ]);
  expect(csv).toBe(
    'id,title,status.2017,sources,figures\r\n' +
      'a,"Say ""hi"", then\nleave",hosting,x y,\r\n' +
      'b,,,,"[{""value"":1}]"\r\n',
  );
});
