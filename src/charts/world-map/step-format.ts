// How a scrollytelling step is written on its element, and read back: one format, parsed here
// only, by <MapScrolly> at build time (from the rendered steps' tree) and by the browser.
import type { Period } from '../../data/periods.ts';

/** The attribute each <MapStep> carries its step on. */
export const STEP_ATTR = 'data-map-step';

export interface StepSpec {
  highlight: readonly string[];
  places: readonly string[];
  period: Period;
}

export const encodeStep = (s: StepSpec) => `${s.highlight.join(' ')}|${s.places.join(' ')}|${s.period}`;

/** A period that is not declared cannot get here: <MapStep> checked it when it wrote the value. */
export function decodeStep(value: string): StepSpec {
  const [highlight = '', places = '', period = ''] = value.split('|');
  const words = (v: string) => v.split(' ').filter(Boolean);
  return { highlight: words(highlight), places: words(places), period: period as Period };
}
