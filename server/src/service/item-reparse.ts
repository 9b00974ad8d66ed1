import {
  isAlias,
  isMap,
  isSeq,
  parseAllDocuments,
  type Document,
  type Node,
  type ParseOptions,
  type DocumentOptions,
  type YAMLSeq,
} from 'yaml';
import { eachNode } from './each-node';
import { lineStartOf } from './lines';

/** A text and the tree it parsed to, without errors: what an edit of it is parsed against. */
export interface ParseBase {
  readonly text: string;
  readonly doc: Document.Parsed;
  /** Trees already known to tie nothing together, kept by the caller across edits; each is looked through again without it. */
  readonly untied?: WeakSet<Document>;
}

type Range = [number, number, number];

/**
 * The part of `text` between the first and the last character that differ from `old`:
 * `[start, oldEnd)` in the old text became `[start, oldEnd + delta)`.
 */
function changedRegion(old: string, text: string): { start: number; oldEnd: number; delta: number } {
  const max = Math.min(old.length, text.length);
  let start = 0;
  while (start < max && old.charCodeAt(start) === text.charCodeAt(start)) start++;
  let tail = 0;
  while (tail < max - start && old.charCodeAt(old.length - 1 - tail) === text.charCodeAt(text.length - 1 - tail)) tail++;
  return { start, oldEnd: old.length - tail, delta: text.length - old.length };
}

/**
 * Anything that ties one part of a file to another (anchors, aliases, directives): the item can
 * then not be read alone. A tree found untied is noted in `untied`; it stays so while only
 * untied items go into it.
 */
function tiedTogether(doc: Document.Parsed | Document, text: string, untied: WeakSet<Document> | undefined): boolean {
  if (untied?.has(doc)) return false;
  if (/^%/m.test(text)) return true;
  let tied = false;
  eachNode(doc.contents, (node) => {
    if (isAlias(node) || node.anchor !== undefined) tied = true;
    return !tied;
  });
  if (!tied) untied?.add(doc);
  return tied;
}

/**
 * Where an item's own lines end in `[from, to)`, its region up to the next `- `. Comment lines
 * at most as indented as the list's `- ` at its end (a heading such as `# ---- proses
 * pendukung`) go to the next item in a whole parse: the item is parsed without them. After a
 * deeper comment there, the parser keeps them all with the item, and the range it gives the
 * item differs from what the item parsed alone gives: undefined, for a whole parse.
 */
function ownEnd(text: string, from: number, to: number, dash: number): number | undefined {
  const closing = new RegExp(`^ {0,${dash}}#`);
  let end = to;
  let comments = false;
  while (end > from) {
    const start = lineStartOf(text, end - 1);
    const line = text.slice(start, end - 1);
    if (/^\s*#/.test(line)) {
      if (!closing.test(line)) return undefined;
      comments = true;
    } else if (!/^ *$/.test(line)) {
      break;
    }
    end = start;
  }
  return comments ? end : to;
}

/** The block list item, directly under a top-level key, that holds the whole change: its index and region of lines. */
function itemAround(
  doc: Document.Parsed,
  text: string,
  start: number,
  oldEnd: number,
): { seq: YAMLSeq; index: number; from: number; to: number } | undefined {
  const root = doc.contents;
  if (!isMap(root)) return undefined;
  for (const pair of root.items) {
    const seq = pair.value;
    if (!isSeq(seq) || seq.flow || !seq.range || start < seq.range[0] || oldEnd > seq.range[1]) continue;
    // Items from their `- ` line to the next item's: the change must stay inside one, after its `- `.
    for (let i = 0; i + 1 < seq.items.length; i++) {
      const item = seq.items[i] as Node | undefined;
      const next = seq.items[i + 1] as Node | undefined;
      if (!item?.range || !next?.range) return undefined;
      const from = lineStartOf(text, item.range[0]);
      const nextFrom = lineStartOf(text, next.range[0]);
      if (start < item.range[0] || oldEnd > nextFrom - 1) continue;
      if (!/^ *- $/.test(text.slice(from, item.range[0])) || !/^ *- $/.test(text.slice(nextFrom, next.range[0]))) return undefined;
      const to = ownEnd(text, from, nextFrom, item.range[0] - from - 2);
      // A change in the closing comments or blank lines is left to a whole parse.
      if (to === undefined || oldEnd > to - 1) return undefined;
      return { seq, index: i, from, to };
    }
    return undefined;
  }
  return undefined;
}

function shift(node: Node, by: number): void {
  eachNode(node, (n) => {
    if (n.range) n.range = n.range.map((o) => o + by) as Range;
  });
}

/**
 * Parses an edit of a long file by parsing again only the list item the edit falls in (a map
 * of `peta_lintas_fungsi`, a process of `proses`) and putting it into the old tree, whose other
 * nodes move by the change in length. Returns the old tree, changed to stand for `text` with
 * the same nodes, values and ranges a whole parse gives; undefined when the edit is not such a
 * case (it crosses items, touches a `- ` or the comments and blank lines between items, the
 * item is the last, the file has anchors, aliases, directives, comments after an item's value
 * indented deeper than its `- `, or carriage returns), and the caller parses it all.
 * Trees are parsed without source tokens (parse.ts); with them, a spliced tree's would be stale.
 */
export function reparseItem(base: ParseBase, text: string, options: ParseOptions & DocumentOptions): Document.Parsed | undefined {
  const old = base.text;
  if (base.doc.errors.length > 0 || base.doc.warnings.length > 0 || old.includes('\r') || text.includes('\r')) return undefined;
  const { start, oldEnd, delta } = changedRegion(old, text);
  if (start === old.length && delta === 0) return undefined;
  const around = itemAround(base.doc, old, start, oldEnd);
  if (!around) return undefined;
  const { seq, index, from, to } = around;
  const oldItem = seq.items[index] as Node;
  const snippet = text.slice(from, to + delta);
  const docs = parseAllDocuments(snippet, options);
  const part = Array.isArray(docs) && docs.length === 1 ? docs[0] : undefined;
  const list = part?.contents;
  if (!part || part.errors.length > 0 || part.warnings.length > 0 || !isSeq(list) || list.flow || list.items.length !== 1) return undefined;
  const item = list.items[0] as Node | undefined;
  // Nothing but blank space after the item's value, in the old text and the new: no comment moves.
  if (!item?.range) return undefined;
  if (!/^\s*$/.test(snippet.slice(item.range[1])) || !/^\s*$/.test(old.slice(oldItem.range?.[1] ?? to, to))) return undefined;
  if (tiedTogether(part, snippet, undefined) || tiedTogether(base.doc, old, base.untied)) return undefined;
  // The old nodes after the item move by the change in length; the item's new nodes to where it stands.
  eachNode(base.doc.contents, (n) => {
    if (n === oldItem) return false;
    if (n.range) n.range = n.range.map((o) => (o >= to ? o + delta : o)) as Range;
    return true;
  });
  if (base.doc.range) base.doc.range = base.doc.range.map((o) => (o >= to ? o + delta : o)) as Range;
  shift(item, from);
  // What stands above its `- ` (a heading, a blank line) is unchanged, and a whole parse gives it to the item.
  item.commentBefore = oldItem.commentBefore;
  item.spaceBefore = oldItem.spaceBefore;
  seq.items[index] = item;
  return base.doc;
}
