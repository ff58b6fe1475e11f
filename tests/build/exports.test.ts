// The downloads are the embed's picture: in the built dist/ (npm run build:local first), the chart
// inside each charts/<view>.svg is the <svg> that view's embed page draws, cleaned for a file.
import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { embedPath, storyViews, viewKey } from '../../src/charts/registry.ts';
import { cleanTree, deVar, findAll, findChartSvg, parseMarkup, toXML } from '../../src/charts/export/svg.ts';
import { chapterBodies } from '../support/chapter-files.ts';

const ROOT = new URL('../../', import.meta.url);
const DIST = join(fileURLToPath(ROOT), process.env.ASTRO_OUT_DIR ?? 'dist');
const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const views = storyViews(chapterBodies(ROOT)).map((view) => [viewKey(view), view] as const);

describe('every view’s SVG download', () => {
  test('dist/ is built', () => {
    expect(existsSync(join(DIST, 'index.html')), `${DIST}: run npm run build:local first`).toBe(true);
  });

  test.each(views)('charts/%s.svg holds the chart its embed page draws', (key, view) => {
    const page = findChartSvg(read(`${embedPath(view)}index.html`), view.slug);
    expect(page, `${embedPath(view)} draws no chart`).toBeDefined();
    const [file, nested] = findAll(parseMarkup(read(`charts/${key}.svg`)), (e) => e.tag === 'svg');
    expect(file && nested, `charts/${key}.svg has no chart inside`).toBeTruthy();
    expect(nested!.attrs).toContainEqual(['viewBox', page!.box.join(' ')]);
    const drawn = nested!.children.filter((c) => typeof c === 'string' || c.tag !== 'style');
    expect(drawn.map(toXML).join('')).toBe(deVar(cleanTree(page!.el).children.map(toXML).join('')));
  });
});
