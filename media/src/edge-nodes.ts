/** Which nodes a line of Mermaid's drawing joins, by the ids Mermaid writes on both. */
import { type Extent, extentOf } from './svg-geometry';

/** The nodes of a drawing by our id, from Mermaid's `<svg id>-flowchart-<node id>-<n>`. */
export function nodesById(root: Element): Map<string, Element> {
  const byId = new Map<string, Element>();
  for (const node of root.querySelectorAll('g.node')) {
    const m = /-flowchart-(.+)-\d+$/.exec(node.id);
    if (m?.[1] !== undefined) byId.set(m[1], node);
  }
  return byId;
}

/** The nodes a line (`data-id` `L_<from>_<to>_<n>`) runs from and to; ids hold underscores themselves, so each split is tried. */
export function endsOf(path: Element, nodes: ReadonlyMap<string, Element>): { from?: Element; to?: Element } {
  const parts = (path.getAttribute('data-id') ?? '').replace(/^L_/, '').replace(/_\d+$/, '').split('_');
  for (let i = 1; i < parts.length; i++) {
    const from = nodes.get(parts.slice(0, i).join('_'));
    const to = nodes.get(parts.slice(i).join('_'));
    if (from && to) return { from, to };
  }
  return {};
}

/** The box of each node that has a readable size. */
export function extentsOf(nodes: ReadonlyMap<string, Element>): Map<Element, Extent> {
  const boxes = new Map<Element, Extent>();
  for (const n of nodes.values()) {
    const e = extentOf(n);
    if (e) boxes.set(n, e);
  }
  return boxes;
}
