import { isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Span } from './diagnostic';

/** The span of a node's value, without trailing comments or blank lines. */
export function spanOf(uri: string, node: Node | null | undefined, fallback?: Span): Span {
  if (node?.range) return { uri, start: node.range[0], end: node.range[1] };
  return fallback ?? { uri, start: 0, end: 0 };
}

/** The pair of `key` in a mapping, if the node is a mapping and has it. */
export function pairOf(node: unknown, key: string): Pair<Node, Node | null> | undefined {
  if (!isMap(node)) return undefined;
  for (const pair of (node as YAMLMap<Node, Node | null>).items) {
    if (isScalar(pair.key) && String(pair.key.value) === key) return pair;
  }
  return undefined;
}

export function valueOf(node: unknown, key: string): Node | null | undefined {
  return pairOf(node, key)?.value;
}

/** A scalar's text: strings and numbers count, anything else is not text. */
export function textOf(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  const v = node.value;
  return typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
}

/** Items of a sequence, or the node itself when a single value stands where a list may. */
export function itemsOf(node: unknown, allowSingle = false): unknown[] {
  if (isSeq(node)) return node.items;
  if (allowSingle && isScalar(node)) return [node];
  return [];
}

/** Pairs of a mapping with a text key, in source order. */
export function entriesOf(node: unknown): { key: string; pair: Pair<Node, Node | null> }[] {
  if (!isMap(node)) return [];
  const out: { key: string; pair: Pair<Node, Node | null> }[] = [];
  for (const pair of (node as YAMLMap<Node, Node | null>).items) {
    const key = textOf(pair.key);
    if (key !== undefined) out.push({ key, pair });
  }
  return out;
}

/**
 * Whether a key holds something: a list (an empty one is the schema's to report, PPB105), or
 * non-empty text. Used for "has inputs/outputs" (PPB303, PPB304).
 */
export function hasContent(node: unknown): boolean {
  if (isSeq(node)) return true;
  const t = textOf(node);
  return t !== undefined && t.trim() !== '';
}
