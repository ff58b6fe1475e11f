// Every built page passes the W3C Nu Html Checker (npm vnu-jar, on a Java runtime; .ci/run
// installs Debian's default-jre-headless where it is missing).
import { test, expect } from '@playwright/test';
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { DIST } from './support.ts';

const jar = String(createRequire(import.meta.url)('vnu-jar'));

// CSS the checker does not know yet (it validates CSS 2.1/3 as of its release), now that every
// stylesheet is inline: container queries, used on purpose by the charts; Tailwind 4's @property
// registrations and its @supports probe for margin-trim; SVG's paint-order and vector-effect
// (halos behind labels, hairlines that keep their width when scaled). All are in every current
// browser. Only these exact messages are let through; any other CSS error still fails.
const UNKNOWN_CSS = [
  /^CSS: Unrecognized at-rule “@(container|property)”/,
  /^CSS: “(container(-type|-name)?|paint-order|vector-effect|margin-trim)”: Property “\1” doesn't exist\.$/,
];

interface Message {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
}

test('the Nu Html Checker finds no error in any page', async () => {
  test.setTimeout(240_000);
  const out = await new Promise<string>((resolve, reject) =>
    execFile(
      'java',
      ['-jar', jar, '--format', 'json', '--skip-non-html', '--errors-only', DIST],
      { maxBuffer: 64 * 1024 * 1024 },
      // vnu exits 1 when it finds errors; its JSON report is on stderr either way.
      (err, _stdout, stderr) =>
        stderr.trim().startsWith('{')
          ? resolve(stderr)
          : reject(
              (err as NodeJS.ErrnoException | null)?.code === 'ENOENT'
                ? new Error(
                    'No Java runtime for the Nu Html Checker: install one (Debian: apt-get install default-jre-headless)',
                  )
                : (err ?? new Error(stderr)),
            ),
    ),
  );
  const messages = (JSON.parse(out) as { messages: Message[] }).messages;
  const errors = messages
    .filter((m) => m.type === 'error' || m.type === 'non-document-error')
    .filter((m) => !UNKNOWN_CSS.some((re) => re.test(m.message)))
    .map((m) => `${(m.url ?? '').replace(/^file:.*?dist\//, '')}:${m.lastLine ?? 0}: ${m.message}`);
  expect(errors).toEqual([]);
});
