// Compact SVG path data from d3-geo: coordinates snapped to a grid, then written as relative
// moves, which is what keeps a world map near 10 KB gzipped instead of 40.
import {
  geoPath,
  type GeoContext,
  type GeoPermissibleObjects,
  type GeoProjection,
  type GeoStreamWrapper,
} from 'd3-geo';

/** A number on a grid of 1/precision units, written short: 0.5 → ".5", -0.5 → "-.5". */
function num(n: number, precision: number): string {
  return String(n / precision).replace(/^(-?)0\./, '$1.');
}

/** Joins numbers so that a minus sign does the separating where it can. */
function pair(a: string, b: string, first: boolean): string {
  return (first || a[0] === '-' ? '' : ' ') + a + (b[0] === '-' ? '' : ' ') + b;
}

type Pt = [number, number];

/** Distance from p to the segment a–b. */
function segmentDistance(p: Pt, a: Pt, b: Pt): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

/** Signed area of a ring (shoelace formula). */
export function ringArea(pts: readonly Pt[]): number {
  let a = 0;
  pts.forEach((p, i) => {
    const q = pts[(i + 1) % pts.length]!;
    a += p[0] * q[1] - q[0] * p[1];
  });
  return a / 2;
}

/** Douglas–Peucker: the points of a line that matter at this tolerance, ends kept. */
export function simplifyLine(pts: readonly Pt[], tolerance: number): Pt[] {
  if (pts.length < 3 || tolerance <= 0) return [...pts];
  const keep = new Uint8Array(pts.length);
  keep[0] = keep[pts.length - 1] = 1;
  const stack: [number, number][] = [[0, pts.length - 1]];
  while (stack.length) {
    const [i, j] = stack.pop()!;
    let worst = -1;
    let far = 0;
    for (let k = i + 1; k < j; k++) {
      const d = segmentDistance(pts[k]!, pts[i]!, pts[j]!);
      if (d > far) [far, worst] = [d, k];
    }
    if (worst >= 0 && far > tolerance) {
      keep[worst] = 1;
      stack.push([i, worst], [worst, j]);
    }
  }
  return pts.filter((_, k) => keep[k]);
}

/** A closed ring simplified in two halves, split at the point farthest from its start. */
function simplifyRing(pts: readonly Pt[], tolerance: number): Pt[] {
  if (pts.length < 4 || tolerance <= 0) return [...pts];
  const start = pts[0]!;
  const far = pts.reduce(
    (best, p, k) =>
      Math.hypot(p[0] - start[0], p[1] - start[1]) >
      Math.hypot(pts[best]![0] - start[0], pts[best]![1] - start[1])
        ? k
        : best,
    0,
  );
  const a = simplifyLine(pts.slice(0, far + 1), tolerance);
  const b = simplifyLine([...pts.slice(far), start], tolerance);
  return [...a, ...b.slice(1, -1)];
}

/**
 * Path data for a GeoJSON object under a projection. `precision` is grid steps per unit
 * (1 = whole units, 2 = half units); points that land on the same grid cell as the previous
 * one are dropped, lines are simplified to `tolerance` map units, and rings that collapse to
 * nothing, or enclose less than `minArea` square units, vanish.
 */
export function pathData(
  projection: GeoProjection | GeoStreamWrapper,
  object: GeoPermissibleObjects,
  precision = 1,
  tolerance = 0,
  minArea = 0,
): string {
  let out = '';
  let ring: Pt[] = [];
  // The pen, in grid steps, so that relative moves add up exactly.
  let px = 0;
  let py = 0;
  const snap = (x: number, y: number): Pt => [Math.round(x * precision), Math.round(y * precision)];
  const flush = (closed: boolean) => {
    let pts: Pt[] = [];
    for (const p of ring) {
      const last = pts[pts.length - 1];
      if (!last || last[0] !== p[0] || last[1] !== p[1]) pts.push(p);
    }
    if (closed && pts.length > 1) {
      const [first, last] = [pts[0]!, pts[pts.length - 1]!];
      if (first[0] === last[0] && first[1] === last[1]) pts.pop();
    }
    const tol = tolerance * precision;
    pts = closed ? simplifyRing(pts, tol) : simplifyLine(pts, tol);
    ring = [];
    if (pts.length < (closed ? 3 : 2)) return;
    if (closed && Math.abs(ringArea(pts)) < minArea * precision * precision) return;
    pts.forEach(([x, y], i) => {
      out += (i === 0 ? 'm' : '') + pair(num(x - px, precision), num(y - py, precision), i === 0);
      px = x;
      py = y;
    });
    if (closed) {
      out += 'z';
      [px, py] = pts[0]!;
    }
  };
  const context: GeoContext = {
    beginPath() {},
    moveTo(x: number, y: number) {
      if (ring.length) flush(false);
      ring.push(snap(x, y));
    },
    lineTo(x: number, y: number) {
      ring.push(snap(x, y));
    },
    closePath() {
      flush(true);
    },
    // Only points are drawn as arcs; this map draws its points itself.
    arc() {},
  };
  geoPath(projection, context)(object);
  if (ring.length) flush(false);
  // The first move of a path is relative to the origin, so it may stay lowercase.
  return out;
}

/** Reads path data written by pathData() back into absolute points, one array per ring. */
export function parsePath(d: string): [number, number][][] {
  const rings: [number, number][][] = [];
  let x = 0;
  let y = 0;
  let start: [number, number] = [0, 0];
  for (const [, cmd, args] of d.matchAll(/([mz])([^mz]*)/g)) {
    if (cmd === 'z') {
      [x, y] = start;
      continue;
    }
    const n = (args ?? '').match(/-?(?:\d+\.?\d*|\.\d+)/g)?.map(Number) ?? [];
    const ringPts: [number, number][] = [];
    for (let i = 0; i + 1 < n.length; i += 2) {
      x += n[i]!;
      y += n[i + 1]!;
      ringPts.push([x, y]);
    }
    start = ringPts[0] ?? [x, y];
    rings.push(ringPts);
  }
  return rings;
}
