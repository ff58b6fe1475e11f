// Small shapes drawn around a circle: outward ticks say "more than this".
import { round } from '../kit/round.ts';

const r2 = (n: number) => round(n, 2);

/**
 * Eight short ticks pointing out from a circle of radius r: a floor, not a point.
 * `unit` scales the ticks with the map's zoom (1 / k on a zoomed stage).
 */
export function tickPath(x: number, y: number, r: number, unit = 1): string {
  let d = '';
  for (let i = 0; i < 8; i++) {
    const a = (i * Math.PI) / 4;
    const [c, s] = [Math.cos(a), Math.sin(a)];
    const [inner, outer] = [r + unit, r + 4 * unit];
    d += `M${r2(x + c * inner)} ${r2(y + s * inner)}L${r2(x + c * outer)} ${r2(y + s * outer)}`;
  }
  return d;
}
