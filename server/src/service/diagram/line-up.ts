import type { DiagramEdge, DiagramGroup } from '../../protocol/diagram';

/** More boxes than this in one line wrap into rows of equal length. */
export const MAX_IN_ROW = 6;

/** The rows that `items` fill, at most `max` each and as even as can be: 8 by 6 gives 4 and 4. */
export function rowsOf<T>(items: readonly T[], max = MAX_IN_ROW): T[][] {
  const count = Math.max(1, Math.ceil(items.length / max));
  const size = Math.ceil(items.length / count);
  const rows: T[][] = [];
  for (let i = 0; i < items.length; i += size) rows.push(items.slice(i, i + size));
  return rows;
}

/** `order` edges that keep items (nodes or groups) in the order given. */
export function inOrder(ids: readonly string[]): DiagramEdge[] {
  return ids.slice(1).map((id, i) => ({ from: ids[i] ?? id, to: id, kind: 'order' }));
}

export interface LineUp {
  readonly groups: DiagramGroup[];
  readonly edges: DiagramEdge[];
  /** The group each item goes into: the holder itself, or one of its rows. */
  readonly groupOf: ReadonlyMap<string, string>;
}

/**
 * Items (nodes or groups, by id) left to right in their order, kept so by `order` edges. Inside
 * a holder that runs left to right, one line stays in it, and more wrap into rows stacked inside
 * it; at the top of a diagram (which runs top to bottom) every line is a row of its own.
 */
export function lineUp(name: string, ids: readonly string[], holder?: string, max = MAX_IN_ROW): LineUp {
  const rows = rowsOf(ids, max);
  if (holder !== undefined && rows.length <= 1) return { groups: [], edges: inOrder(ids), groupOf: new Map(ids.map((id) => [id, holder])) };
  const stack = holder === undefined ? undefined : `${name}_rows`;
  const rowIds = rows.map((_, i) => `${name}_row${i}`);
  const groups: DiagramGroup[] = [
    ...(stack !== undefined && holder !== undefined ? [{ id: stack, label: '', kind: 'stack', parent: holder } as const] : []),
    ...rowIds.map((id): DiagramGroup => ({ id, label: '', kind: 'row', ...(stack !== undefined ? { parent: stack } : {}) })),
  ];
  const groupOf = new Map(rows.flatMap((row, i) => row.map((id): [string, string] => [id, rowIds[i] ?? name])));
  return { groups, edges: [...rows.flatMap((r) => inOrder(r)), ...inOrder(rowIds)], groupOf };
}
