/**
 * Lines as the service counts them everywhere: a line ends at `\r\n`, `\n` or a lone `\r`, as
 * LSP clients count them. The parser's line table (parse.ts) is built from `lineStarts`, so an
 * offset found here and a position sent to a client always agree.
 */

const LF = 10;
const CR = 13;

/** Whether a line ends just before `offset`: after a `\n`, or after a `\r` that no `\n` follows. */
function breaksBefore(text: string, offset: number): boolean {
  const previous = text.charCodeAt(offset - 1);
  return previous === LF || (previous === CR && text.charCodeAt(offset) !== LF);
}

/** Where every line starts, the first at 0. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 1; i <= text.length; i++) if (breaksBefore(text, i)) starts.push(i);
  return starts;
}

/** Where the line holding `offset` starts. */
export function lineStartOf(text: string, offset: number): number {
  let at = Math.max(0, Math.min(offset, text.length));
  while (at > 0 && !breaksBefore(text, at)) at--;
  return at;
}

/** The column of `offset` within its line, in UTF-16 characters. */
export function columnOf(text: string, offset: number): number {
  return offset - lineStartOf(text, offset);
}

/** Where the line holding `offset` ends: at its line break (`\r` of a `\r\n`), or at the end of the text. */
export function lineEndOf(text: string, offset: number): number {
  let at = Math.max(0, offset);
  while (at < text.length && text.charCodeAt(at) !== LF && text.charCodeAt(at) !== CR) at++;
  return at;
}
