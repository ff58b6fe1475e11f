// Label placement for the horizontal timeline, pure. Each label is a block of text beside a
// vertical leader line from its mark on the axis (a flagpole), above or below the axis, running
// right of the leader (start) or left of it (end). `d` is the distance from the axis to the near
// edge of the text. Rules: no two text blocks touch, and no leader crosses another label's text.

export type Side = 'above' | 'below';
export type Anchor = 'start' | 'end';

export interface Span {
  x: number;
  w: number;
}

/** A label to place: its leader's x and the size of its text. */
export interface LabelIn {
  x: number;
  w: number;
  h: number;
}

export interface Spot {
  /** The leader's x; undefined for an obstacle such as a year label. */
  x: number | undefined;
  side: Side;
  anchor: Anchor;
  d: number;
  h: number;
  /** The text's horizontal extent. */
  box: Span;
}

export interface PackOptions {
  /** The viewBox width: text stays inside it. */
  width: number;
  /** Gap between a leader and its text. */
  gap: number;
  padX: number;
  padY: number;
  /** Fixed text already there (e.g. year labels under the axis). */
  obstacles: Spot[];
  /** Nearest distance to the axis per side (below leaves room for the year labels). */
  floor: Record<Side, number>;
}

interface Choice {
  side: Side;
  anchor: Anchor;
}

const CHOICES: Choice[] = [
  { side: 'above', anchor: 'start' },
  { side: 'below', anchor: 'start' },
  { side: 'above', anchor: 'end' },
  { side: 'below', anchor: 'end' },
];

export const covers = (box: Span, x: number, pad = 2): boolean =>
  x >= box.x - pad && x <= box.x + box.w + pad;

const boxOf = (l: LabelIn, anchor: Anchor, gap: number): Span =>
  anchor === 'start' ? { x: l.x + gap, w: l.w } : { x: l.x - gap - l.w, w: l.w };

/** True when text `c` may stand with `q`: apart, and neither's leader through the other's text. */
export function compatible(c: Spot, q: Spot, padX: number, padY: number): boolean {
  if (q.side !== c.side) return true;
  const overlapX = c.box.x < q.box.x + q.box.w + padX && q.box.x < c.box.x + c.box.w + padX;
  const overlapD = c.d < q.d + q.h + padY && q.d < c.d + c.h + padY;
  if (overlapX && overlapD) return false;
  // A leader runs from the axis to the far edge of its own text.
  if (c.x !== undefined && covers(q.box, c.x) && q.d < c.d + c.h) return false;
  if (q.x !== undefined && covers(c.box, q.x) && c.d < q.d + q.h) return false;
  return true;
}

/**
 * Places labels with a side and anchor chosen for each. A label whose text covers another's mark
 * must sit farther from the axis than that one, so labels go in that order, each as close to the
 * axis as it fits. Undefined when no such order exists (two labels covering each other's marks on
 * one side) or a fixed obstacle stands on a leader.
 */
export function pack(
  labels: readonly LabelIn[],
  choices: readonly Choice[],
  o: PackOptions,
): Spot[] | undefined {
  const n = labels.length;
  const boxes = labels.map((l, i) => boxOf(l, choices[i]!.anchor, o.gap));
  for (let i = 0; i < n; i++) {
    const { side } = choices[i]!;
    if (o.obstacles.some((q) => q.side === side && covers(q.box, labels[i]!.x))) return undefined;
  }
  const deps = labels.map((_, i) =>
    labels
      .map((_l, j) => j)
      .filter((j) => j !== i && choices[j]!.side === choices[i]!.side && covers(boxes[i]!, labels[j]!.x)),
  );
  // Only labels on one side whose text or leaders meet can conflict: check those alone.
  const near = boxes.map((b, i) =>
    boxes
      .map((_b, j) => j)
      .filter((j) => {
        if (j === i || choices[j]!.side !== choices[i]!.side) return false;
        const c = boxes[j]!;
        return (
          (b.x < c.x + c.w + o.padX && c.x < b.x + b.w + o.padX) ||
          covers(b, labels[j]!.x) ||
          covers(c, labels[i]!.x)
        );
      }),
  );
  const spots: Spot[] = [];
  const done = new Array<boolean>(n).fill(false);
  for (let k = 0; k < n; k++) {
    let i = n - 1;
    while (i >= 0 && (done[i] || deps[i]!.some((j) => !done[j]))) i--;
    if (i < 0) return undefined;
    done[i] = true;
    const { side, anchor } = choices[i]!;
    const base = { x: labels[i]!.x, side, anchor, h: labels[i]!.h, box: boxes[i]! };
    const others = [
      ...o.obstacles.filter((q) => q.side === side),
      ...near[i]!.filter((j) => spots[j] !== undefined).map((j) => spots[j]!),
    ];
    const ds = [o.floor[side], ...others.map((q) => q.d + q.h + o.padY)]
      .filter((d) => d >= o.floor[side])
      .sort((a, b) => a - b);
    const d = ds.find((d) => others.every((q) => compatible({ ...base, d }, q, o.padX, o.padY)));
    if (d === undefined) return undefined;
    spots[i] = { ...base, d };
  }
  return spots;
}

/** How far the labels reach from the axis, above and below. */
export function reach(spots: readonly Spot[], side: Side): number {
  return Math.max(0, ...spots.filter((s) => s.side === side).map((s) => s.d + s.h));
}

const cost = (spots: readonly Spot[]) => reach(spots, 'above') + reach(spots, 'below');

/** True when the first choices.length labels, so placed, cover each other's marks in a ring. */
function ringed(labels: readonly LabelIn[], choices: readonly Choice[], gap: number): boolean {
  const n = choices.length;
  const boxes = choices.map((c, i) => boxOf(labels[i]!, c.anchor, gap));
  const deps = (i: number) =>
    choices.flatMap((c, j) =>
      j !== i && c.side === choices[i]!.side && covers(boxes[i]!, labels[j]!.x) ? [j] : [],
    );
  const state = new Array<number>(n).fill(0);
  const visit = (i: number): boolean => {
    if (state[i] === 1) return true;
    if (state[i] === 2) return false;
    state[i] = 1;
    const found = deps(i).some(visit);
    state[i] = 2;
    return found;
  };
  return choices.some((_c, i) => visit(i));
}

/**
 * Chooses each label's side and anchor to keep the chart short: starts with every label running
 * right where it fits and left elsewhere, on alternating sides (twice: the first label above,
 * then below), then changes one label at a time while that makes the chart shorter, and keeps
 * the shorter of the two. Deterministic: same labels, same result.
 */
export function arrange(labels: readonly LabelIn[], o: PackOptions): Spot[] {
  const fitsWidth = (l: LabelIn, c: Choice) => {
    const b = boxOf(l, c.anchor, o.gap);
    return b.x >= 0 && b.x + b.w <= o.width;
  };
  // Where labels on one side would cover each other's marks in a ring (none could be placed
  // first), a label goes on the other side, or the labels running right over its mark run left.
  const start = (parity: number): Choice[] => {
    const choices: Choice[] = [];
    labels.forEach((l, i) => {
      const anchor: Anchor = fitsWidth(l, { side: 'above', anchor: 'start' }) ? 'start' : 'end';
      const blocked = (side: Side) => o.obstacles.some((q) => q.side === side && covers(q.box, l.x));
      const sides: Side[] = i % 2 === parity ? ['above', 'below'] : ['below', 'above'];
      const ok = (side: Side) => !blocked(side) && !ringed(labels, [...choices, { side, anchor }], o.gap);
      const side = sides.find(ok);
      if (side) return choices.push({ side, anchor });
      for (const s of sides.filter((s) => !blocked(s))) {
        let turned = [...choices, { side: s, anchor }];
        for (let more = true; more && ringed(labels, turned, o.gap);) {
          const ends = turned.flatMap((c, j) => (c.side === s && c.anchor === 'end' ? [labels[j]!.x] : []));
          const next = turned.map((c, j): Choice => {
            const box = boxOf(labels[j]!, 'start', o.gap);
            const over = c.side === s && c.anchor === 'start' && ends.some((x) => covers(box, x));
            return over && fitsWidth(labels[j]!, { side: s, anchor: 'end' }) ? { side: s, anchor: 'end' } : c;
          });
          more = next.some((c, j) => c !== turned[j]);
          turned = next;
        }
        if (!ringed(labels, turned, o.gap)) return choices.splice(0, i, ...turned);
      }
      return choices.push({ side: sides.find((s) => !blocked(s)) ?? 'above', anchor });
    });
    return choices;
  };
  const improve = (from: Choice[]): Spot[] | undefined => {
    let choices = from;
    let best = pack(labels, choices, o);
    // Longer chains of labels covering each other's marks: change one label until they place.
    for (let i = labels.length - 1; !best && i >= 0; i--)
      for (const c of CHOICES) {
        if (best || !fitsWidth(labels[i]!, c)) continue;
        const next = choices.map((x, j) => (j === i ? c : x));
        const spots = pack(labels, next, o);
        if (spots) [choices, best] = [next, spots];
      }
    if (!best) return undefined;
    for (let round = 0, improved = true; improved && round < 12; round++) {
      improved = false;
      for (let i = labels.length - 1; i >= 0; i--) {
        for (const c of CHOICES) {
          const cur = choices[i]!;
          if ((c.side === cur.side && c.anchor === cur.anchor) || !fitsWidth(labels[i]!, c)) continue;
          const next = choices.map((x, j) => (j === i ? c : x));
          const spots = pack(labels, next, o);
          if (spots && cost(spots) < cost(best)) [choices, best, improved] = [next, spots, true];
        }
      }
    }
    return best;
  };
  const found = [improve(start(0)), improve(start(1))].filter((s) => s !== undefined);
  if (found.length === 0) throw new Error('timeline labels: found no places for the labels');
  return found.reduce((a, b) => (cost(b) < cost(a) ? b : a));
}
