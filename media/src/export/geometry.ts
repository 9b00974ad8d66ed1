import type {
  DrawingGeometry,
  DrawnBox,
  DrawnEdge,
  DrawnGroup,
  DrawnNode,
  DrawnPoint,
  DrawnText,
} from '../../../server/src/protocol/drawing-geometry';
import { nodesById } from '../edge-nodes';
import { type Point, pathCommands, endOf, viewBoxOf } from '../svg-geometry';

/**
 * Reads where the finished drawing put each node, framed group, line and label, for the
 * editable exports. The SVG must be laid out in the page (the browser measures its boxes) and
 * finished: labels flattened to `<text>`, the title above the drawing, the viewBox final.
 */

const tenth = (v: number): number => Math.round(v * 10) / 10;

/** Maps a point of `el`'s own coordinates to the picture's: through every transform, from the viewBox origin. */
function toPicture(svg: SVGSVGElement, el: SVGGraphicsElement): (p: Point) => DrawnPoint {
  const root = svg.getScreenCTM();
  const own = el.getScreenCTM();
  const [vx, vy] = viewBoxOf(svg) ?? [0, 0];
  if (!root || !own) return (p) => ({ x: tenth(p.x - vx), y: tenth(p.y - vy) });
  const m = root.inverse().multiply(own);
  return (p) => ({ x: tenth(m.a * p.x + m.c * p.y + m.e - vx), y: tenth(m.b * p.x + m.d * p.y + m.f - vy) });
}

/** The box of elements in the picture's coordinates (their union); undefined when none has a size. */
function boxOf(svg: SVGSVGElement, elements: readonly Element[]): DrawnBox | undefined {
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const el of elements) {
    if (!(el instanceof SVGGraphicsElement)) continue;
    const b = el.getBBox();
    if (b.width < 0.5 && b.height < 0.5) continue; // Mermaid's 0.1 placeholders
    const at = toPicture(svg, el);
    for (const c of [
      at({ x: b.x, y: b.y }),
      at({ x: b.x + b.width, y: b.y }),
      at({ x: b.x, y: b.y + b.height }),
      at({ x: b.x + b.width, y: b.y + b.height }),
    ]) {
      left = Math.min(left, c.x);
      top = Math.min(top, c.y);
      right = Math.max(right, c.x);
      bottom = Math.max(bottom, c.y);
    }
  }
  if (!(left <= right && top <= bottom)) return undefined;
  return { x: tenth(left), y: tenth(top), width: tenth(right - left), height: tenth(bottom - top) };
}

/** The `<text>` elements of `el`, itself included. */
const textsIn = (el: Element): Element[] => (el.localName === 'text' ? [el] : [...el.querySelectorAll('text')]);

/** The lines of the text under `el`, top to bottom: the runs of one line (same baseline) joined, trimmed. */
function linesOf(svg: SVGSVGElement, el: Element): string[] {
  const lines = new Map<number, string>();
  for (const text of textsIn(el)) {
    const spans = [...text.querySelectorAll('tspan')].filter((s) => s.querySelector('tspan') === null);
    for (const span of spans.length > 0 ? spans : [text]) {
      if (!(span instanceof SVGTextContentElement)) continue;
      const start = span.getNumberOfChars() > 0 ? span.getStartPositionOfChar(0) : { x: 0, y: 0 };
      const y = Math.round(toPicture(svg, span)({ x: start.x, y: start.y }).y);
      lines.set(y, (lines.get(y) ?? '') + (span.textContent ?? ''));
    }
  }
  return [...lines.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, line]) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');
}

function textOf(svg: SVGSVGElement, el: Element): DrawnText | undefined {
  const lines = linesOf(svg, el);
  const box = boxOf(svg, textsIn(el));
  return lines.length > 0 && box ? { ...box, lines } : undefined;
}

/** A node's shape: its children but the label (a label may reach past a slim shape). */
function shapeOf(node: Element): Element[] {
  const shapes = [...node.children].filter((c) => !c.classList.contains('label'));
  return shapes.length > 0 ? shapes : [node];
}

function drawnNodes(svg: SVGSVGElement, byId: ReadonlyMap<string, Element>): DrawnNode[] {
  const nodes: DrawnNode[] = [];
  for (const [id, node] of byId) {
    const box = boxOf(svg, shapeOf(node));
    if (box) nodes.push({ id, ...box, lines: linesOf(svg, node) });
  }
  return nodes;
}

/** A cluster's group id: Mermaid's `data-id` (swimlanes), or its element id after the SVG's id and a dash. */
function groupIdOf(svg: SVGSVGElement, cluster: Element): string {
  return cluster.getAttribute('data-id') ?? cluster.id.replace(new RegExp(`^${CSS.escape(svg.id)}-`), '');
}

function drawnGroups(svg: SVGSVGElement): DrawnGroup[] {
  const groups: DrawnGroup[] = [];
  for (const cluster of svg.querySelectorAll('g.cluster')) {
    const box = boxOf(
      svg,
      [...cluster.children].filter((c) => c.localName === 'rect' || c.localName === 'path' || c.localName === 'polygon'),
    );
    if (!box) continue;
    const title = cluster.querySelector(':scope > rect.swimlane-title');
    const titleBox = title ? boxOf(svg, [title]) : undefined;
    groups.push({ id: groupIdOf(svg, cluster), ...box, ...(titleBox ? { titleWidth: titleBox.width } : {}) });
  }
  return groups;
}

/**
 * A line's corners in its own coordinates: where it starts, each corner (a rounded corner, `Q`,
 * by its control point, the corner it rounds), where it ends; points on a straight run dropped.
 */
function cornersOf(d: string): Point[] {
  const commands = pathCommands(d) ?? [];
  const points: Point[] = [];
  let pen: Point = { x: 0, y: 0 };
  commands.forEach((c, i) => {
    const end = endOf(c, pen);
    const last = i === commands.length - 1;
    if (c.command === 'Q' && !last) points.push({ x: c.args[0] ?? end.x, y: c.args[1] ?? end.y });
    else if (c.command !== 'Z') points.push(end);
    pen = end;
  });
  return straightened(points);
}

/** Points without repeats, and without a middle point on the straight line through its neighbours. */
function straightened(points: readonly Point[]): Point[] {
  const kept: Point[] = [];
  for (const p of points) {
    const a = kept[kept.length - 2];
    const b = kept[kept.length - 1];
    if (b && Math.abs(b.x - p.x) < 0.05 && Math.abs(b.y - p.y) < 0.05) continue;
    if (a && b && Math.abs((b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x)) < 0.5 * Math.hypot(p.x - a.x, p.y - a.y)) kept.pop();
    kept.push(p);
  }
  return kept;
}

/** The ends of a line (`data-id` `L_<from>_<to>_<n>`) among the known ids; ids hold underscores, so each split is tried. */
function endsOf(dataId: string, known: ReadonlySet<string>): { from: string; to: string } | undefined {
  const parts = dataId.replace(/^L_/, '').replace(/_\d+$/, '').split('_');
  for (let i = 1; i < parts.length; i++) {
    const from = parts.slice(0, i).join('_');
    const to = parts.slice(i).join('_');
    if (known.has(from) && known.has(to)) return { from, to };
  }
  return undefined;
}

function drawnEdges(svg: SVGSVGElement, known: ReadonlySet<string>): DrawnEdge[] {
  const labels = new Map<string, Element>();
  // A swimlane's label names its line in its id (`edge-label-…-L_a_b_0`), a flowchart's in its inner label's `data-id`.
  for (const label of svg.querySelectorAll('g.edgeLabel')) {
    const m = /(L_.+)$/.exec(label.id) ?? /^(L_.+)$/.exec(label.querySelector(':scope > .label[data-id]')?.getAttribute('data-id') ?? '');
    if (m?.[1] !== undefined) labels.set(m[1], label);
  }
  const seen = new Map<string, number>();
  const edges: DrawnEdge[] = [];
  for (const path of svg.querySelectorAll('path[data-id^="L_"]')) {
    const dataId = path.getAttribute('data-id') ?? '';
    const ends = endsOf(dataId, known);
    if (!ends || !(path instanceof SVGGraphicsElement)) continue;
    const key = `${ends.from}\u0000${ends.to}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    const at = toPicture(svg, path);
    const points = cornersOf(path.getAttribute('d') ?? '').map(at);
    const labelElement = labels.get(dataId);
    const label = labelElement ? textOf(svg, labelElement) : undefined;
    edges.push({ ...ends, occurrence, points, ...(label ? { label } : {}) });
  }
  return edges;
}

/** The geometry of a finished drawing laid out in the page. */
export function drawingGeometry(svg: SVGSVGElement): DrawingGeometry {
  const byId = nodesById(svg);
  const groups = drawnGroups(svg);
  const known = new Set([...byId.keys(), ...groups.map((g) => g.id)]);
  const titleElement = svg.querySelector(':scope > text.flowchartTitleText');
  const title = titleElement ? textOf(svg, titleElement) : undefined;
  return {
    width: Number(svg.getAttribute('width')),
    height: Number(svg.getAttribute('height')),
    ...(title ? { title } : {}),
    nodes: drawnNodes(svg, byId),
    groups,
    edges: drawnEdges(svg, known),
  };
}
