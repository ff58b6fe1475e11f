// SVG snapshots of the timeline's layouts, in the manner of Observable Plot and of the map's
// (../world-map/snapshot.test.ts): each layout drawn to a plain SVG string, numbers rounded, and
// compared with a committed file. Review the diff when one changes; update with
// `npx vitest run --config tests/vitest.config.ts -u src/charts/timeline/snapshot.test.ts`.
import { expect, test } from 'vitest';
import type { StoryEvent } from '../../data/schemas.ts';
import { layoutOnce, type Layout, type Mark } from './layout.ts';
import { markGlyph } from './shapes.ts';
import { escapeHtml } from '../kit/escape.ts';
import { round } from '../kit/round.ts';
import { EVENTS, WINDOW } from '../../../tests/fixtures/timeline.ts';

const n = (v: number) => String(round(v, 1));

/** One mark: its leader, glyph (or a group's disc and count), and each event's lines. */
function mark(m: Mark): string {
  const lead = `<line class="lead" x1="${n(m.leader.x)}" y1="${n(m.leader.y1)}" y2="${n(m.leader.y2)}"/>`;
  const events = m.events.map((e) => {
    const g = markGlyph(e.kind, e.glyph);
    const span = e.x2 === undefined ? '' : `<line class="span" x1="${n(e.x)}" x2="${n(e.x2)}"/>`;
    const lines = m.lines
      .filter((l) => l.event === e.id)
      .map((l) => `<tspan class="${l.role}" y="${n(l.y)}">${escapeHtml(l.text)}</tspan>`)
      .join('');
    return `  <a data-id="${e.id}" data-x="${n(e.x)}">${span}<path class="${e.kind}" transform="${g.transform}"/><text x="${n(m.textX)}" text-anchor="${m.anchor}">${lines}</text></a>`;
  });
  const disc =
    m.events.length > 1 ? `<circle cx="${n(m.x)}" cy="${n(m.y)}" r="8"/><text>${m.events.length}</text>` : '';
  return [
    `<g data-row="${m.row}" data-side="${m.side}" data-box="${[m.box.x, m.box.y, m.box.w, m.box.h].map(n).join(' ')}" data-hit="${n(m.hitR)}">${lead}${disc}`,
    ...events,
    '</g>',
  ].join('\n');
}

/** Everything layout() decides, as SVG. */
function draw(l: Layout): string {
  const parts = [
    `<svg viewBox="0 0 ${l.width} ${l.height}">`,
    ...(l.band
      ? [
          `<g class="band" data-label="${escapeHtml(l.band.label)}"><rect x="${n(l.band.x1)}" width="${n(l.band.w)}" height="${n(l.band.y2)}"/></g>`,
        ]
      : []),
    ...l.rows.map(
      (r) =>
        `<g class="axis" data-y="${n(r.axisY)}" data-breaks="${r.breaks.map(n).join(' ')}" data-ticks="${r.ticks.map(n).join(' ')}">` +
        r.axis.map((a) => `<line x1="${n(a.x1)}" x2="${n(a.x2)}"/>`).join('') +
        '</g>',
    ),
    ...l.tickLabels.map((t) => `<text class="year" x="${n(t.x)}" y="${n(t.y)}">${t.label}</text>`),
    ...l.marks.map(mark),
    '</svg>',
  ];
  return parts.join('\n') + '\n';
}

test('the timeline of the project’s events, as the story draws it', async () => {
  await expect(draw(layoutOnce(EVENTS, { width: 920, window: WINDOW }))).toMatchFileSnapshot(
    './__snapshots__/timeline.svg',
  );
});

test('the resolutions and deadlines alone (the compact embed)', async () => {
  const events = EVENTS.filter((e) => e.kind === 'resolution' || e.kind === 'deadline');
  await expect(draw(layoutOnce(events, { width: 920, window: WINDOW }))).toMatchFileSnapshot(
    './__snapshots__/timeline-compact.svg',
  );
});

test('a fixture of five events, two of them one day apart (a group)', async () => {
  const at = (id: string, date: string, kind: StoryEvent['kind'], title: string) =>
    ({ id, date, kind, title, description: 'x', sources: ['s'] }) as StoryEvent;
  const events = [
    at('camps', '1967', 'context', 'Workers sent to the Soviet Far East'),
    at('r2397', '2017-12-22', 'resolution', 'Resolution 2397'),
    at('r2397-next', '2017-12-23', 'enforcement', 'Ships seized the next day'),
    at('visas', '2018-09', 'incident', 'Work visas counted'),
    at('deadline', '2019-12-22', 'deadline', 'Repatriation deadline'),
  ];
  await expect(draw(layoutOnce(events, { width: 920, window: WINDOW }))).toMatchFileSnapshot(
    './__snapshots__/timeline-fixture.svg',
  );
});
