import type { ParsedFile } from './parse';

/** 0-based line and UTF-16 character, as LSP counts them. */
export interface Position {
  readonly line: number;
  readonly character: number;
}

/** Converts an offset of a parsed file once, at the edge, from the parser's own line table. */
export function positionAt(parsed: ParsedFile, offset: number): Position {
  const { line, col } = parsed.lineCounter.linePos(Math.max(0, Math.min(offset, parsed.text.length)));
  return { line: line - 1, character: col - 1 };
}
