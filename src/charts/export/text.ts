// Lines of SVG text for titles and notes: wrapped by an estimate of width, since nothing
// measures text at build time.
import { escapeHtml as escapeXML } from '../kit/escape.ts';

/** Rough text width in DejaVu Sans (the PNG font; wider than most system UI fonts). */
export const textWidth = (s: string, size: number, bold = false) => s.length * size * (bold ? 0.64 : 0.58);

/** Greedy word wrap to `width` px. */
export function wrap(text: string, width: number, size: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, size, bold) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

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
