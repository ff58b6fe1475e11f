// The map's shading by status, one rule a status listing every declared period, and the rule
// that hides other periods' circles and labels: made from src/data/periods.ts, so a new period
// needs no CSS. Served to the pages as processed CSS (virtual:map-periods.css, which the
// Content-Security-Policy allows) and copied into the standalone SVG with svg.css. Pure.
import { PERIODS } from '../../data/periods.ts';
import { STATUSES, type Status } from '../../data/schemas.ts';

/** Each status's look; every colour is a token with its light fallback, for the SVG export. */
const LOOK: Record<Status, string> = {
  hosting:
    'fill: var(--cat-2); fill-opacity: 1; stroke: var(--chart-land-stroke); stroke-width: 0.6; stroke-dasharray: none;',
  expelled:
    'fill: var(--cat-1); fill-opacity: 1; stroke: var(--chart-land-stroke); stroke-width: 0.6; stroke-dasharray: none;',
  past: 'fill: var(--cat-5); fill-opacity: 0.22; stroke: var(--cat-5); stroke-width: 1.2; stroke-dasharray: 3 1.5;',
  // The map's own hatch pattern, from the fill="url(#…-hatch)" on the group around.
  'front-company':
    'fill: inherit; fill-opacity: 1; stroke: var(--cat-4); stroke-width: 1.2; stroke-dasharray: none;',
  unknown:
    'fill: var(--chart-land); fill-opacity: 1; stroke: var(--chart-muted); stroke-width: 0.9; stroke-dasharray: 1 1.5;',
};

export function periodCss(periods: readonly string[] = PERIODS): string {
  const shading = STATUSES.map(
    (s) =>
      `${[...periods.map((p) => `.wm[data-p='${p}'] [data-s${p}='${s}']`), `.wm-k-${s}`].join(',\n')} {\n  ${LOOK[s]}\n}`,
  );
  const hidden = `${periods.map((p) => `.wm:not([data-p='${p}']) [data-per='${p}']`).join(',\n')} {\n  display: none;\n}`;
  return [...shading, hidden].join('\n') + '\n';
}

/** The module id pages import it by, and the Vite plugin that serves it. */
export const PERIOD_CSS_ID = 'virtual:map-periods.css';

export function periodCssPlugin() {
  const resolved = `\0${PERIOD_CSS_ID}`;
  return {
    name: 'map-period-css',
    resolveId: (id: string) => (id === PERIOD_CSS_ID ? resolved : undefined),
    load: (id: string) => (id === resolved ? periodCss() : undefined),
  };
}
