// The editor's workflow, end to end: a copy of the project gets a new chapter (it must appear)
// or a mistake (the build must stop and name the file and the field). npm run test:build.
import { afterAll, describe, expect, test } from 'vitest';
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The line of the project's file where `text` first stands, as an editor's message names it. */
const lineOf = (file: string, text: string) =>
  readFileSync(join(ROOT, file), 'utf8')
    .split('\n')
    .findIndex((l) => l.includes(text)) + 1;
const ASTRO = join(ROOT, 'node_modules/.bin/astro');

interface Built {
  dir: string;
  code: number;
  output: string;
}

/** Copies the project, lets `change` edit the copy, builds it. */
function buildCopy(
  change: (dir: string) => void,
  env: Record<string, string | undefined> = { SITE_URL: 'http://localhost:4321' },
): Promise<Built> {
  const dir = mkdtempSync(join(tmpdir(), 'story-build-'));
  for (const f of ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
    cpSync(join(ROOT, f), join(dir, f), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  change(dir);
  return new Promise((resolve) => {
    execFile(
      ASTRO,
      ['build'],
      {
        cwd: dir,
        env: {
          ...process.env,
          ...env,
          ASTRO_OUT_DIR: join(dir, 'dist'),
          ASTRO_CACHE_DIR: join(dir, '.cache'),
          NO_COLOR: '1',
        },
        maxBuffer: 64 * 1024 * 1024,
      },
      (err, stdout, stderr) =>
        resolve({ dir, code: err ? Number(err.code ?? 1) : 0, output: stdout + stderr }),
    );
  });
}

const edit = (dir: string, file: string, from: string | RegExp, to: string) => {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`fixture edit did not apply to ${file}`);
  writeFileSync(path, next);
};

const FIXTURE = `---
title: A fixture chapter for the build test
summary: Added by tests/build/editor.test.ts to check that a new file joins the story.
order: 99
---

The fixture cites a real source.<Cite id="unsc-2397" />
`;

// One build of a copy with a new chapter that also shows part of the timeline: both tests read it.
const CHAPTER = FIXTURE.replace(
  'The fixture cites',
  '<Timeline id="timeline-fixture" from="2017" to="2019-12" kinds="resolution,deadline" title="The resolutions and the deadline" />\n\nThe fixture cites',
);
let withChapter: Promise<Built> | undefined;
const buildWithChapter = () =>
  (withChapter ??= buildCopy((d) => writeFileSync(join(d, 'content/chapters/99-fixture.mdx'), CHAPTER)));
afterAll(async () => {
  if (withChapter) rmSync((await withChapter).dir, { recursive: true, force: true });
});

describe('the editor adds a chapter', () => {
  test('a new MDX file appears in the story, the contents and the chapter navigation', async () => {
    const { dir, code, output } = await buildWithChapter();
    expect(code, output).toBe(0);
    const story = readFileSync(join(dir, 'dist/index.html'), 'utf8');
    expect(story).toContain('A fixture chapter for the build test');
    expect(story).toContain('href="#99-fixture"');
    const page = join(dir, 'dist/chapters/99-fixture/index.html');
    expect(existsSync(page)).toBe(true);
    expect(readFileSync(page, 'utf8')).toContain('rel="prev"');
  });
});

test('a production build without SITE_URL stops and says what to set', async () => {
  const { dir, code, output } = await buildCopy(() => {}, { SITE_URL: undefined });
  rmSync(dir, { recursive: true, force: true });
  expect(code).not.toBe(0);
  expect(output).toMatch(/SITE_URL is not set\. A production build needs the address the site will live at/);
});

describe('the editor makes a mistake and the build says where', () => {
  const cases: [string, (d: string) => void, RegExp[]][] = [
    [
      'a chapter without a title',
      (d) => writeFileSync(join(d, 'content/chapters/98-untitled.mdx'), FIXTURE.replace(/^title:.*\n/m, '')),
      [/98-untitled\.mdx/, /title/],
    ],
    [
      'a citation of a source id that does not exist',
      (d) =>
        writeFileSync(
          join(d, 'content/chapters/97-bad-cite.mdx'),
          FIXTURE.replace('unsc-2397', 'no-such-source'),
        ),
      [/content\/chapters\/97-bad-cite\.mdx:7/, /unknown source id "no-such-source"/],
    ],
    [
      'a data row with an unknown country code',
      (d) => edit(d, 'content/data/deployments.yaml', 'iso3: CYP', 'iso3: CYX'),
      [/content\/data\/deployments\.yaml/, /iso3/, /CYX/],
    ],
    [
      'a malformed date',
      (d) => edit(d, 'content/data/events.yaml', 'date: 2016-03-02', 'date: 2016-13-02'),
      [
        /content\/data\/events\.yaml:\d+ \(id: unsc-2270\) — date \(written "2016-13-02"\): must be a real date/,
      ],
    ],
    [
      'a data row citing an unknown source',
      (d) => edit(d, 'content/data/money.yaml', 'sources: [ap-2019-12]', 'sources: [ap-2019]'),
      [/content\/data\/money\.yaml \(id: experts-2019\)/, /sources\[0\]/, /unknown source id "ap-2019"/],
    ],
    [
      'a source url that runs script',
      (d) => edit(d, 'content/data/sources.yaml', /url: https:\/\/\S+/, 'url: JavaScript:alert(1)'),
      [
        /content\/data\/sources\.yaml:\d+ \(id: [a-z0-9-]+\) — url \(written "JavaScript:alert\(1\)"\): must be a web address starting https:\/\//,
      ],
    ],
    [
      'a figure written as text with a comma',
      (d) => edit(d, 'content/data/deployments.yaml', 'value: 30023', 'value: "30,023"'),
      [
        new RegExp(
          `content/data/deployments\\.yaml:${lineOf('content/data/deployments.yaml', 'value: 30023')} \\(id: RUS\\) — figures\\.0\\.value \\(written "30,023"\\)`,
        ),
        /write 30023: digits only, no quotes or commas/,
      ],
    ],
    [
      'a chapter with a script, a handler, a javascript: link, a frame and a misspelt prop',
      (d) =>
        writeFileSync(
          join(d, 'content/chapters/96-hostile.mdx'),
          FIXTURE +
            '\n<script>alert(1)</script>\n\n<img src="x.png" alt="" onerror="alert(1)" />\n\n[click](javascript:alert(1))\n\n<iframe src="https://evil.example/"></iframe>\n\n<Timeline form="2017" id="t2" />\n',
        ),
      [
        /96-hostile\.mdx:9 — <script> is not allowed in a chapter/,
        /96-hostile\.mdx:11 — <img onerror>: event-handler attributes run script/,
        /96-hostile\.mdx:13 — \[…\]\(javascript:alert\(1\)\): links must go to a web page/,
        /96-hostile\.mdx:15 — <iframe> is not allowed in a chapter/,
        /96-hostile\.mdx:17 — <Timeline form>: unknown prop "form" \(did you mean from\?\); <Timeline> takes from, to, kinds, id, title, caption/,
      ],
    ],
    [
      'a second timeline in the story without an id',
      (d) => writeFileSync(join(d, 'content/chapters/95-second.mdx'), FIXTURE + '\n<Timeline />\n'),
      [
        /95-second\.mdx:9 — <Timeline>: the story already has this chart at content\/chapters\/\S+\.mdx:\d+; give this one its own id/,
      ],
    ],
  ];
  test.each(cases)('%s stops the build', async (_name, change, expected) => {
    const { dir, code, output } = await buildCopy(change);
    rmSync(dir, { recursive: true, force: true });
    expect(code).not.toBe(0);
    for (const re of expected) expect(output).toMatch(re);
  });
});

describe('the editor shows part of the timeline', () => {
  test('a <Timeline> given from, to, kinds and title gets its own embed, downloads, card and oEmbed', async () => {
    const { dir, code, output } = await buildWithChapter();
    expect(code, output).toBe(0);
    const key = 'timeline-from-2017-to-2019-12-resolution-deadline-the-resolutions-and-the-deadline';
    const variant = key.slice('timeline-'.length);
    const embed = readFileSync(join(dir, `dist/embed/timeline/${variant}/index.html`), 'utf8');
    expect(embed).toContain('The resolutions and the deadline</h1>');
    expect(embed).toMatch(/<link rel="canonical" href="[^"]+\/chapters\/99-fixture\/"/);
    expect(embed).not.toContain('data-id="soviet-agreement-1967"');
    for (const file of [`charts/${key}.svg`, `charts/${key}.png`, `og/${key}.png`])
      expect(existsSync(join(dir, 'dist', file)), file).toBe(true);
    const oembed = JSON.parse(readFileSync(join(dir, `dist/oembed/${key}.json`), 'utf8'));
    expect(oembed.title).toBe('The resolutions and the deadline');
    expect(oembed.html).toContain(`/embed/timeline/${variant}/`);
    const page = readFileSync(join(dir, 'dist/chapters/99-fixture/index.html'), 'utf8');
    expect(page).toContain(`/embed/timeline/${variant}/`);
    expect(page).toContain(`/oembed/${key}.json`);
    expect(page).toContain(`/charts/${key}.svg`);
  });
});
