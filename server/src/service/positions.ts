import type { Span } from './diagnostic';
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

/** An LSP range: from a position to a position. */
export interface Range {
  readonly start: Position;
  readonly end: Position;
}

/** A span of a parsed file as an LSP range: the one conversion every edge uses (diagnostics, edits, locations). */
export function rangeOf(parsed: ParsedFile, span: Pick<Span, 'start' | 'end'>): Range {
  return { start: positionAt(parsed, span.start), end: positionAt(parsed, span.end) };
}

/** The offset of an LSP position in a parsed file, clamped to the file (the inverse of positionAt). */
export function offsetAt(parsed: ParsedFile, position: Position): number {
  const starts = parsed.lineCounter.lineStarts;
  const line = Math.max(0, Math.min(position.line, starts.length - 1));
  const lineStart = starts[line] ?? 0;
  const next = starts[line + 1] ?? parsed.text.length + 1;
  return Math.min(lineStart + Math.max(0, position.character), next - 1, parsed.text.length);
}
