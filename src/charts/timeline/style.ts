// CSS that travels with the markup: the SVG's own style (so the standalone SVG export keeps its
// colours; every var() has a light fallback) and the per-event :target rules for JS-off deep links.
import { EVENT_KINDS } from '../../data/schemas.ts';
import { KIND_STYLE } from './shapes.ts';

const ink = 'var(--chart-ink, #1a1a1a)';
const muted = 'var(--chart-muted, #585550)';
const bg = 'var(--bg, #fbfaf7)';

const kindRules = EVENT_KINDS.map((k) => {
  const c = `var(${KIND_STYLE[k].color}, ${KIND_STYLE[k].fallback})`;
  // Context events are rings: background inside, colour around.
  return k === 'context'
    ? `.tlk-${k} .tl-shape{fill:${bg};stroke:${c};stroke-width:2}.tlk-${k} .tl-span{stroke:${c}}`
    : `.tlk-${k} .tl-shape{fill:${c}}.tlk-${k} .tl-span{stroke:${c}}`;
}).join('');

/** The style element inside the timeline's SVG (also styles the legend and list keys). */
export const svgStyle = [
  `.tl-svg{font-family:system-ui,sans-serif;font-size:12px}`,
  `.tl-svg text{fill:${ink}}`,
  `.tl-svg .tl-ttl{font-weight:600;text-decoration:var(--tl-u, none)}`,
  `.tl-svg .tl-year,.tl-svg .tl-band-label{fill:${muted};font-size:11px}`,
  `.tl-svg .tl-band-label{font-weight:600}`,
  `.tl-svg .tl-band rect{fill:var(--surface, #f1eee7)}`,
  `.tl-svg .tl-bracket{stroke:${muted};fill:none}`,
  `.tl-svg .tl-axis line,.tl-svg .tl-break{stroke:${ink};fill:none}`,
  `.tl-svg .tl-axis .tl-tick{stroke:${muted}}`,
  `.tl-svg .tl-lead{stroke:${muted}}`,
  `.tl-svg .tl-span{stroke-width:4;stroke-linecap:round}`,
  `.tl-shape{stroke:${bg};stroke-width:1.5;paint-order:stroke}`,
  kindRules,
  `.tl-svg .tl-hit{fill:transparent}`,
  // --tl-on and --tl-u are set by the JS-off :target rules below.
  `.tl-svg .tl-ring{fill:none;stroke:${ink};stroke-width:2;visibility:var(--tl-on, hidden)}`,
  `.tl-svg .tl-m:hover .tl-ring,.tl-svg .tl-m:focus-visible .tl-ring,.tl-svg .tl-m.is-sel .tl-ring{visibility:visible}`,
  `.tl-svg .tl-m:hover .tl-ttl,.tl-svg .tl-m:focus-visible .tl-ttl,.tl-svg .tl-m.is-sel .tl-ttl{text-decoration:underline}`,
  `.tl-svg .tl-m:focus-visible .tl-lead,.tl-svg .tl-m.is-sel .tl-lead{stroke:${ink};stroke-width:2}`,
].join('');

/** Without JS, a #<prefix><id> link highlights that event's SVG mark as well as its card. */
export function targetStyle(prefix: string, ids: readonly string[]): string {
  const sel = ids.map((id) => `html:not(.js) .tl:has(#${prefix}${id}:target) .tl-m[data-id="${id}"]`);
  return `${sel.join(',')}{--tl-on:visible;--tl-u:underline}`;
}

export { escapeHtml as escape } from '../../lib/html.ts';
