/**
 * Text measurement without a browser. The layout needs each box's size before any font is loaded,
 * so widths are estimated from per-character advance widths of Arial/Liberation Sans (the font the
 * diagram asks for), with a margin so that a slightly wider system font still fits.
 */

const NARROW = new Set("iljtf.,:;'!|()[]/ ");
const SEMI = new Set('rIJ-"1');
const WIDE = new Set('mwMWÅÄÖåäöOQGCDHNU@%');

/** Estimated advance width of one character, in em. */
function charWidth(ch: string): number {
  if (NARROW.has(ch)) return 0.28;
  if (SEMI.has(ch)) return 0.36;
  if (ch === 'm' || ch === 'w' || ch === 'M' || ch === 'W') return 0.86;
  if (WIDE.has(ch)) return 0.72;
  if (/[A-ZÉ]/.test(ch)) return 0.67;
  if (/[0-9]/.test(ch)) return 0.56;
  return 0.53;
}

/** Estimated width of a line of text at a font size, with a 6 % margin. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += charWidth(ch);
  return em * fontSize * 1.06;
}

/** Greedy word wrap to a maximum line width; a single word longer than the width gets its own line. */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, fontSize) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}
