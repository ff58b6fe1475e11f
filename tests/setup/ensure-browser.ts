// Before the tests: make sure there is a Chromium for Playwright. Uses PLAYWRIGHT_CHROMIUM or
// Debian's /usr/bin/chromium; failing both, Playwright's own browser; failing that, installs
// Debian's chromium with apt-get when running as root, or says exactly what to do.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { chromium } from '@playwright/test';

const wanted = process.env.PLAYWRIGHT_CHROMIUM ?? '/usr/bin/chromium';

function playwrightBrowser(): boolean {
  try {
    return existsSync(chromium.executablePath());
  } catch {
    return false;
  }
}

if (existsSync(wanted) || playwrightBrowser()) process.exit(0);

const root = typeof process.getuid === 'function' && process.getuid() === 0;
if (root && existsSync('/usr/bin/apt-get')) {
  console.log('No Chromium found: installing Debian’s chromium with apt-get …');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  if (existsSync('/usr/bin/chromium')) process.exit(0);
}
console.error(
  `No Chromium for the end-to-end tests. Install one of:\n` +
    `  sudo apt-get install chromium          (Debian/Ubuntu; found at /usr/bin/chromium)\n` +
    `  npx playwright install chromium        (Playwright's own build, where downloads work)\n` +
    `or set PLAYWRIGHT_CHROMIUM to a Chromium binary.`,
);
process.exit(1);
