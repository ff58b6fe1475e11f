// The editor's workflow, end to end: a copy of the project gets a new chapter (it must appear)
// or a mistake (the build must stop and name the file and the field).
import { describe, expect, test } from 'vitest';
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ASTRO = join(ROOT, 'node_modules/.bin/astro');

interface Built {
  dir: string;
  code: number;
  output: string;
}

/** Copies the project, lets `change` edit the copy, builds it. */
function buildCopy(change: (dir: string) => void): Promise<Built> {
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
summary: Added by tests/unit/build.test.ts to check that a new file joins the story.
order: 99
---

The fixture cites a real source.<Cite id="unsc-2397" />
`;

describe('the editor adds a chapter', () => {
  test('a new MDX file appears in the story, the contents and the chapter navigation', async () => {
    const { dir, code, output } = await buildCopy((d) =>
      writeFileSync(join(d, 'content/chapters/99-fixture.mdx'), FIXTURE),
    );
    try {
      expect(code, output).toBe(0);
      const story = readFileSync(join(dir, 'dist/index.html'), 'utf8');
      expect(story).toContain('A fixture chapter for the build test');
      expect(story).toContain('href="#99-fixture"');
      const page = join(dir, 'dist/chapters/99-fixture/index.html');
      expect(existsSync(page)).toBe(true);
      expect(readFileSync(page, 'utf8')).toContain('rel="prev"');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
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
      [/content\/data\/events\.yaml/, /date: must be a real date/],
    ],
    [
      'a data row citing an unknown source',
      (d) => edit(d, 'content/data/money.yaml', 'sources: [ap-2019-12]', 'sources: [ap-2019]'),
      [/content\/data\/money\.yaml \(id: experts-2019\)/, /sources\[0\]/, /unknown source id "ap-2019"/],
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
    const chapter = FIXTURE.replace(
      'The fixture cites',
      '<Timeline id="timeline-fixture" from="2017" to="2019-12" kinds="resolution,deadline" title="The resolutions and the deadline" />\n\nThe fixture cites',
    );
    const { dir, code, output } = await buildCopy((d) =>
      writeFileSync(join(d, 'content/chapters/99-fixture.mdx'), chapter),
    );
    try {
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
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
