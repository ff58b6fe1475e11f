import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    // Test files share their worker's modules: the atlas, d3 and the real map's layoutOnce() are
    // loaded and laid out once a worker, not once a file. So no test may count on fresh module state.
    isolate: false,
    // Every core (Vitest's default leaves one free, which on two cores is half the machine).
    maxWorkers: '100%',
    // Tests that build the site are in tests/build/ (npm run test:build, tests/vitest.build.config.ts);
    // a unit test gets 30 s at most, on a slow machine.
    testTimeout: 30_000,
    env: { TZ: 'UTC' },
  },
});
