// The terms of reuse, written once: every footer, embed, image credit, data file and the data
// package say the same thing because they all read it from here.
import { site } from '../site.ts';

export const LICENCE = {
  /** SPDX identifier, as the data package and JSON-LD want it. */
  id: 'CC-BY-4.0',
  name: 'CC BY 4.0',
  title: 'Creative Commons Attribution 4.0 International',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/** What the licence covers: text, data and graphics alike; the map's base is public domain. */
export const TERMS = {
  covers: 'text, data and graphics (charts, their SVG and PNG images and social cards)',
  basemap: 'Country outlines: Natural Earth (public domain), via world-atlas.',
  short: `Text, data and graphics: ${LICENCE.name}`,
} as const;

/** The suggested citation, with the address of what is cited (the story, a chapter, a chart). */
export function citation(url: string, title: string = site.headline): string {
  const year = site.published.slice(0, 4);
  return `${site.author}, “${title}”, ${site.name}, ${year}, ${url}. Licence: ${LICENCE.name}.`;
}
