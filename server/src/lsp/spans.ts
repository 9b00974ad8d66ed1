import type { Location, Position, Range } from 'vscode-languageserver';
import { offsetAt as offsetInFile, rangeOf as rangeInFile, type PpbWorkspace, type Span } from '../service';

/** The offset of an LSP position in the file's text as the workspace holds it, clamped to its line and the file. */
export function offsetAt(ws: PpbWorkspace, uri: string, position: Position): number | undefined {
  const parsed = ws.parsed(uri);
  return parsed && offsetInFile(parsed, position);
}

/** Offsets become LSP ranges at this edge, with the parser's own line table of each file: diagnostics, edits, locations. */
export function rangeOf(ws: PpbWorkspace, span: Span): Range {
  const parsed = ws.parsed(span.uri);
  const zero = { line: 0, character: 0 };
  return parsed ? rangeInFile(parsed, span) : { start: zero, end: zero };
}

export function locationOf(ws: PpbWorkspace, span: Span): Location {
  return { uri: span.uri, range: rangeOf(ws, span) };
}
