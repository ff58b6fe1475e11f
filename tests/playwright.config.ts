import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

// Debian's Chromium where it is installed (or PLAYWRIGHT_CHROMIUM), else Playwright's own.
const chromiumPath = process.env.PLAYWRIGHT_CHROMIUM ?? '/usr/bin/chromium';
const executablePath = existsSync(chromiumPath) ? chromiumPath : undefined;

export const PORT = Number(process.env.E2E_PORT ?? 4387);
/** A second origin, for the embed tests' host page. */
export const HOST_PORT = Number(process.env.E2E_HOST_PORT ?? 4388);
const outDir = process.env.ASTRO_OUT_DIR ?? 'dist';

export default defineConfig({
  testDir: './e2e',
  outputDir: '../test-results',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    ...devices['Desktop Chrome'],
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: [
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: [
    {
      command: `node tests/support/serve.ts ${outDir} ${PORT}`,
      cwd: '..',
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      stdout: 'pipe',
    },
    {
      command: `node tests/support/serve.ts tests/e2e/host ${HOST_PORT}`,
      cwd: '..',
      url: `http://127.0.0.1:${HOST_PORT}/`,
      reuseExistingServer: false,
    },
  ],
});
