import { expect, test } from 'vitest';
import { decodeStep, encodeStep } from './step-format.ts';

test('decodeStep() reads back what encodeStep() wrote, with and without places', () => {
  const steps = [
    { highlight: ['RUS'], places: ['vladivostok', 'irkutsk', 'moscow'], period: '2019' as const },
    { highlight: ['QAT', 'ARE', 'KWT'], places: [], period: '2017' as const },
  ];
  expect(steps.map((s) => encodeStep(s))).toEqual([
    'RUS|vladivostok irkutsk moscow|2019',
    'QAT ARE KWT||2017',
  ]);
  for (const s of steps) expect(decodeStep(encodeStep(s))).toEqual(s);
});
