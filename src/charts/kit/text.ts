// The one text measurer: every label placer, the exports and the social cards size text with it,
// without a DOM. Per character, the widest advance width of DejaVu Sans (the PNG export's font),
// Noto Sans and Liberation Sans, measured in Chromium in hundredths of an em: text sized with
// these never overlaps in any of them, and system-ui fonts elsewhere are narrower still.
const CHARS =
  ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~→–—’‘“”éü…×·';
const REGULAR = [
  32, 41, 46, 84, 64, 96, 78, 28, 40, 40, 56, 84, 32, 37, 32, 38, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 34,
  34, 84, 84, 84, 56, 102, 69, 69, 73, 78, 67, 62, 78, 76, 34, 50, 67, 56, 91, 76, 79, 67, 79, 73, 67, 62, 74,
  69, 99, 69, 67, 69, 40, 38, 40, 84, 56, 50, 62, 64, 55, 64, 62, 36, 64, 64, 28, 28, 58, 28, 98, 64, 62, 64,
  64, 42, 53, 40, 64, 60, 82, 60, 60, 53, 64, 56, 64, 84, 100, 56, 100, 32, 32, 52, 52, 62, 64, 100, 84, 32,
];
const BOLD = [
  35, 46, 53, 84, 70, 101, 88, 31, 46, 46, 55, 84, 38, 42, 38, 42, 70, 70, 70, 70, 70, 70, 70, 70, 70, 70, 40,
  40, 84, 84, 84, 62, 100, 78, 77, 74, 84, 69, 69, 83, 84, 39, 56, 78, 64, 100, 84, 86, 74, 86, 78, 73, 69,
  82, 78, 111, 78, 73, 73, 46, 42, 46, 84, 56, 50, 68, 72, 60, 72, 68, 44, 72, 72, 35, 35, 67, 35, 105, 72,
  69, 72, 72, 50, 60, 48, 72, 66, 93, 65, 66, 59, 72, 56, 72, 84, 100, 56, 100, 38, 38, 66, 66, 68, 72, 100,
  84, 38,
];
/** For characters outside the table: about the widest capital. */
const OTHER = 100;

/** The width in px of one line of text at a font size, regular (400) or semibold (600). */
export function textWidth(text: string, size: number, bold = false): number {
  const table = bold ? BOLD : REGULAR;
  let sum = 0;
  for (const ch of text) {
    const i = CHARS.indexOf(ch);
    sum += i < 0 ? OTHER : (table[i] ?? OTHER);
  }
  return (sum * size) / 100;
}

/** Greedy word wrap into lines no wider than `max` px (a single word longer than that keeps its own line). */
export function wrap(text: string, max: number, size: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, size, bold) > max) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}
