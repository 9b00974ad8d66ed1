import { Encodings } from '@pdf-lib/standard-fonts/lib/Encoding';
import { decompressJson } from '@pdf-lib/standard-fonts/lib/utils';
import helveticaData from '@pdf-lib/standard-fonts/lib/Helvetica.compressed.json';
import helveticaBoldData from '@pdf-lib/standard-fonts/lib/Helvetica-Bold.compressed.json';

/**
 * How wide text prints, from Helvetica's metrics (the writers print Arial or Liberation Sans,
 * which share them), so that the SOP's layout wraps lines where they will print and sizes rows
 * to their text without a browser. A character Helvetica lacks counts as a wide one. Only the
 * two fonts' metrics are imported (not the package's fourteen): the language server carries them.
 */
const MM_PER_PT = 25.4 / 72;
const UNKNOWN_WIDTH = 1000;

/**
 * A font's advance widths by Unicode code point, for every character WinAnsi encodes, from its
 * compressed AFM data (`CharMetrics`: glyph name `N`, width `WX`). Built once when the module loads
 * (a few milliseconds), read-only after.
 */
function advanceWidths(compressed: string): ReadonlyMap<number, number> {
  const font = JSON.parse(decompressJson(compressed)) as { CharMetrics: { N: string; WX: number }[] };
  const byGlyph = new Map(font.CharMetrics.map((m) => [m.N, m.WX]));
  const winAnsi = Encodings.WinAnsi;
  return new Map(
    winAnsi.supportedCodePoints.map((point) => [point, byGlyph.get(winAnsi.encodeUnicodeCodePoint(point).name) ?? UNKNOWN_WIDTH]),
  );
}

const REGULAR = advanceWidths(helveticaData);
const BOLD = advanceWidths(helveticaBoldData);

/** The printed width of `text` in mm at `size` pt. */
export function textWidth(text: string, size: number, bold = false): number {
  let units = 0;
  const widths = bold ? BOLD : REGULAR;
  for (const ch of text) units += widths.get(ch.codePointAt(0) ?? 0) ?? UNKNOWN_WIDTH;
  return (units / 1000) * size * MM_PER_PT;
}

/** The height of one line in mm at `size` pt (1.2 times the size, as word processors set single spacing). */
export const lineHeight = (size: number): number => size * 1.2 * MM_PER_PT;

/** A word longer than the line, cut where it fills the line. */
function cutWord(word: string, width: number, size: number, bold: boolean): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const ch of word) {
    if (piece !== '' && textWidth(piece + ch, size, bold) > width) {
      pieces.push(piece);
      piece = '';
    }
    piece += ch;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

/**
 * `text` broken into lines no wider than `width` mm at `size` pt: at spaces, a word longer than a
 * line cut; line breaks in the text kept. Empty text is no line.
 */
export function wrapText(text: string, width: number, size: number, bold = false): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
      const joined = line === '' ? word : `${line} ${word}`;
      if (textWidth(joined, size, bold) <= width) {
        line = joined;
        continue;
      }
      if (line !== '') lines.push(line);
      const pieces = textWidth(word, size, bold) <= width ? [word] : cutWord(word, width, size, bold);
      line = pieces.pop() ?? '';
      lines.push(...pieces);
    }
    if (line !== '') lines.push(line);
  }
  return lines;
}
