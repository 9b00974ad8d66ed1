/**
 * Moving a frame with everything drawn in it: its boxes and their labels, its lines, the
 * frames inside it and their captions. By attributes alone, like the rest of our finishing.
 */
import { type Extent, mapPathData, numberAttr, pathPoints, round, setTranslate, translateOf } from './svg-geometry';

/** The body of a frame (a `g.cluster`): its first rectangle. */
export function frameRect(cluster: Element): Element | null {
  return cluster.querySelector(':scope > rect');
}

/** Where a rectangle reaches; undefined when its attributes cannot be read. */
export function rectExtent(rect: Element): Extent | undefined {
  const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((n) => numberAttr(rect, n)) as [number, number, number, number];
  if (![x, y, w, h].every(Number.isFinite)) return undefined;
  return { left: x, top: y, right: x + w, bottom: y + h };
}

export function setRect(rect: Element, e: Extent): void {
  rect.setAttribute('x', String(round(e.left)));
  rect.setAttribute('y', String(round(e.top)));
  rect.setAttribute('width', String(round(e.right - e.left)));
  rect.setAttribute('height', String(round(e.bottom - e.top)));
}

function holds(outer: Extent, x: number, y: number): boolean {
  return x >= outer.left && x <= outer.right && y >= outer.top && y <= outer.bottom;
}

function shift(el: Element, dx: number, dy: number): void {
  const t = translateOf(el);
  if (t) setTranslate(el, round(t.x + dx), round(t.y + dy));
}

/**
 * What stands inside `within`: boxes and labels placed there, frames that lie wholly in it, and
 * lines that run only inside it. Taken before anything moves, so that frames moved one after
 * the other do not carry off each other's content.
 */
export function contentOf(root: Element, within: Extent): Element[] {
  const found: Element[] = [];
  for (const el of root.querySelectorAll('g.node, g.edgeLabel')) {
    const t = translateOf(el);
    if (t && holds(within, t.x, t.y)) found.push(el);
  }
  for (const cluster of root.querySelectorAll('g.cluster')) {
    const rect = frameRect(cluster);
    const e = rect ? rectExtent(rect) : undefined;
    if (e && holds(within, e.left, e.top) && holds(within, e.right, e.bottom)) found.push(cluster);
  }
  for (const path of root.querySelectorAll('g.edgePaths path, path.flowchart-link')) {
    const points = pathPoints(path.getAttribute('d') ?? '');
    if (points && points.length > 0 && points.every((p) => holds(within, p.x, p.y))) found.push(path);
  }
  return found;
}

/** Moves what `contentOf` found by `dx`, `dy`: a frame with its caption, a line by its data. */
export function moveAll(content: readonly Element[], dx: number, dy: number): void {
  for (const el of content) {
    if (el.localName === 'path') {
      const moved = mapPathData(
        el.getAttribute('d') ?? '',
        (x) => x + dx,
        (y) => y + dy,
      );
      if (moved !== undefined) el.setAttribute('d', moved);
    } else if (el.classList.contains('cluster')) {
      const rect = frameRect(el);
      const e = rect ? rectExtent(rect) : undefined;
      if (rect && e) setRect(rect, { left: e.left + dx, right: e.right + dx, top: e.top + dy, bottom: e.bottom + dy });
      for (const caption of el.querySelectorAll(':scope > .cluster-label')) shift(caption, dx, dy);
    } else shift(el, dx, dy);
  }
}
