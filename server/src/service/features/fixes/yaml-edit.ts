import { isMap, isNode, isScalar, visit, type Node, type Range, type Scalar, type YAMLMap } from 'yaml';
import type { ParsedFile } from '../../parse';
import type { PpbTextEdit } from './quick-fix';

/**
 * Minimal text edits on a parsed PPB file: each touches only the characters it must, so the
 * author's layout, quoting and comments stay as written.
 */

/** The file's own line ending, so an inserted line matches its neighbours. */
export function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Column of `offset` within its line, in characters. */
export function columnOf(text: string, offset: number): number {
  return offset - lineStartOf(text, offset);
}

/**
 * Where a new line goes after a node: the end of the line that holds the node's last written
 * character (after a comment on that line, before the line break).
 */
export function lineEndAfter(text: string, end: number): number {
  let last = Math.min(end, text.length);
  while (last > 0 && /\s/.test(text.charAt(last - 1))) last--;
  const lf = text.indexOf('\n', last);
  const lineEnd = lf < 0 ? text.length : lf;
  return text.charAt(lineEnd - 1) === '\r' ? lineEnd - 1 : lineEnd;
}

/** Inserts `line`, indented by `indent` spaces, on a new line after the node ending at `end`. */
export function insertLineAfter(parsed: ParsedFile, end: number, indent: number, line: string): PpbTextEdit {
  const at = lineEndAfter(parsed.text, end);
  return { uri: parsed.uri, start: at, end: at, newText: `${eolOf(parsed.text)}${' '.repeat(indent)}${line}` };
}

/** The node of the wanted kind that starts at `start` (a span the model keeps), if any. */
function nodeStartingAt<T extends Node>(parsed: ParsedFile, start: number, is: (n: unknown) => n is T): T | undefined {
  let found: T | undefined;
  if (!parsed.doc) return undefined;
  visit(parsed.doc, (_key, node) => {
    if (is(node) && node.range?.[0] === start) {
      found = node;
      return visit.BREAK;
    }
    return undefined;
  });
  return found;
}

export const mappingAt = (parsed: ParsedFile, start: number): YAMLMap<Node, Node | null> | undefined =>
  nodeStartingAt(parsed, start, (n): n is YAMLMap<Node, Node | null> => isMap(n));

export const scalarAt = (parsed: ParsedFile, start: number): Scalar | undefined => nodeStartingAt(parsed, start, (n): n is Scalar => isScalar(n));

/** A node's `[start, valueEnd, nodeEnd]`, for whatever a collection holds. */
export const rangeOf = (n: unknown): Range | undefined => (isNode(n) ? (n.range ?? undefined) : undefined);

/** Where a scalar's text stands without its quotes, when the source holds its value as is. */
function innerOf(parsed: ParsedFile, scalar: Scalar): { start: number; text: string } | undefined {
  const range = scalar.range;
  if (!range) return undefined;
  const quoted = scalar.type === 'QUOTE_DOUBLE' || scalar.type === 'QUOTE_SINGLE';
  const start = quoted ? range[0] + 1 : range[0];
  const end = quoted ? range[1] - 1 : range[1];
  const text = parsed.text.slice(start, end);
  return text === String(scalar.value) ? { start, text } : undefined;
}

/**
 * Replaces `[from, to)` of a scalar's value (characters of the value, not of the source), inside
 * its quotes if it has any; the whole value when its source is escaped or folded.
 */
export function replaceInScalar(parsed: ParsedFile, scalar: Scalar, from: number, to: number, newText: string): PpbTextEdit | undefined {
  const inner = innerOf(parsed, scalar);
  if (inner) return { uri: parsed.uri, start: inner.start + from, end: inner.start + to, newText };
  const range = scalar.range;
  if (!range) return undefined;
  const value = String(scalar.value);
  return { uri: parsed.uri, start: range[0], end: range[1], newText: JSON.stringify(value.slice(0, from) + newText + value.slice(to)) };
}

/** Replaces a scalar's whole value. */
export function replaceScalar(parsed: ParsedFile, scalar: Scalar, newText: string): PpbTextEdit | undefined {
  return replaceInScalar(parsed, scalar, 0, String(scalar.value).length, newText);
}
