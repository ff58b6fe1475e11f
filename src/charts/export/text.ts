// Lines of SVG text for titles and notes, wrapped by the kit's text measurer (kit/text.ts wrap),
// the one every label placer uses, measured for the PNGs' font.
import { escapeHtml as escapeXML } from '../kit/escape.ts';

/** A block of wrapped lines at one size. */
export interface Lines {
  lines: string[];
  size: number;
  leading: number;
}

/** The lines as <text> elements, the first one's top at y. */
export function textBlock(x: number, y: number, block: Lines, fill: string, weight = 400): string {
  return block.lines
    .map(
      (l, i) =>
        `<text x="${x}" y="${y + block.size + i * block.leading}" font-size="${block.size}" font-weight="${weight}" fill="${fill}">${escapeXML(l)}</text>`,
    )
    .join('');
}

/** From the top of the first line to the baseline of the last. */
export const blockHeight = (b: Lines) => (b.lines.length ? b.size + (b.lines.length - 1) * b.leading : 0);
