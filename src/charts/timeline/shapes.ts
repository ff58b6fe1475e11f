// One shape per event kind, so kinds differ by shape as well as colour (for colour-blind
// readers and for print). Paths are centred on (cx, cy); r is about the radius.
import type { Token } from '../kit/palette.ts';
import type { EventKind } from '../../data/schemas.ts';
import { round as n } from '../kit/round.ts';

const poly = (pts: [number, number][]) => `M${pts.map(([x, y]) => `${n(x)},${n(y)}`).join('L')}Z`;

/** The shape of a kind, as an SVG path. Context events are drawn as a ring (stroked, unfilled). */
export function shapePath(kind: EventKind, cx: number, cy: number, r: number): string {
  switch (kind) {
    case 'resolution':
    case 'context':
      return `M${n(cx - r)},${n(cy)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
    case 'deadline': {
      const d = r * 1.3;
      return poly([
        [cx, cy - d],
        [cx + d, cy],
        [cx, cy + d],
        [cx - d, cy],
      ]);
    }
    case 'enforcement': {
      const s = r * 0.88;
      return poly([
        [cx - s, cy - s],
        [cx + s, cy - s],
        [cx + s, cy + s],
        [cx - s, cy + s],
      ]);
    }
    case 'repatriation': {
      const s = r * 1.2;
      return poly([
        [cx, cy - s],
        [cx + s * 0.95, cy + s * 0.7],
        [cx - s * 0.95, cy + s * 0.7],
      ]);
    }
    case 'incident': {
      // A cross: a square with a notch in each side.
      const a = r * 1.05;
      const b = r * 0.38;
      return poly([
        [cx - a, cy - a + b],
        [cx - a + b, cy - a],
        [cx, cy - b],
        [cx + a - b, cy - a],
        [cx + a, cy - a + b],
        [cx + b, cy],
        [cx + a, cy + a - b],
        [cx + a - b, cy + a],
        [cx, cy + b],
        [cx - a + b, cy + a],
        [cx - a, cy + a - b],
        [cx - b, cy],
      ]);
    }
  }
}

/** Kind → colour token of the palette (src/charts/kit/palette.ts) and the word shown in the legend. */
export const KIND_STYLE: Record<EventKind, { color: `--${Token}`; label: string }> = {
  resolution: { color: '--cat-1', label: 'UN resolution' },
  deadline: { color: '--cat-2', label: 'Deadline' },
  repatriation: { color: '--cat-3', label: 'Workers sent home' },
  enforcement: { color: '--cat-4', label: 'Enforcement' },
  incident: { color: '--cat-5', label: 'Incident' },
  context: { color: '--cat-6', label: 'Context' },
};
