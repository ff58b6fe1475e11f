// The map's own stylesheet, written into its <svg> so that a downloaded SVG keeps its colours:
// every colour is a token with its light fallback, which the export swaps in.
import { PERIODS, STATUSES, type Status } from '../../data/schemas.ts';

const LAND = 'var(--chart-land, #e6e2d9)';
const EDGE = 'var(--chart-land-stroke, #fbfaf7)';
const INK = 'var(--chart-ink, #1a1a1a)';
const MUTED = 'var(--chart-muted, #585550)';
const WATER = 'var(--chart-water, #fbfaf7)';

/** Status colours; past, front company and unknown also differ by outline and hatching. */
export const STATUS_COLOUR: Record<Status, string> = {
  hosting: 'var(--cat-2, #c2410c)',
  expelled: 'var(--cat-1, #0b62a4)',
  past: 'var(--cat-5, #8a5a00)',
  'front-company': 'var(--cat-4, #7e22ce)',
  unknown: MUTED,
};

/** Declarations for a shape of each status (the hatch is the map's own pattern). */
export function statusDeclarations(status: Status, hatchId: string): string {
  const c = STATUS_COLOUR[status];
  switch (status) {
    case 'hosting':
    case 'expelled':
      return `fill:${c};fill-opacity:1;stroke:${EDGE};stroke-width:.6;stroke-dasharray:none`;
    case 'past':
      return `fill:${c};fill-opacity:.22;stroke:${c};stroke-width:1.2;stroke-dasharray:3 1.5`;
    case 'front-company':
      return `fill:var(--hatch, url(#${hatchId}));fill-opacity:1;stroke:${c};stroke-width:1.2;stroke-dasharray:none`;
    case 'unknown':
      return `fill:${LAND};fill-opacity:1;stroke:${c};stroke-width:.9;stroke-dasharray:1 1.5`;
  }
}

/**
 * Rules for one map. Country shapes carry data-s2017… ; the <svg> carries data-p, the period
 * shown, so switching period is one attribute. `.wm-k-<status>` colours legend keys and the
 * step maps' copies of shapes.
 */
export function mapStyle(hatchId: string): string {
  const status = STATUSES.map(
    (s) =>
      PERIODS.map((p) => `.wm[data-p="${p}"] [data-s${p}=${s}]`).join(',') +
      `,.wm-k-${s}{${statusDeclarations(s, hatchId)}}`,
  ).join('');
  const periods =
    PERIODS.map((p) => `.wm:not([data-p="${p}"]) [data-per="${p}"]`).join(',') + '{display:none}';
  return (
    `.wm-land{fill:${LAND}}.wm-b{fill:none;stroke:${EDGE};stroke-width:.6;stroke-linejoin:round}` +
    `.wm-o{fill:${INK};stroke:${EDGE};stroke-width:.6}` +
    status +
    periods +
    `.wm-hl{fill:none;stroke:${INK};stroke-width:1.6;stroke-linejoin:round;stroke-dasharray:none}.wm-hl:not(.on){display:none}` +
    `.wm-hatch{stroke:${STATUS_COLOUR['front-company']};stroke-width:1.6}` +
    `.wm-halo{fill:none;stroke:${WATER};stroke-width:3.5;stroke-opacity:.85}` +
    `.wm-dot{fill:${INK};fill-opacity:.2;stroke:${INK};stroke-width:1.2}` +
    `.wm-ceil{fill:none;stroke:${INK};stroke-width:1.1;stroke-dasharray:2.5 1.5}` +
    `.wm-tick{fill:none;stroke:${INK};stroke-width:1.1}` +
    `.wm-pl{fill:${WATER};stroke:${INK};stroke-width:1.2}` +
    `.wm-t{font-weight:600;fill:${INK};paint-order:stroke;stroke:${WATER};stroke-width:.24em;stroke-linejoin:round}` +
    `.wm-t-pl{font-weight:400;font-style:italic}` +
    `.wm-x{fill:${INK};font-weight:400}.wm-lead{fill:none;stroke:${MUTED};stroke-width:.8}` +
    // Marks and names on top of a country must not stop the pointer reaching it.
    `.wm-b,.wm-hls,.wm-base,.wm-ov{pointer-events:none}` +
    // Strokes keep their width when a step map or the stage zooms in.
    `.wm-land,.wm-b,.wm-c,.wm-o,.wm-hl,.wm-halo,.wm-dot,.wm-ceil,.wm-tick,.wm-pl{vector-effect:non-scaling-stroke}`
  );
}
