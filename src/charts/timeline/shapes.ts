// One shape per event kind, so kinds differ by shape as well as colour (for colour-blind
// readers and for print): d3-shape's fill symbols, all of one area, so no kind looks weightier.
import { symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolTriangle } from 'd3-shape';
import type { SymbolType } from 'd3-shape';
import type { Token } from '../kit/palette.ts';
import type { EventKind } from '../../data/schemas.ts';

/** Context shares the circle but is drawn as a ring (svg.css). */
export const KIND_SYMBOL: Record<EventKind, SymbolType> = {
  resolution: symbolCircle,
  context: symbolCircle,
  deadline: symbolDiamond,
  enforcement: symbolSquare,
  repatriation: symbolTriangle,
  incident: symbolCross,
};

/** Every glyph's area in px²: a circle of radius 5.5. */
export const GLYPH_AREA = Math.PI * 5.5 ** 2;

/** The glyph of a kind as an SVG path centred on (0, 0): the marks, the key and the list all draw this. */
export const glyph = (kind: EventKind): string => symbol(KIND_SYMBOL[kind], GLYPH_AREA).digits(1)()!;

/** Half the glyph's width, for spacing marks on the axis: read from the symbol as it draws. */
export function glyphHalfWidth(kind: EventKind): number {
  let w = 0;
  const at = (x: number, extra = 0) => (w = Math.max(w, Math.abs(x) + extra));
  // Only the calls the fill symbols make; the rest of a canvas path is never called.
  const context = {
    moveTo: (x: number) => at(x),
    lineTo: (x: number) => at(x),
    arc: (x: number, _y: number, r: number) => at(x, r),
    rect: (x: number, _y: number, width: number) => (at(x), at(x + width)),
    closePath: () => undefined,
  };
  KIND_SYMBOL[kind].draw(context as unknown as Parameters<SymbolType['draw']>[0], GLYPH_AREA);
  return w;
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

/** How the SVG draws an event's glyph: the kind's path, moved (and in a group's label, scaled). */
export const markGlyph = (kind: EventKind, at: { x: number; y: number; scale: number }) => ({
  d: glyph(kind),
  transform: `translate(${at.x},${at.y})${at.scale === 1 ? '' : ` scale(${at.scale})`}`,
});

/** The key's and the list's glyph of a kind: the marks' own path at the marks' own size, in a
 * 20 px box (the tallest glyph, the diamond, is 18.2 px). */
export const keyGlyph = (kind: EventKind) => ({ d: glyph(kind), viewBox: '-10 -10 20 20', size: 20 });
