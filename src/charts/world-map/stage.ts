// The scrollytelling stage: one region map shared by <MapScrolly> (which draws it) and each
// <MapStep> (whose static map reuses its shapes), so both must build it the same way.
import type { Deployment } from '../../data/schemas.ts';
import { layout, type MapLayout } from './layout.ts';

/** Element ids of the stage's shapes; step maps point at them with <use href>. */
export const STAGE_ID = 'map-scrolly';
/**
 * Label size on the stage in stage units: for narrow maps (at least 11 px on screen from a
 * 18rem-wide map), and for maps drawn 32rem wide or more (MapScrolly's CSS picks one).
 */
export const STAGE_LABEL = 16;
export const STAGE_LABELS = [STAGE_LABEL, 9] as const;

const cache = new WeakMap<readonly Deployment[], MapLayout>();

export function stageLayout(deployments: readonly Deployment[]): MapLayout {
  let map = cache.get(deployments);
  if (!map) {
    map = layout(deployments, {
      frame: 'region',
      width: 400,
      precision: 2,
      // The stage zooms in up to four times: finer lines than a world map needs.
      tolerance: 0.35,
      labelSize: STAGE_LABEL,
      rMax: 16,
    });
    cache.set(deployments, map);
  }
  return map;
}
