import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    // Tests that build the site are in tests/build/ (npm run test:build, tests/vitest.build.config.ts);
    // a unit test gets 30 s at most, on a slow machine.
    testTimeout: 30_000,
    env: { TZ: 'UTC' },
  },
});
