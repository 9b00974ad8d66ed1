/**
 * A map's title broken into lines no wider than its drawing. A title on one line made a long
 * map name (KECKLB.04.01.CFM.01 names a whole programme) a picture 2,725 px wide of which the
 * map filled 55 %: shrunk to the page, its text printed at 4.6 pt.
 */

/** Mermaid's title size, and a width per character that errs wide for Liberation Sans / Arial. */
export const TITLE_PX = 18;
const CHAR_PX = 0.56 * TITLE_PX;
/** Never narrower than this many characters: a small map keeps a readable title line. */
const MIN_CHARS = 40;

/** Words of `title` in lines of at most about `width` px; a word longer than a line stands alone. */
export function titleLines(title: string, width: number): string[] {
  const most = Math.max(MIN_CHARS, Math.floor(width / CHAR_PX));
  const lines: string[] = [];
  let line = '';
  for (const word of title.split(/\s+/).filter((w) => w !== '')) {
    if (line !== '' && line.length + 1 + word.length > most) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}
