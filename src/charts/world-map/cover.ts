// What a label would cover, for placing names on the map: a name must not sit on another
// country of the story ("Myanmar" over Thailand reads as Thailand's); on other land it matters
// less, on its own country or the sea not at all.
import { geoContains, geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import type { MultiPolygon, Polygon } from 'geojson';
import type { Box } from './labels.ts';

export interface Area {
  id: string;
  shape: GeoPermissibleObjects;
}

/** Weight of a sample point on land outside the story, against 1 for another story country. */
export const OTHER_LAND = 0.2;

/**
 * A cost function for placeLabels(): the share of a box, sampled on a 5 × 3 grid and read back
 * through the projection, that lies on another country of the story (or, weighted less, on other
 * land), scaled to 0–10. `homeOf` maps a place's id to its country, so "Moscow" may sit on Russia.
 */
export function coverCost(
  projection: GeoProjection,
  areas: readonly Area[],
  land: GeoPermissibleObjects,
  homeOf: ReadonlyMap<string, string> = new Map(),
): (box: Box, id: string) => number {
  // A shape can only hold a point inside its projected bounds, so most shapes are ruled out
  // by four comparisons before the spherical test (which walks every vertex). The land is
  // tested polygon by polygon for the same reason.
  const path = geoPath(projection);
  const bounded = (shape: GeoPermissibleObjects) => {
    const [[x0, y0], [x1, y1]] = path.bounds(shape);
    return { shape, x0: x0 - 1, y0: y0 - 1, x1: x1 + 1, y1: y1 + 1 };
  };
  const holds = (b: ReturnType<typeof bounded>, x: number, y: number, at: [number, number]) =>
    x >= b.x0 && x <= b.x1 && y >= b.y0 && y <= b.y1 && geoContains(b.shape, at);
  const story = areas.map((a) => ({ id: a.id, ...bounded(a.shape) }));
  const landParts = (
    (land as MultiPolygon | Polygon).type === 'MultiPolygon'
      ? (land as MultiPolygon).coordinates.map((coordinates): Polygon => ({ type: 'Polygon', coordinates }))
      : [land]
  ).map(bounded);
  const owners = new Map<string, string | null>();
  const ownerAt = (x: number, y: number) => {
    const k = `${Math.round(x)},${Math.round(y)}`;
    if (!owners.has(k)) {
      const at = projection.invert?.([x, y]) ?? null;
      const area = at && story.find((a) => holds(a, x, y, at));
      owners.set(k, area ? area.id : at && landParts.some((l) => holds(l, x, y, at)) ? '' : null);
    }
    return owners.get(k)!;
  };
  return (box, id) => {
    const home = homeOf.get(id) ?? id;
    let on = 0;
    for (let i = 0; i < 5; i++)
      for (let j = 0; j < 3; j++) {
        const owner = ownerAt(
          box.x0 + ((i + 0.5) / 5) * (box.x1 - box.x0),
          box.y0 + ((j + 0.5) / 3) * (box.y1 - box.y0),
        );
        // null: the sea; '': land outside the story.
        on += owner === null || owner === home ? 0 : owner === '' ? OTHER_LAND : 1;
      }
    return (10 * on) / 15;
  };
}
