/**
 * Runs in Chromium, bundled by esbuild at test time (maxgraph-reader.ts): maxGraph, the
 * maintained successor of the mxGraph library draw.io is built on, reads our `.drawio` pages
 * with its own codecs, and draws them. Nothing here parses our XML by hand but to pick a page
 * out of the `<mxfile>`.
 */
import {
  ActorShape,
  Graph,
  GraphDataModel,
  ModelXmlSerializer,
  Point,
  ShapeRegistry,
  type AbstractCanvas2D,
  type Cell,
  type Geometry,
} from '@maxgraph/core';

export interface DecodedGeometry {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly relative: boolean;
  readonly points: readonly { x: number; y: number }[];
  readonly offset: { x: number; y: number } | null;
}

/** A cell as maxGraph decoded it. */
export interface DecodedCell {
  readonly id: string;
  readonly value: string | null;
  readonly vertex: boolean;
  readonly edge: boolean;
  readonly parent: string | null;
  readonly source: string | null;
  readonly target: string | null;
  /** The style as maxGraph read it: keys to values (numbers where numeric). */
  readonly style: Readonly<Record<string, unknown>>;
  readonly geometry: DecodedGeometry | null;
}

export interface DecodedPage {
  readonly id: string | null;
  readonly name: string | null;
  readonly pageWidth: number;
  readonly pageHeight: number;
  readonly cells: readonly DecodedCell[];
}

/** Where maxGraph's view put a cell on screen (scale 1, no translation: the page's coordinates). */
export interface ViewState {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** An edge's points as drawn, ends included. */
  readonly points: readonly { x: number; y: number }[] | null;
  /** An edge label's centre. */
  readonly label: { x: number; y: number } | null;
}

export interface MaxGraphPage {
  /** Every page of a `.drawio` file, decoded by maxGraph's model codec. */
  decode(file: string): DecodedPage[];
  /** Draws a page of a `.drawio` file into `#graph`, at its page size; gives the size. */
  render(file: string, page: number): { width: number; height: number };
  /** Where the last page rendered put each cell. */
  states(): ViewState[];
}

/** The `<diagram>` elements of a file and their `<mxGraphModel>`, as text maxGraph imports. */
function pagesOf(file: string): { diagram: Element; model: string }[] {
  const doc = new DOMParser().parseFromString(file, 'application/xml');
  if (doc.getElementsByTagName('parsererror').length > 0) throw new Error('the .drawio file is not well-formed XML');
  if (doc.documentElement.localName !== 'mxfile') throw new Error(`the root is <${doc.documentElement.localName}>, not <mxfile>`);
  return [...doc.documentElement.children]
    .filter((d) => d.localName === 'diagram')
    .map((diagram) => {
      const model = [...diagram.children].find((c) => c.localName === 'mxGraphModel');
      if (!model) throw new Error(`page ${diagram.getAttribute('id') ?? '?'} holds no <mxGraphModel>: compressed?`);
      return { diagram, model: new XMLSerializer().serializeToString(model) };
    });
}

function geometryOf(g: Geometry | null): DecodedGeometry | null {
  if (!g) return null;
  return {
    x: g.x,
    y: g.y,
    width: g.width,
    height: g.height,
    relative: g.relative,
    points: (g.points ?? []).map((p) => ({ x: p.x, y: p.y })),
    offset: g.offset ? { x: g.offset.x, y: g.offset.y } : null,
  };
}

function cellsOf(model: GraphDataModel): DecodedCell[] {
  const out: DecodedCell[] = [];
  const visit = (cell: Cell): void => {
    const value: unknown = cell.getValue();
    out.push({
      id: cell.getId() ?? '',
      value: typeof value === 'string' ? value : null,
      vertex: cell.isVertex(),
      edge: cell.isEdge(),
      parent: cell.getParent()?.getId() ?? null,
      source: cell.getTerminal(true)?.getId() ?? null,
      target: cell.getTerminal(false)?.getId() ?? null,
      style: { ...cell.getStyle() },
      geometry: geometryOf(cell.getGeometry()),
    });
    for (const child of cell.getChildren()) visit(child);
  };
  const root = model.getRoot();
  if (root) visit(root);
  return out;
}

const styleNumber = (shape: { style: unknown }, key: string, fallback: number): number => {
  const v = (shape.style as Record<string, unknown> | null)?.[key];
  const n = typeof v === 'number' ? v : Number(v);
  return Number.isFinite(n) && v !== undefined ? n : fallback;
};

/**
 * The draw.io shapes our pages use that maxGraph lacks, drawn as draw.io draws them (its
 * Shapes.js and the flowchart stencil), so the picture compares with the SVG.
 */
class ParallelogramShape extends ActorShape {
  override redrawPath(c: AbstractCanvas2D, _x: number, _y: number, w: number, h: number): void {
    const size = styleNumber(this, 'size', 0.2);
    const dx = styleNumber(this, 'fixedSize', 0) === 1 ? Math.max(0, Math.min(w / 2, size)) : w * Math.max(0, Math.min(1, size));
    this.addPoints(c, [new Point(0, h), new Point(dx, 0), new Point(w, 0), new Point(w - dx, h)], false, 0, true);
  }
}

class DocumentShape extends ActorShape {
  override redrawPath(c: AbstractCanvas2D, _x: number, _y: number, w: number, h: number): void {
    const dy = h * Math.max(0, Math.min(1, styleNumber(this, 'size', 0.3)));
    const fy = 1.4;
    c.moveTo(0, 0);
    c.lineTo(w, 0);
    c.lineTo(w, h - dy / 2);
    c.quadTo((w * 3) / 4, h - dy * fy, w / 2, h - dy / 2);
    c.quadTo(w / 4, h - dy * (1 - fy), 0, h - dy / 2);
    c.close();
  }
}

class OffPageConnectorShape extends ActorShape {
  override redrawPath(c: AbstractCanvas2D, _x: number, _y: number, w: number, h: number): void {
    const s = h * Math.max(0, Math.min(1, styleNumber(this, 'size', 3 / 8)));
    this.addPoints(c, [new Point(0, 0), new Point(w, 0), new Point(w, h - s), new Point(w / 2, h), new Point(0, h - s)], false, 0, true);
  }
}

/** The flowchart stencil's terminator: 98 × 60 with ends of radius 30, stretched to the box. */
class TerminatorShape extends ActorShape {
  override redrawPath(c: AbstractCanvas2D, _x: number, _y: number, w: number, h: number): void {
    const rx = Math.min(w / 2, (w * 30) / 98);
    const ry = h / 2;
    c.moveTo(rx, 0);
    c.lineTo(w - rx, 0);
    c.arcTo(rx, ry, 0, false, true, w - rx, h);
    c.lineTo(rx, h);
    c.arcTo(rx, ry, 0, false, true, rx, 0);
    c.close();
  }
}

let shapesAdded = false;
function addShapes(): void {
  if (shapesAdded) return;
  ShapeRegistry.add('parallelogram', ParallelogramShape);
  ShapeRegistry.add('document', DocumentShape);
  ShapeRegistry.add('offPageConnector', OffPageConnectorShape);
  ShapeRegistry.add('mxgraph.flowchart.terminator', TerminatorShape);
  shapesAdded = true;
}

let shown: Graph | undefined;

const page: MaxGraphPage = {
  decode(file) {
    return pagesOf(file).map(({ diagram, model: xml }) => {
      const model = new GraphDataModel();
      new ModelXmlSerializer(model).import(xml);
      const attrs = new DOMParser().parseFromString(xml, 'application/xml').documentElement;
      return {
        id: diagram.getAttribute('id'),
        name: diagram.getAttribute('name'),
        pageWidth: Number(attrs.getAttribute('pageWidth')),
        pageHeight: Number(attrs.getAttribute('pageHeight')),
        cells: cellsOf(model),
      };
    });
  },
  render(file, index) {
    const chosen = pagesOf(file)[index];
    if (!chosen) throw new Error(`no page ${index}`);
    const attrs = new DOMParser().parseFromString(chosen.model, 'application/xml').documentElement;
    const width = Number(attrs.getAttribute('pageWidth'));
    const height = Number(attrs.getAttribute('pageHeight'));
    const container = document.getElementById('graph');
    if (!container) throw new Error('no #graph');
    Object.assign(container.style, { width: `${width}px`, height: `${height}px`, overflow: 'hidden', background: '#ffffff' });
    addShapes();
    shown?.destroy();
    container.replaceChildren();
    const graph = new Graph(container);
    // As draw.io decides: a label is markup only when its style says html=1.
    const style = (cell: Cell): Record<string, unknown> => graph.getCurrentCellStyle(cell);
    graph.isHtmlLabel = (cell: Cell): boolean => String(style(cell).html) === '1';
    // As draw.io decides: a container folds unless `collapsible=0` (maxGraph reads `foldable`).
    graph.isCellFoldable = (cell: Cell): boolean => cell.getChildCount() > 0 && String(style(cell).collapsible) !== '0';
    graph.setEnabled(false);
    new ModelXmlSerializer(graph.getDataModel()).import(chosen.model);
    shown = graph;
    return { width, height };
  },
  states() {
    const graph = shown;
    if (!graph) throw new Error('nothing rendered');
    return Object.values(graph.getDataModel().cells ?? {}).flatMap((cell): ViewState[] => {
      const state = graph.view.getState(cell);
      if (!state || (!cell.isVertex() && !cell.isEdge())) return [];
      const edge = cell.isEdge();
      return [
        {
          id: cell.getId() ?? '',
          x: state.x,
          y: state.y,
          width: state.width,
          height: state.height,
          points: edge ? state.absolutePoints.flatMap((p) => (p ? [{ x: p.x, y: p.y }] : [])) : null,
          label: edge && cell.getValue() ? { x: state.absoluteOffset.x, y: state.absoluteOffset.y } : null,
        },
      ];
    });
  },
};

(globalThis as unknown as { ppbMaxGraph: MaxGraphPage }).ppbMaxGraph = page;
