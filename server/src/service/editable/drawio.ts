import type { Diagram, DiagramGroup, DiagramNode, EdgeKind } from '../../protocol/diagram';
import type { DrawingGeometry, DrawnBox, DrawnEdge, DrawnPoint } from '../../protocol/drawing-geometry';
import { diagramTitle } from '../diagram/to-mermaid';
import { xmlAttribute } from '../xml-text';
import { edgeRoute, type EdgeEnd } from './drawio-edges';
import { edgeStyle, frameStyle, laneStyle, nodeStyle, titleStyle } from './drawio-styles';

/**
 * A map as a draw.io page (`.drawio`, uncompressed): every shape at the place our own layout
 * gave it (`DrawingGeometry`, read from the finished SVG), so the page looks like the SVG and
 * can be nudged by hand. Framed groups become containers (lanes: swimlanes) holding what they
 * frame; groups without a frame (rows, stacks) are not drawn. Every text is a literal value.
 */

/** The layer every top-level cell stands on (cell `0` is the root). */
const LAYER = '1';

/** Cell ids from ours: our ids are letters, digits and underscores, so a dash cannot be part of one. */
const nodeCell = (id: string): string => `n-${id}`;
const groupCell = (id: string): string => `g-${id}`;
const edgeCell = (e: { from: string; to: string }, occurrence: number): string => `e-${e.from}-${e.to}-${occurrence}`;
const TITLE_CELL = 'title';

/** Groups drawn with a frame, and so drawn in draw.io; rows and stacks only arrange. */
const FRAMED: ReadonlySet<DiagramGroup['kind']> = new Set<DiagramGroup['kind']>(['band', 'set', 'lane']);

/** A number for XML: at most four decimals (a label's place along a long line needs them), no `-0`. */
const num = (v: number): string => String(Number(v.toFixed(4)) + 0);

const attributes = (attrs: Readonly<Record<string, string | number | undefined>>): string =>
  Object.entries(attrs)
    .flatMap(([k, v]) => (v === undefined ? [] : [`${k}="${typeof v === 'number' ? num(v) : xmlAttribute(v)}"`]))
    .join(' ');

/** A label as one value: its lines joined by line feeds, each line's runs of white space folded as the drawing folds them. */
const valueOf = (lines: readonly string[]): string => lines.map((l) => l.replace(/\s+/g, ' ').trim()).join('\n');

const UNPLACED: DrawnBox = { x: 0, y: 0, width: 120, height: 60 };

interface Vertex {
  readonly id: string;
  readonly value: string;
  readonly style: string;
  readonly parent: string;
  readonly box: DrawnBox;
}

function vertexXml(v: Vertex, origin: DrawnPoint): string {
  const geometry = attributes({ x: v.box.x - origin.x, y: v.box.y - origin.y, width: v.box.width, height: v.box.height, as: 'geometry' });
  return `<mxCell ${attributes({ id: v.id, value: v.value, style: v.style, vertex: '1', parent: v.parent })}><mxGeometry ${geometry}/></mxCell>`;
}

/** What a diagram's groups and nodes stand in, and where. */
class Layout {
  private readonly groups: ReadonlyMap<string, DiagramGroup>;
  readonly boxes = new Map<string, DrawnBox>();
  readonly drawn = new Set<string>();

  constructor(
    d: Diagram<unknown>,
    private readonly g: DrawingGeometry,
  ) {
    this.groups = new Map(d.groups.map((x) => [x.id, x]));
    const framed = new Map(g.groups.map((x) => [x.id, x]));
    for (const x of d.groups) if (FRAMED.has(x.kind) && framed.has(x.id)) this.drawn.add(x.id);
  }

  /** The innermost drawn group at or above `group`: the container of what stands in it. */
  container(group: string | undefined): string | undefined {
    const seen = new Set<string>();
    for (let at = group; at !== undefined && !seen.has(at); at = this.groups.get(at)?.parent) {
      if (this.drawn.has(at)) return at;
      seen.add(at);
    }
    return undefined;
  }

  parentCell(group: string | undefined): string {
    const c = this.container(group);
    return c !== undefined ? groupCell(c) : LAYER;
  }

  /** Where a cell's coordinates count from: its container's corner, or the picture's. */
  origin(group: string | undefined): DrawnPoint {
    const c = this.container(group);
    const box = c !== undefined ? this.g.groups.find((x) => x.id === c) : undefined;
    return box ? { x: box.x, y: box.y } : { x: 0, y: 0 };
  }
}

/** Drawn groups, each after the groups around it (a child names its parent, which must exist first). */
function containersInOrder(d: Diagram<unknown>, layout: Layout): DiagramGroup[] {
  const byId = new Map(d.groups.map((g) => [g.id, g]));
  const out: DiagramGroup[] = [];
  const placed = new Set<string>();
  const place = (g: DiagramGroup): void => {
    if (placed.has(g.id)) return;
    placed.add(g.id);
    const above = layout.container(g.parent);
    const parent = above !== undefined ? byId.get(above) : undefined;
    if (parent) place(parent);
    if (layout.drawn.has(g.id)) out.push(g);
  };
  for (const g of d.groups) place(g);
  return out;
}

/** The text of a node as the model has it, for a node the drawing did not print. */
const modelLines = (n: DiagramNode<unknown>): string[] =>
  [...(n.code !== undefined ? [n.code] : []), n.label, ...(n.detail ?? []), ...(n.note !== undefined ? [n.note] : [])].filter(
    (l) => l.trim() !== '',
  );

function groupCells(d: Diagram<unknown>, g: DrawingGeometry, layout: Layout): string[] {
  const boxes = new Map(g.groups.map((x) => [x.id, x]));
  return containersInOrder(d, layout).map((group) => {
    const drawn = boxes.get(group.id);
    const box = drawn ?? UNPLACED;
    const style = group.kind === 'lane' ? laneStyle(drawn?.titleWidth ?? 0) : frameStyle();
    return vertexXml(
      { id: groupCell(group.id), value: valueOf([group.label]), style, parent: layout.parentCell(group.parent), box },
      layout.origin(group.parent),
    );
  });
}

function nodeCells(d: Diagram<unknown>, g: DrawingGeometry, layout: Layout): string[] {
  const drawn = new Map(g.nodes.map((x) => [x.id, x]));
  return d.nodes.map((n) => {
    const box = drawn.get(n.id);
    const lines = box && box.lines.length > 0 ? box.lines : modelLines(n);
    return vertexXml(
      { id: nodeCell(n.id), value: valueOf(lines), style: nodeStyle(n.shape), parent: layout.parentCell(n.group), box: box ?? UNPLACED },
      layout.origin(n.group),
    );
  });
}

function edgeCells(d: Diagram<unknown>, g: DrawingGeometry, layout: Layout): string[] {
  const nodes = new Map(d.nodes.map((n) => [n.id, n]));
  const nodeBoxes = new Map(g.nodes.map((x) => [x.id, x]));
  const groupBoxes = new Map(g.groups.map((x) => [x.id, x]));
  const drawnEdges = new Map(g.edges.map((e) => [`${e.from}\u0000${e.to}\u0000${e.occurrence}`, e]));
  /** A line's end: its cell and what draw.io draws there; undefined when nothing is drawn for it. */
  const endOf = (id: string): { cell: string; end: EdgeEnd } | undefined => {
    const node = nodes.get(id);
    const nodeBox = nodeBoxes.get(id);
    if (node) return { cell: nodeCell(id), end: { box: nodeBox ?? UNPLACED, shape: node.shape } };
    const groupBox = groupBoxes.get(id);
    if (layout.drawn.has(id) && groupBox) return { cell: groupCell(id), end: { box: groupBox } };
    return undefined;
  };
  const seen = new Map<string, number>();
  const cells: string[] = [];
  for (const e of d.edges) {
    // Occurrences count every line between the same ends, invisible ones too, as the geometry does.
    const key = `${e.from}\u0000${e.to}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    const kind: EdgeKind = e.kind ?? 'flow';
    if (kind === 'order') continue; // keeps an order only: no line
    const drawn: DrawnEdge | undefined = drawnEdges.get(`${key}\u0000${occurrence}`);
    const source = endOf(e.from);
    const target = endOf(e.to);
    const route = drawn && source && target ? edgeRoute(drawn, source.end, target.end) : undefined;
    const value = drawn?.label ? valueOf(drawn.label.lines) : valueOf(e.label !== undefined ? [e.label] : []);
    const points = route?.waypoints.map((p) => `<mxPoint ${attributes({ x: p.x, y: p.y })}/>`).join('') ?? '';
    const loose = [
      ...(!source && drawn?.points[0] ? [`<mxPoint ${attributes({ ...drawn.points[0], as: 'sourcePoint' })}/>`] : []),
      ...(!target && drawn?.points.at(-1) ? [`<mxPoint ${attributes({ ...drawn.points.at(-1), as: 'targetPoint' })}/>`] : []),
    ].join('');
    const label = route?.label;
    const geometry =
      `<mxGeometry ${attributes({ ...(label ? { x: label.x, y: 0 } : {}), relative: '1', as: 'geometry' })}>` +
      loose +
      (points !== '' ? `<Array as="points">${points}</Array>` : '') +
      (label ? `<mxPoint ${attributes({ x: label.offset.x, y: label.offset.y, as: 'offset' })}/>` : '') +
      '</mxGeometry>';
    const cell = attributes({
      id: edgeCell(e, occurrence),
      value,
      style: edgeStyle(kind, route?.ports ?? {}),
      edge: '1',
      parent: LAYER,
      source: source?.cell,
      target: target?.cell,
    });
    cells.push(`<mxCell ${cell}>${geometry}</mxCell>`);
  }
  return cells;
}

/**
 * One page of a `.drawio` file: the `<diagram>` element of a map drawn as `geometry` says, named
 * by its title (code and name), its page the picture's size.
 */
export function drawioDiagram(diagram: Diagram<unknown>, geometry: DrawingGeometry): string {
  const layout = new Layout(diagram, geometry);
  const title = geometry.title;
  const cells = [
    `<mxCell id="0"/>`,
    `<mxCell id="${LAYER}" parent="0"/>`,
    ...groupCells(diagram, geometry, layout),
    ...nodeCells(diagram, geometry, layout),
    ...edgeCells(diagram, geometry, layout),
    ...(title
      ? [vertexXml({ id: TITLE_CELL, value: valueOf(title.lines), style: titleStyle(), parent: LAYER, box: title }, { x: 0, y: 0 })]
      : []),
  ];
  const model = attributes({
    grid: '0',
    gridSize: '10',
    guides: '1',
    tooltips: '1',
    connect: '1',
    arrows: '1',
    fold: '1',
    page: '1',
    pageScale: '1',
    pageWidth: geometry.width,
    pageHeight: geometry.height,
    math: '0',
    shadow: '0',
  });
  return [
    `<diagram ${attributes({ id: diagram.exportName, name: diagramTitle(diagram) })}>`,
    `<mxGraphModel ${model}>`,
    '<root>',
    ...cells,
    '</root>',
    '</mxGraphModel>',
    '</diagram>',
  ].join('\n');
}

/** A `.drawio` file of one or more pages (`drawioDiagram`), uncompressed. */
export function drawioFile(pages: readonly string[]): string {
  return ['<?xml version="1.0" encoding="UTF-8"?>', `<mxfile host="PPB" compressed="false">`, ...pages, '</mxfile>', ''].join('\n');
}
