// SVG snapshots of the revenue chart's layouts, in the manner of Observable Plot: each panel
// drawn to a plain SVG string (numbers rounded) and compared with a committed file. Review the
// diff when one changes; update with `npx vitest run -u src/charts/revenue/snapshot.test.ts`.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { checkRows } from '../../data/rows.ts';
import { moneySchema, type Money } from '../../data/schemas.ts';
import { escapeHtml } from '../kit/escape.ts';
import { round } from '../kit/round.ts';
import type { Glyph, PanelLayout, Text } from './layout.ts';
import { buildPanels } from './panels.ts';
import { MONEY } from './fixtures.ts';

const n = (v: number) => String(round(v, 1));
const text = (t: Text, cls: string) =>
  `<text class="${cls}" x="${n(t.x)}" y="${n(t.y)}" text-anchor="${t.anchor}">${escapeHtml(t.text)}</text>`;
const glyph = (g: Glyph) =>
  (g.body.kind === 'dot'
    ? `<circle cx="${n(g.body.cx)}" cy="${n(g.body.cy)}" r="${n(g.body.r)}"/>`
    : `<rect x="${n(g.body.x)}" y="${n(g.body.y)}" width="${n(g.body.width)}" height="${n(g.body.height)}"/>`) +
  (g.arrow
    ? `<line x1="${n(g.arrow.x1)}" x2="${n(g.arrow.x2)}" y="${n(g.arrow.y)}"/><path d="${g.arrow.head}"/>`
    : '');

/** Everything layoutPanel() decides, as SVG. */
function draw(l: PanelLayout): string {
  return (
    [
      `<svg viewBox="0 0 ${l.width} ${n(l.height)}" data-max="${l.scale.max}">`,
      ...l.title.map((t) => text(t, 'title')),
      ...l.subtitle.map((t) => text(t, 'subtitle')),
      ...l.legend.map(
        (g) =>
          `<circle data-scope="${g.scope}" cx="${n(g.dot.cx)}" cy="${n(g.dot.cy)}" r="${n(g.dot.r)}"/>${text(g.text, 'legend')}`,
      ),
      ...(l.shapes ?? []).map((s) => `<g class="key">${glyph(s.glyph)}${text(s.text, 'key')}</g>`),
      ...l.ticks.map((t) => `<line class="tick" x="${n(t.x)}"/>${t.label ? text(t.label, 'tick') : ''}`),
      `<path class="grid" d="${l.grid.zero} ${l.grid.rest}"/>`,
      ...l.rows.map(
        (r) =>
          `<g data-id="${r.mark.id}" data-scope="${r.mark.scope}">${r.labelLines.map((t) => text({ ...t, anchor: 'start' }, 'label')).join('')}${glyph(r.glyph)}${text(r.value, 'value')}</g>`,
      ),
      ...(l.marker
        ? [
            `<g class="marker" data-value="${l.marker.value}" x="${n(l.marker.x)}">${text(l.marker.label, 'marker')}${l.marker.segments.map(([a, b]) => `<line y1="${n(a)}" y2="${n(b)}"/>`).join('')}</g>`,
          ]
        : []),
      '</svg>',
    ].join('\n') + '\n'
  );
}

const file = 'content/data/money.yaml';
const real = (checkRows(file, readFileSync(file, 'utf8'), moneySchema).rows as unknown[]).map((r) =>
  moneySchema.parse(r),
) as Money[];
// Citation numbers in the order the rows first cite their sources, as a stand-in for the story's.
const numbers = new Map<string, number>();
for (const m of real) for (const s of m.sources) if (!numbers.has(s)) numbers.set(s, numbers.size + 1);

test('the estimates panel of the project’s money rows, with the reader’s default estimate', async () => {
  const { a } = buildPanels(real, (id) => numbers.get(id), 100_000 * 417 * 12);
  await expect(draw(a)).toMatchFileSnapshot('./__snapshots__/estimates.svg');
});

test('the single sums panel of the project’s money rows', async () => {
  const { b } = buildPanels(real, (id) => numbers.get(id), undefined);
  await expect(draw(b)).toMatchFileSnapshot('./__snapshots__/single-sums.svg');
});

test('both panels of the fixture, the marker off the scale', async () => {
  const { a, b } = buildPanels(MONEY, () => 1, 9e9);
  await expect(draw(a) + draw(b)).toMatchFileSnapshot('./__snapshots__/fixture.svg');
});
