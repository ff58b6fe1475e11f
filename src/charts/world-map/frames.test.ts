import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { layoutOnce } from './layout.ts';
import { stageLayout } from './stage.ts';
import { cropDeclarations, stageRatioDeclaration, WORLD_OPTIONS } from './frames.ts';
import { realDeployments } from '../../../tests/fixtures/world-map.ts';

const source = (file: string) => readFileSync(new URL(file, import.meta.url), 'utf8');

test("WorldMap.astro's CSS has the phone crop that layout() computes", () => {
  const map = layoutOnce(realDeployments(), WORLD_OPTIONS);
  for (const d of cropDeclarations(map)) expect(source('./WorldMap.astro')).toContain(d);
});

test("MapScrolly.astro's CSS has the stage's aspect ratio", () => {
  expect(source('./MapScrolly.astro')).toContain(stageRatioDeclaration(stageLayout(realDeployments())));
});
