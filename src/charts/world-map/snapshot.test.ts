// SVG snapshots of the map's layouts, in the manner of Observable Plot: each layout drawn to a
// plain SVG string (numbers rounded) and compared with a committed file. Review the diff when
// one changes; update with `npx vitest run -u src/charts/world-map/snapshot.test.ts`.
import { expect, test } from 'vitest';
import { layoutOnce, type MapLayout } from './layout.ts';
import { WORLD_OPTIONS } from './frames.ts';
import { stageLayout, STAGE_LABELS } from './stage.ts';
import { stepView, type StepView } from './steps.ts';
import type { PlacedLabel } from './labels.ts';
import type { SizeKey } from './keys.ts';
import { escapeHtml } from '../kit/escape.ts';
import { round } from '../kit/round.ts';
import { realDeployments, row } from '../../../tests/fixtures/world-map.ts';

const n = (v: number) => String(round(v, 1));
const labels = (ls: readonly PlacedLabel[], cls: string) =>
  `<g class="${cls}">\n${ls
    .map(
      (l) =>
        `  <text x="${n(l.x)}" y="${n(l.y)}" data-box="${[l.box.x0, l.box.y0, l.box.x1, l.box.y1].map(n).join(' ')}">${escapeHtml(l.text)}</text>` +
        (l.leader ? `<line data-leader="${l.leader.map(n).join(' ')}"/>` : ''),
    )
    .join('\n')}\n</g>`;
const sizeKey = (k: SizeKey, cls: string) =>
  `<g class="${cls}" font-size="${k.size}">\n  <text x="${n(k.title.x)}" y="${n(k.title.y)}">${k.title.text}</text>\n${k.circles
    .map(
      (c) =>
        `  <circle cx="${n(c.cx)}" cy="${n(c.cy)}" r="${n(c.r)}"/><text x="${n(c.tx)}" y="${n(c.ty)}">${c.text}</text>`,
    )
    .join('\n')}\n</g>`;

/** Everything layout() decides, as SVG; the land and borders by their size only (they are long). */
function draw(map: MapLayout, view?: StepView): string {
  const parts = [
    `<svg viewBox="0 0 ${map.width} ${map.height}" data-land="${map.land.length}" data-borders="${map.borders.length}">`,
    ...[map.origin, ...map.countries].map(
      (c) => `<path data-id="${c.id}" data-at="${n(c.x)} ${n(c.y)}" data-d="${c.d.length}"/>`,
    ),
    ...map.symbols.map(
      (s) =>
        `<circle data-id="${s.id}" data-period="${s.period}" class="${s.kind}" cx="${n(s.x)}" cy="${n(s.y)}" r="${n(s.r)}"${s.rLow === undefined ? '' : ` data-low="${n(s.rLow)}"`}/>`,
    ),
    ...map.places.map((p) => `<circle data-place="${p.id}" cx="${n(p.x)}" cy="${n(p.y)}"/>`),
    labels(map.labels, 'labels'),
    ...(map.crop
      ? [
          labels(
            map.crop.labels,
            `crop ${map.crop.box.x0} ${map.crop.box.y0} ${map.crop.box.x1} ${map.crop.box.y1}`,
          ),
        ]
      : []),
    ...(map.keys
      ? [
          sizeKey(map.keys.size, 'size-key'),
          ...(map.keys.cropSize ? [sizeKey(map.keys.cropSize, 'size-key-crop')] : []),
        ]
      : []),
    ...(view
      ? [
          `<g data-transform="${view.transform}" data-phone="${view.phone.transform}">`,
          ...view.labels.map((set) => labels(set.labels, `step ${set.size}`)),
          labels(view.phone.labels.labels, `phone ${view.phone.labels.size}`),
          '</g>',
        ]
      : []),
    '</svg>',
  ];
  return parts.join('\n') + '\n';
}

const figure = (value: number) => ({ value, date: '2019', label: 'workers', sources: ['s'] });
const fixture = [
  row({ iso3: 'RUS', isoNumeric: '643', name: 'Russia', figures: [figure(30000)] }),
  row({ iso3: 'CHN', isoNumeric: '156', name: 'China', figures: [figure(10000)] }),
  row({
    iso3: 'MYS',
    isoNumeric: '458',
    name: 'Malaysia',
    status: { '2017': 'hosting', '2019': 'expelled', '2020': 'expelled', '2025': 'past' },
  }),
];

test('the world map of the project’s data', async () => {
  await expect(draw(layoutOnce(realDeployments(), WORLD_OPTIONS))).toMatchFileSnapshot(
    './__snapshots__/world.svg',
  );
});

test('the world map of a three-country fixture', async () => {
  await expect(draw(layoutOnce(fixture, WORLD_OPTIONS))).toMatchFileSnapshot(
    './__snapshots__/world-fixture.svg',
  );
});

test('the scrollytelling stage at one step of the story (Myanmar, Cambodia, Thailand)', async () => {
  const map = stageLayout(realDeployments());
  const view = stepView(map, { highlight: ['MMR', 'KHM', 'THA'], places: [], period: '2019' }, STAGE_LABELS);
  await expect(draw(map, view)).toMatchFileSnapshot('./__snapshots__/stage-mmr-khm-tha.svg');
});
