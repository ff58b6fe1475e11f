// The Open Graph card, 1200 × 630: site name, title, and the chart beside or under the words.
import { escapeHtml as escapeXML } from '../kit/escape.ts';
import { LIGHT } from '../kit/palette.ts';
import { FONT, nestedChart, type ChartSvg } from './svg.ts';
import { wrap } from '../kit/text.ts';
import { blockHeight, textBlock, type Lines } from './text.ts';

export const CARD = { width: 1200, height: 630 } as const;

export interface CardOptions {
  /** Small line at the top: the site's name. */
  kicker: string;
  title: string;
  subtitle?: string;
  /** Bottom line: where to read it. */
  footer: string;
  chart?: { svg: ChartSvg; slug: string };
}

/** At most `max` lines, the last one cut with an ellipsis when the text goes on. */
function clamp(lines: string[], max: number): string[] {
  if (lines.length <= max) return lines;
  return [...lines.slice(0, max - 1), `${lines[max - 1]!.replace(/\s+\S*$/, '')} …`];
}

function words(x: number, y: number, width: number, o: CardOptions, titleSize: number, maxLines: number) {
  const title: Lines = {
    lines: clamp(wrap(o.title, width, titleSize, true), maxLines),
    size: titleSize,
    leading: titleSize * 1.18,
  };
  const subSize = Math.round(titleSize * 0.5);
  const sub: Lines = {
    lines: o.subtitle ? clamp(wrap(o.subtitle, width, subSize), 5) : [],
    size: subSize,
    leading: subSize * 1.35,
  };
  const subY = y + blockHeight(title) + Math.round(titleSize * 0.5);
  return {
    svg: textBlock(x, y, title, LIGHT.ink, 700) + textBlock(x, subY, sub, LIGHT.muted),
    bottom: sub.lines.length ? subY + blockHeight(sub) : y + blockHeight(title),
  };
}

export function ogCardSvg(o: CardOptions): string {
  const { width: W, height: H } = CARD;
  const pad = 60;
  const top = 112;
  const footerY = H - 44;
  let body: string;
  const box = o.chart?.svg.box;
  if (o.chart && box && box[2] / box[3] >= 1.5) {
    // A wide chart: words across the top, the chart under them.
    const w = words(pad, top, W - 2 * pad, o, 46, 2);
    const y = w.bottom + 24;
    body = w.svg + nestedChart(o.chart.svg, pad, y, W - 2 * pad, footerY - 36 - y, o.chart.slug);
  } else if (o.chart) {
    // A tall or square chart: words on the left, the chart on the right.
    const w = words(pad, top, 500, o, 46, 6);
    body = w.svg + nestedChart(o.chart.svg, 600, 40, W - 600 - 40, footerY - 36 - 40, o.chart.slug);
  } else {
    body = words(pad, top, W - 2 * pad, o, 64, 3).svg;
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}"` +
    ` font-family="${FONT}" color="${LIGHT.ink}">` +
    `<rect width="${W}" height="${H}" fill="${LIGHT.bg}"/>` +
    `<rect width="${W}" height="10" fill="${LIGHT.accent}"/>` +
    `<text x="${pad}" y="76" font-size="24" font-weight="700" letter-spacing="2" fill="${LIGHT.accent}">${escapeXML(o.kicker.toUpperCase())}</text>` +
    body +
    `<line x1="${pad}" x2="${W - pad}" y1="${footerY - 30}" y2="${footerY - 30}" stroke="${LIGHT.rule}" stroke-width="2"/>` +
    `<text x="${pad}" y="${footerY}" font-size="22" fill="${LIGHT.muted}">${escapeXML(o.footer)}</text>` +
    `</svg>\n`
  );
}
