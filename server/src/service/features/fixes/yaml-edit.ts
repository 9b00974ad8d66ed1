import { isMap, isNode, visit, type Node, type Range, type YAMLMap } from 'yaml';
import { lineEndOf } from '../../lines';
import type { ParsedFile } from '../../parse';
import type { PpbTextEdit } from '../../text-edit';

/**
 * Minimal text edits on a parsed PPB file: each touches only the characters it must, so the
 * author's layout, quoting and comments stay as written.
 */

/** The file's own line ending, so an inserted line matches its neighbours. */
export function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/**
 * Where a new line goes after a node: the end of the line that holds the node's last written
 * character (after a comment on that line, before the line break).
 */
export function lineEndAfter(text: string, end: number): number {
  let last = Math.min(end, text.length);
  while (last > 0 && /\s/.test(text.charAt(last - 1))) last--;
  return lineEndOf(text, last);
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

/** A node's `[start, valueEnd, nodeEnd]`, for whatever a collection holds. */
export const rangeOf = (n: unknown): Range | undefined => (isNode(n) ? (n.range ?? undefined) : undefined);
