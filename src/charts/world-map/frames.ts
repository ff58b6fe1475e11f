// The two maps' sizes as CSS needs them. They depend only on the projection and the frame (not
// on the data), so they are written into the components' CSS as constants rather than passed in
// style="" attributes, which the Content-Security-Policy forbids; frames.test.ts keeps them true.
import { round } from '../kit/round.ts';
import type { LayoutOptions, MapLayout } from './layout.ts';

/** The world map's layout options (highlight aside, which moves no frame). */
export const WORLD_OPTIONS = {
  frame: 'world',
  width: 960,
  precision: 1,
  tolerance: 1,
  labelSize: 14,
  // At least 11 px on screen in the narrowest crop (an 18rem frame shows 513 units in 288 px).
  cropLabelSize: 20,
} as const satisfies LayoutOptions;

/** The phone crop of the world map: the svg's width and offset inside its cropped frame. */
export function cropDeclarations(map: MapLayout): string[] {
  const { box } = map.crop!;
  const [bw, bh] = [box.x1 - box.x0, box.y1 - box.y0];
  const pct = (n: number) => `${round(n * 100, 2)}%`;
  return [
    `--crop-w: ${pct(map.width / bw)};`,
    `--crop-x: ${pct(-box.x0 / bw)};`,
    `--crop-y: ${pct(-box.y0 / bh)};`,
    `--crop-ratio: ${bw} / ${bh};`,
  ];
}

/** The scrollytelling stage's aspect ratio, which its box takes before the map is parsed. */
export const stageRatioDeclaration = (map: MapLayout) => `--ratio: ${round(map.width / map.height, 3)};`;
