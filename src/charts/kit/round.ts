// One rounding rule for coordinates written into SVG: fewer digits make smaller, stable markup.

/** `n` to `digits` decimals (default 1): round(12.345) → 12.3, round(12.345, 2) → 12.35. */
export const round = (n: number, digits = 1): number => {
  const k = 10 ** digits;
  return Math.round(n * k) / k;
};
