// Test fixtures: the real deployments file, parsed as the build parses it, and a builder for
// made-up rows. Used only by the unit tests beside this file.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { deploymentSchema, type Deployment } from '../../data/schemas.ts';

export function realDeployments(): Deployment[] {
  const rows = parse(
    readFileSync(new URL('../../../content/data/deployments.yaml', import.meta.url), 'utf8'),
  );
  return (rows as unknown[]).map((r) => deploymentSchema.parse(r));
}

/** A deployment row with defaults: hosting in every period, no figures. */
export function row(over: Partial<Deployment> & Pick<Deployment, 'iso3' | 'isoNumeric'>): Deployment {
  return deploymentSchema.parse({
    id: over.iso3,
    name: over.iso3,
    status: { '2017': 'hosting', '2019': 'hosting', '2020': 'hosting', '2025': 'hosting' },
    summary: 'Test row.',
    sources: ['test-source'],
    ...over,
  });
}
