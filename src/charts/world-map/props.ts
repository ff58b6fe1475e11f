// Reading the map tags' props from a chapter: space-separated lists and periods, checked
// against the data so that a typo stops the build with a message naming the tag and the value.
import { AstroError } from 'astro/errors';
import type { Deployment } from '../../data/schemas.ts';
import { isPeriod, periodChoices, type Period } from '../../data/periods.ts';
import { ORIGIN } from './layout.ts';

/** The words of a space-separated prop ("RUS  CHN" → ["RUS", "CHN"]). */
export const words = (value: string | undefined): string[] =>
  (value ?? '').trim().split(/\s+/).filter(Boolean);

export function parsePeriod(tag: string, value: string | number | undefined, fallback: Period): Period {
  if (value === undefined || value === '') return fallback;
  const p = String(value);
  if (isPeriod(p)) return p;
  throw new AstroError(
    `<${tag} period="${p}">: unknown period "${p}".`,
    `Use one of ${periodChoices()}; the periods are declared in src/data/periods.ts.`,
  );
}

/** Country codes: ISO 3166-1 alpha-3 of a country in content/data/deployments.yaml, or PRK. */
export function parseCountries(
  tag: string,
  prop: string,
  value: string | undefined,
  deployments: readonly Deployment[],
): string[] {
  const known = [ORIGIN.id, ...deployments.map((d) => d.iso3)];
  const codes = words(value);
  for (const code of codes)
    if (!known.includes(code))
      throw new AstroError(
        `<${tag} ${prop}="${value}">: unknown country code "${code}".`,
        `Use ISO 3166-1 alpha-3 codes of countries in content/data/deployments.yaml: ${known.join(', ')}.`,
      );
  return codes;
}

/** Place ids from the `places` lists in content/data/deployments.yaml. */
export function parsePlaces(
  tag: string,
  value: string | undefined,
  deployments: readonly Deployment[],
): string[] {
  const known = deployments.flatMap((d) => d.places.map((p) => p.id));
  const ids = words(value);
  for (const id of ids)
    if (!known.includes(id))
      throw new AstroError(
        `<${tag} places="${value}">: unknown place id "${id}".`,
        `Use place ids from content/data/deployments.yaml: ${known.join(', ')}.`,
      );
  return ids;
}
