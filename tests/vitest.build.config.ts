import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// `npm run test:build`, after `npm run build:local`: the editor's workflow on copies of the project
// (each build of a copy runs Astro for real) and checks of the built dist/. Kept out of the unit
// suite so that stays fast.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['tests/build/**/*.test.ts'],
    environment: 'node',
    testTimeout: 300_000,
    hookTimeout: 300_000,
    env: { TZ: 'UTC' },
  },
});
