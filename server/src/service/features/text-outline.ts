/**
 * A lenient reading of a YAML text's block structure from its indentation, for the features
 * that must work while a file is half-written (a key without its colon, a `- ` with nothing
 * after it, a blank line): the yaml library gives no tree, or the wrong one, for such text.
 * It reads mappings, lists, one-line scalars and flow lists `[a, b]` / maps `{Ya: a}`; block
 * scalars (`|`, `>`) are skipped, anchors and tags read as text.
 */

import { LIMITS } from '../limits';
import { nestingBeyond } from '../nesting-scan';

export interface OScalar {
  readonly kind: 'scalar';
  /** The value, without quotes. */
  readonly text: string;
  /** From the first to after the last character, quotes included. */
  readonly start: number;
  readonly end: number;
  readonly col: number;
  /** The cursor stands in it (only for the node made for the cursor, or the one that holds it). */
  readonly cursor: boolean;
}

export interface OEntry {
  readonly key: string;
  readonly start: number;
  readonly end: number;
  /** False for a key still being typed: a word alone on its line where keys stand. */
  readonly colon: boolean;
  readonly cursor: boolean;
  value: ONode | undefined;
}

export interface OMap {
  readonly kind: 'map';
  readonly col: number;
  readonly entries: OEntry[];
}

export interface OItem {
  readonly start: number;
  /** False for the cursor standing where a new item goes, before its `- ` is typed. */
  readonly dash: boolean;
  value: ONode | undefined;
}

export interface OSeq {
  readonly kind: 'seq';
  readonly col: number;
  readonly items: OItem[];
  readonly flow: boolean;
}

export type ONode = OScalar | OMap | OSeq;

type Token =
  | { readonly kind: 'dash'; readonly line: number; readonly col: number; readonly start: number }
  | { readonly kind: 'key'; readonly line: number; readonly col: number; readonly entry: OEntry }
  | { readonly kind: 'node'; readonly line: number; readonly col: number; readonly node: ONode };

const isSpace = (ch: string | undefined): boolean => ch === ' ' || ch === '\t';
const isBreak = (ch: string | undefined): boolean => ch === undefined || ch === '\n' || ch === '\r';

/** The end of a quoted scalar that opens at `pos` (after its closing quote, or at the line's end). */
function quotedEnd(text: string, pos: number, limit: number): number {
  const q = text[pos];
  let p = pos + 1;
  while (p < limit) {
    const ch = text[p];
    if (q === '"' && ch === '\\') p += 2;
    else if (ch === q && q === "'" && text[p + 1] === "'") p += 2;
    else if (ch === q) return p + 1;
    else p++;
  }
  return limit;
}

function unquote(raw: string): string {
  const q = raw[0];
  if (q !== '"' && q !== "'") return raw;
  const body = raw.slice(1, raw.endsWith(q) && raw.length > 1 ? -1 : undefined);
  return q === "'" ? body.replace(/''/g, "'") : body.replace(/\\(.)/g, '$1');
}

/** Where a comment starts in `[pos, limit)`: a `#` after a space, outside quotes; else `limit`. */
function commentStart(text: string, pos: number, limit: number): number {
  let p = pos;
  while (p < limit) {
    const ch = text[p];
    if (ch === '"' || ch === "'") p = quotedEnd(text, p, limit);
    else if (ch === '#' && (p === pos || isSpace(text[p - 1]))) return p;
    else p++;
  }
  return limit;
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && (isSpace(text[e - 1]) || text[e - 1] === '\r')) e--;
  return e;
}

/** Reads the text's lines into tokens: dashes, keys, and the values that stand on a line. */
class Tokenizer {
  readonly tokens: Token[] = [];
  private line = 0;
  /** Where each line starts. */
  private readonly starts: number[] = [];

  constructor(
    private readonly text: string,
    private readonly cursor: number | undefined,
  ) {
    for (let p = 0; p <= text.length;) {
      this.starts.push(p);
      const nl = text.indexOf('\n', p);
      if (nl < 0) break;
      p = nl + 1;
    }
  }

  run(): Token[] {
    let blockIndent: number | undefined;
    while (this.line < this.starts.length) {
      const start = this.starts[this.line] ?? 0;
      const end = this.lineEnd(this.line);
      let indent = start;
      while (indent < end && isSpace(this.text[indent])) indent++;
      const blank = indent >= end || this.text[indent] === '#' || this.text[indent] === '\r';
      // Lines of a block scalar (`keterangan: |`) are text, not structure.
      if (blockIndent !== undefined && (blank || indent - start > blockIndent)) {
        this.line++;
        continue;
      }
      const next = this.readLine(start, end, indent, blank);
      blockIndent = next.blockIndent;
      this.line = next.resumeLine;
    }
    return this.tokens;
  }

  private lineEnd(line: number): number {
    const next = this.starts[line + 1];
    return next === undefined ? this.text.length : next - 1;
  }

  private cursorIn(start: number, end: number): boolean {
    return this.cursor !== undefined && this.cursor >= start && this.cursor <= end;
  }

  private scalar(start: number, end: number): OScalar {
    const raw = this.text.slice(start, end);
    return {
      kind: 'scalar',
      text: unquote(raw),
      start,
      end,
      col: start - (this.starts[this.line] ?? 0),
      cursor: this.cursorIn(start, end),
    };
  }

  /** The empty value made where the cursor stands with nothing typed yet. */
  private cursorScalar(): OScalar {
    const at = this.cursor ?? 0;
    return { kind: 'scalar', text: '', start: at, end: at, col: at - (this.starts[this.line] ?? 0), cursor: true };
  }

  private push(token: Token): void {
    this.tokens.push(token);
  }

  /** Reads one line; returns the line to go on with and, after `key: |`, the indent its text must exceed. */
  private readLine(start: number, end: number, indent: number, blank: boolean): { resumeLine: number; blockIndent: number | undefined } {
    const line = this.line;
    const col = (at: number): number => at - start;
    const done = { resumeLine: line + 1, blockIndent: undefined };
    if (blank) {
      // A blank line holds the cursor as an empty value where it stands.
      if (
        this.cursor !== undefined &&
        this.cursor >= start &&
        this.cursor <= end &&
        indent >= end - (this.text[end - 1] === '\r' ? 1 : 0)
      ) {
        const c = this.cursorScalar();
        this.push({ kind: 'node', line, col: c.col, node: c });
      }
      return done;
    }
    if (col(indent) === 0 && /^(---|\.\.\.)(\s|$)|^%/.test(this.text.slice(indent, Math.min(end, indent + 4)))) return done;
    // The cursor in a comment is in no value.
    const comment = commentStart(this.text, indent, end);
    const limit = trimEnd(this.text, indent, comment);
    let p = indent;
    // `- ` markers: each opens a list item.
    while (p < limit && this.text[p] === '-' && (p + 1 >= limit || isSpace(this.text[p + 1]))) {
      this.push({ kind: 'dash', line, col: col(p), start: p });
      p++;
      while (p < limit && isSpace(this.text[p])) p++;
    }
    if (p >= limit) {
      // Nothing after the dashes: the cursor there starts the item's content.
      if (this.cursor !== undefined && this.cursor >= p && this.cursor <= comment && this.cursor > indent) {
        const c = this.cursorScalar();
        this.push({ kind: 'node', line, col: c.col, node: c });
      }
      return done;
    }
    const keyEnd = this.keyEnd(p, limit);
    if (keyEnd === undefined) return this.value(p, limit, line, indent - start, done);
    const keyText = this.text.slice(p, trimEnd(this.text, p, keyEnd));
    const entry: OEntry = {
      key: unquote(keyText),
      start: p,
      end: p + keyText.length,
      colon: true,
      cursor: this.cursorIn(p, p + keyText.length),
      value: undefined,
    };
    this.push({ kind: 'key', line, col: col(p), entry });
    let v = keyEnd + 1;
    while (v < limit && isSpace(this.text[v])) v++;
    if (v >= limit) {
      // `key:` or `key: ` with the cursor after it: the value is being typed.
      if (this.cursor !== undefined && this.cursor > keyEnd && this.cursor <= comment) {
        const c = this.cursorScalar();
        this.push({ kind: 'node', line, col: c.col, node: c });
      }
      return done;
    }
    if (this.text[v] === '|' || this.text[v] === '>') {
      this.push({ kind: 'node', line, col: col(v), node: this.scalar(v, limit) });
      return { resumeLine: line + 1, blockIndent: col(p) };
    }
    return this.value(v, limit, line, indent - start, done);
  }

  /** After a key or a dash: a flow collection (perhaps over several lines) or a scalar. */
  private value(
    v: number,
    limit: number,
    line: number,
    indent: number,
    done: { resumeLine: number; blockIndent: undefined },
  ): { resumeLine: number; blockIndent: undefined } {
    const start = this.starts[line] ?? 0;
    const ch = this.text[v];
    if (ch === '[' || ch === '{') {
      const regionEnd = this.flowRegionEnd(v, indent);
      const flow = new FlowReader(this.text, regionEnd, this.cursor, (at) => this.colAt(at)).read(v);
      this.push({ kind: 'node', line, col: v - start, node: flow.node });
      return { resumeLine: this.lineOf(flow.end) + 1, blockIndent: undefined };
    }
    this.push({ kind: 'node', line, col: v - start, node: this.scalar(v, limit) });
    return done;
  }

  /** A flow collection goes on over the next lines while it is open and they are indented deeper. */
  private flowRegionEnd(open: number, indent: number): number {
    let depth = 0;
    let line = this.line;
    let p = open;
    for (;;) {
      const end = this.lineEnd(line);
      const limit = commentStart(this.text, p, end);
      for (; p < limit; p++) {
        const ch = this.text[p];
        if (ch === '"' || ch === "'") p = quotedEnd(this.text, p, limit) - 1;
        else if (ch === '[' || ch === '{') depth++;
        else if (ch === ']' || ch === '}') depth--;
        if (depth === 0) return p + 1;
      }
      const next = this.starts[line + 1];
      if (next === undefined) return end;
      let q = next;
      while (q < this.text.length && isSpace(this.text[q])) q++;
      if (!isBreak(this.text[q]) && q - next <= indent) return end;
      line++;
      p = next;
    }
  }

  private lineOf(offset: number): number {
    let line = this.line;
    while ((this.starts[line + 1] ?? Infinity) <= offset) line++;
    return line;
  }

  private colAt(offset: number): number {
    return offset - (this.starts[this.lineOf(offset)] ?? 0);
  }

  /** The `:` that ends a key at `p`: followed by a space or the end, outside quotes and flows. */
  private keyEnd(p: number, limit: number): number | undefined {
    const first = this.text[p];
    if (first === '[' || first === '{' || first === '|' || first === '>' || first === '#') return undefined;
    let q = p;
    if (first === '"' || first === "'") {
      q = quotedEnd(this.text, p, limit);
      while (q < limit && isSpace(this.text[q])) q++;
      return this.text[q] === ':' && (q + 1 >= limit || isSpace(this.text[q + 1])) ? q : undefined;
    }
    for (; q < limit; q++) {
      if (this.text[q] === ':' && (q + 1 >= limit || isSpace(this.text[q + 1]))) return q;
    }
    return undefined;
  }
}

/** Reads `[a, b]` and `{k: v}`, leaving an empty value where the cursor stands in an empty slot. */
class FlowReader {
  constructor(
    private readonly text: string,
    private readonly limit: number,
    private readonly cursor: number | undefined,
    private readonly colAt: (offset: number) => number,
  ) {}

  read(open: number): { node: ONode; end: number } {
    const close = this.text[open] === '[' ? ']' : '}';
    const isMap = close === '}';
    const items: OItem[] = [];
    const entries: OEntry[] = [];
    let p = open + 1;
    let slot = p;
    let filled = false;
    const emptySlot = (at: number): void => {
      if (filled || this.cursor === undefined || this.cursor < slot || this.cursor > at) return;
      const c: OScalar = { kind: 'scalar', text: '', start: this.cursor, end: this.cursor, col: this.colAt(this.cursor), cursor: true };
      items.push({ start: this.cursor, dash: true, value: c });
    };
    for (;;) {
      p = this.skip(p);
      if (p >= this.limit || this.text[p] === close) {
        if (!isMap) emptySlot(p);
        return {
          node: isMap ? { kind: 'map', col: this.colAt(open), entries } : { kind: 'seq', col: this.colAt(open), items, flow: true },
          end: Math.min(p + 1, this.limit),
        };
      }
      if (this.text[p] === ',') {
        if (!isMap) emptySlot(p);
        slot = ++p;
        filled = false;
        continue;
      }
      const item = this.item(p, isMap);
      if (item.end <= p) {
        // A closer of the other kind (`[a}b]`) reads as nothing: step over it, or this loops forever.
        p++;
        continue;
      }
      p = item.end;
      filled = true;
      if (isMap) {
        const key = item.node as OScalar;
        p = this.skip(p);
        let value: ONode | undefined;
        if (this.text[p] === ':') {
          const v = this.skip(p + 1);
          if (v < this.limit && this.text[v] !== ',' && this.text[v] !== '}') {
            const read = this.item(v, true);
            value = read.node;
            p = read.end;
          } else {
            if (this.cursor !== undefined && this.cursor > p && this.cursor <= v)
              value = { kind: 'scalar', text: '', start: this.cursor, end: this.cursor, col: this.colAt(this.cursor), cursor: true };
            p = v;
          }
        }
        entries.push({
          key: key.text,
          start: key.start,
          end: key.end,
          colon: value !== undefined || this.text[p - 1] === ':',
          cursor: key.cursor,
          value,
        });
      } else {
        items.push({ start: item.node.kind === 'scalar' ? item.node.start : p, dash: true, value: item.node });
      }
    }
  }

  private skip(from: number): number {
    let p = from;
    while (p < this.limit) {
      const ch = this.text[p];
      if (ch === '#' && (p === 0 || isSpace(this.text[p - 1]) || isBreak(this.text[p - 1]))) {
        while (p < this.limit && !isBreak(this.text[p])) p++;
      } else if (isSpace(ch) || isBreak(ch)) {
        p++;
      } else {
        break;
      }
    }
    return p;
  }

  private item(p: number, inMap: boolean): { node: ONode; end: number } {
    const ch = this.text[p];
    if (ch === '[' || ch === '{') return this.read(p);
    let end: number;
    if (ch === '"' || ch === "'") {
      end = quotedEnd(this.text, p, this.limit);
    } else {
      end = p;
      while (end < this.limit) {
        const c = this.text[end];
        if (
          c === ',' ||
          c === ']' ||
          c === '}' ||
          isBreak(c) ||
          (inMap &&
            c === ':' &&
            (isSpace(this.text[end + 1]) || isBreak(this.text[end + 1]) || this.text[end + 1] === ',' || this.text[end + 1] === '}'))
        )
          break;
        end++;
      }
      end = trimEnd(this.text, p, end);
    }
    const raw = this.text.slice(p, end);
    const cursor = this.cursor !== undefined && this.cursor >= p && this.cursor <= end;
    return { node: { kind: 'scalar', text: unquote(raw), start: p, end, col: this.colAt(p), cursor }, end };
  }
}

/** Builds nodes from tokens by their columns, as YAML does, and copes with what is out of place. */
class Builder {
  private i = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  private peek(): Token | undefined {
    return this.tokens[this.i];
  }

  root(): ONode | undefined {
    const first = this.peek();
    if (!first) return undefined;
    const root = this.block(first);
    // Whatever stands left of the root's column is read and dropped: the root is what we can place.
    while (this.i < this.tokens.length) {
      const t = this.peek();
      if (!t) break;
      const before = this.i;
      if (root.kind === 'map' && t.col === root.col) this.mapInto(root);
      else this.block(t);
      if (this.i === before) this.i++;
    }
    return root;
  }

  /** The node that starts at token `t`, and everything below it. */
  private block(t: Token): ONode {
    if (t.kind === 'dash') return this.seq(t.col);
    if (t.kind === 'key') return this.map(t.col);
    // A word alone on its line where the next line has a key or a dash at its column: a key being
    // typed in that mapping, or an item being started in that list.
    const after = this.tokens[this.i + 1];
    if (t.node.kind === 'scalar' && after && after.line > t.line && after.col === t.col) {
      if (after.kind === 'key') return this.map(t.col);
      if (after.kind === 'dash' && t.node.cursor) return this.seq(t.col);
    }
    this.i++;
    return t.node;
  }

  private map(col: number): OMap {
    const map: OMap = { kind: 'map', col, entries: [] };
    this.mapInto(map);
    return map;
  }

  private mapInto(map: OMap): void {
    for (let t = this.peek(); t && t.col >= map.col; t = this.peek()) {
      if (t.col > map.col) {
        // Deeper than its siblings after a value on the key's line: text that goes on, or a slip
        // of indentation; read and dropped.
        const before = this.i;
        this.block(t);
        if (this.i === before) this.i++;
        continue;
      }
      if (t.kind === 'key') {
        this.i++;
        t.entry.value = this.valueOf(t);
        map.entries.push(t.entry);
      } else if (t.kind === 'node' && t.node.kind === 'scalar' && (this.sameLineBefore()?.kind ?? 'dash') === 'dash') {
        // A word where keys stand: a key without its colon yet.
        this.i++;
        map.entries.push({ key: t.node.text, start: t.node.start, end: t.node.end, colon: false, cursor: t.node.cursor, value: undefined });
      } else {
        return;
      }
    }
  }

  /** The token before the current one, when both stand on one line (a dash before a key, say). */
  private sameLineBefore(): Token | undefined {
    const prev = this.tokens[this.i - 1];
    return prev && prev.line === this.tokens[this.i]?.line ? prev : undefined;
  }

  private valueOf(key: Token): ONode | undefined {
    const next = this.peek();
    if (!next) return undefined;
    if (next.line === key.line && next.kind === 'node') {
      // The value on the key's line.
      this.i++;
      return next.node;
    }
    if (next.col > key.col) return this.block(next);
    if (next.kind === 'dash' && next.col === key.col) return this.seq(key.col);
    return undefined;
  }

  private seq(col: number): OSeq {
    const seq: OSeq = { kind: 'seq', col, items: [], flow: false };
    for (let t = this.peek(); t && t.col === col; t = this.peek()) {
      if (t.kind === 'dash') {
        this.i++;
        const next = this.peek();
        const value = next && (next.line === t.line || next.col > col) ? this.block(next) : undefined;
        seq.items.push({ start: t.start, dash: true, value });
      } else if (t.kind === 'node' && t.node.kind === 'scalar' && t.node.cursor && !this.sameLineBefore()) {
        // The cursor where the next `- ` goes.
        this.i++;
        seq.items.push({ start: t.node.start, dash: false, value: t.node });
      } else {
        break;
      }
    }
    return seq;
  }
}

/**
 * The outline of a text; with `cursor`, an empty value stands where the cursor is on a blank line or after `key:` / `- `.
 * None for a text the service refuses to check (too large or too deep): the reading recurses per level.
 */
export function outline(text: string, cursor?: number): ONode | undefined {
  if (text.length > LIMITS.maxFileChars || nestingBeyond(text, LIMITS.maxDepth) !== undefined) return undefined;
  return new Builder(new Tokenizer(text, cursor).run()).root();
}

/** One step down an outline: into a mapping's entry, or a list's item. */
export type OStep =
  | { readonly kind: 'entry'; readonly map: OMap; readonly entry: OEntry }
  | { readonly kind: 'item'; readonly seq: OSeq; readonly index: number; readonly item: OItem };

/** What a position stands on: a key of a mapping, or a value; with the steps that lead to it. */
export interface OHit {
  readonly steps: readonly OStep[];
  readonly on: { readonly kind: 'key'; readonly map: OMap; readonly entry: OEntry } | { readonly kind: 'value'; readonly scalar: OScalar };
}

/** Finds the first key or scalar the predicate accepts, depth first in text order. */
export function find(root: ONode | undefined, accept: (start: number, end: number, cursor: boolean) => boolean): OHit | undefined {
  const walk = (node: ONode | undefined, steps: OStep[]): OHit | undefined => {
    if (!node) return undefined;
    switch (node.kind) {
      case 'scalar':
        return accept(node.start, node.end, node.cursor) ? { steps, on: { kind: 'value', scalar: node } } : undefined;
      case 'map':
        for (const entry of node.entries) {
          if (accept(entry.start, entry.end, entry.cursor)) return { steps, on: { kind: 'key', map: node, entry } };
          const hit = walk(entry.value, [...steps, { kind: 'entry', map: node, entry }]);
          if (hit) return hit;
        }
        return undefined;
      case 'seq':
        for (const [index, item] of node.items.entries()) {
          const hit = walk(item.value, [...steps, { kind: 'item', seq: node, index, item }]);
          if (hit) return hit;
        }
        return undefined;
    }
  };
  return walk(root, []);
}

/** The value of `key` in a mapping node. */
export function get(node: ONode | undefined, key: string): ONode | undefined {
  return node?.kind === 'map' ? node.entries.find((e) => e.key === key && e.colon)?.value : undefined;
}

/** A scalar's text (an empty value counts as none). */
export function textOf(node: ONode | undefined): string | undefined {
  return node?.kind === 'scalar' && node.text !== '' ? node.text : undefined;
}

/** The texts of a list (block or flow), or of a single scalar. */
export function textsOf(node: ONode | undefined): string[] {
  if (node?.kind === 'scalar') return node.text === '' ? [] : [node.text];
  if (node?.kind !== 'seq') return [];
  return node.items.flatMap((i) => (i.value?.kind === 'scalar' && i.value.text !== '' && !i.value.cursor ? [i.value.text] : []));
}
