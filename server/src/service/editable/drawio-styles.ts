import type { EdgeKind, NodeShape } from '../../protocol/diagram';
import { SYMBOL_COLOURS } from '../diagram/symbol-colours';

/**
 * draw.io styles (`key=value;…`) of the cells our maps become, in our drawing's colours and
 * type. Every label is plain text (`html=0`): draw.io shows a value as the characters it holds,
 * and breaks lines only where the value has a line feed.
 */

export type StyleValue = string | number;

/** A style string; a key with an undefined value is left out. Values are ours: no `;` or `=` in them. */
export function drawioStyle(entries: Readonly<Record<string, StyleValue | undefined>>, base?: string): string {
  const parts = Object.entries(entries).flatMap(([k, v]) => (v === undefined ? [] : [`${k}=${v}`]));
  return [...(base !== undefined ? [base] : []), ...parts].join(';') + ';';
}

/** The SVG's first font (Mermaid's `"trebuchet ms", verdana, arial, sans-serif`) and size. */
export const FONT_FAMILY = 'Trebuchet MS';
export const FONT_SIZE = 16;
export const TITLE_FONT_SIZE = 18;

/** Plain text in our type: what every labelled cell shares. */
const TEXT = { html: 0, fontFamily: FONT_FAMILY, fontSize: FONT_SIZE, fontStyle: 0 } as const;

/** Mermaid's default theme, which our drawing keeps for frames, lanes, lines and their labels. */
const FRAME = { fillColor: '#ffffde', strokeColor: '#9370db', fontColor: '#333333' } as const;
const LANE = { fillColor: '#ffffde', strokeColor: '#aaaa33', fontColor: '#333333' } as const;
const LINE = { strokeColor: '#333333', fontColor: '#333333', labelBackgroundColor: '#e8e8e8' } as const;

/** Mermaid's rounded rectangle (`(text)`): corners of 5 px radius. */
const ROUNDED = { rounded: 1, absoluteArcSize: 1, arcSize: 10 } as const;

/** How far the top of an input or output parallelogram leans right (media/src/data-shapes.ts). */
export const DATA_SLANT = 24;

/** How much of an off-page connector's height its point takes. */
export const CONNECTOR_POINT = 0.25;

/** draw.io's own shape for each symbol: the SOP AP symbols as its flowchart shapes. */
const SHAPES: Readonly<Record<NodeShape, Readonly<Record<string, StyleValue>>>> = {
  process: { rounded: 0 },
  activity: { rounded: 0 },
  unit: { rounded: 0 },
  party: ROUNDED,
  terminator: { shape: 'mxgraph.flowchart.terminator' },
  decision: { shape: 'rhombus', perimeter: 'rhombusPerimeter' },
  document: { shape: 'document', boundedLbl: 1, size: 0.15 },
  connector: { shape: 'offPageConnector', size: CONNECTOR_POINT },
  data: { shape: 'parallelogram', perimeter: 'parallelogramPerimeter', fixedSize: 1, size: DATA_SLANT },
};

export function nodeStyle(shape: NodeShape): string {
  const c = SYMBOL_COLOURS[shape];
  return drawioStyle({
    ...SHAPES[shape],
    ...TEXT,
    whiteSpace: 'nowrap',
    fillColor: c.fill,
    strokeColor: c.stroke,
    fontColor: c.color,
  });
}

/** A framed group (a band, a set, a frame of the Peta Relasi): a container, its title at the top. */
export function frameStyle(): string {
  return drawioStyle({ rounded: 0, ...TEXT, ...FRAME, verticalAlign: 'top', align: 'center', container: 1, collapsible: 0 });
}

/** A lane of a cross-functional map: a swimlane whose title strip (`titleWidth` wide) is on the left, its text turned. */
export function laneStyle(titleWidth: number): string {
  return drawioStyle(
    {
      shape: 'swimlane',
      horizontal: 0,
      startSize: titleWidth,
      ...TEXT,
      ...LANE,
      swimlaneFillColor: LANE.fillColor,
      container: 1,
      collapsible: 0,
    },
    'swimlane',
  );
}

export function titleStyle(): string {
  return drawioStyle({
    ...TEXT,
    fontSize: TITLE_FONT_SIZE,
    fontColor: '#333333',
    fillColor: 'none',
    strokeColor: 'none',
    align: 'center',
    verticalAlign: 'middle',
    whiteSpace: 'nowrap',
  });
}

/** Lines as to-mermaid.ts draws them: `-->` solid, `-.->` dashed, `==>` thick, `---` plain, each with an arrow head or none. */
const EDGES: Readonly<Record<Exclude<EdgeKind, 'order'>, Readonly<Record<string, StyleValue>>>> = {
  flow: { endArrow: 'block', endFill: 1 },
  io: { endArrow: 'block', endFill: 1, dashed: 1, dashPattern: '3 3' },
  value: { endArrow: 'block', endFill: 1, strokeWidth: 3.5 },
  'takes-part': { endArrow: 'none' },
  together: { endArrow: 'none' },
};

/** Whether a line of this kind ends in an arrow head (whose tip must touch its end's shape). */
export const hasArrowHead = (kind: Exclude<EdgeKind, 'order'>): boolean => EDGES[kind].endArrow !== 'none';

/** Where a line leaves and enters its ends, relative to their boxes (0..1), pinned: draw.io draws it there. */
export interface EdgePorts {
  readonly exit?: { readonly x: number; readonly y: number };
  readonly entry?: { readonly x: number; readonly y: number };
}

export function edgeStyle(kind: Exclude<EdgeKind, 'order'>, ports: EdgePorts): string {
  return drawioStyle({
    // Straight runs between our corners, rounded as Mermaid rounds them (5 px).
    edgeStyle: 'none',
    rounded: 1,
    arcSize: 10,
    ...TEXT,
    ...LINE,
    startArrow: 'none',
    ...EDGES[kind],
    ...(ports.exit ? { exitX: ports.exit.x, exitY: ports.exit.y, exitPerimeter: 0 } : {}),
    ...(ports.entry ? { entryX: ports.entry.x, entryY: ports.entry.y, entryPerimeter: 0 } : {}),
  });
}
