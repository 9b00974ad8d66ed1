/**
 * The diagram model: what the language service knows of each map, in a shape the client,
 * the webview and the CLI share. `S` is where an element is written: offsets inside the
 * service, LSP locations on the wire.
 */
export type DiagramKind = 'level0' | 'relasi' | 'level1' | 'cfm';

/** SOP AP and PPB symbols. */
export type NodeShape =
  | 'process' // a process or sub-process box (code + name)
  | 'party' // an external stakeholder
  | 'unit' // an internal unit
  | 'terminator' // mulai / selesai: capsule
  | 'activity' // rectangle
  | 'decision' // diamond
  | 'document' // document shape
  | 'connector' // off-page connector (pentagon)
  | 'data'; // an input or output (Level 1 maps)

export interface DiagramNode<S> {
  /** Unique within the diagram; safe as a Mermaid id (letters, digits, underscores). */
  readonly id: string;
  /** The code of a process box, shown above its label. */
  readonly code?: string;
  /** The main text, shown literally. */
  readonly label: string;
  /** Lines under the label (the items of an input or output list), shown literally. */
  readonly detail?: readonly string[];
  /** A last line in smaller type (a sub-process's performers), shown literally; in Mermaid's text inside `<${NOTE_TAG}>`. */
  readonly note?: string;
  readonly shape: NodeShape;
  /** The innermost group the node stands in. */
  readonly group?: string;
  readonly source?: S;
  /** The id of the diagram this node opens when clicked (a process's Level 1, a step's `peta`). */
  readonly opens?: string;
}

/**
 * What a line means, and so how it is drawn: `flow` the order of work (solid arrow), `io` an
 * input, output, supply or receipt (dashed arrow), `takes-part` a performer and its process
 * (plain line), `value` the main value stream of Level 0 (thick arrow), `together` a joint step
 * and its twin in another performer's lane (plain line), `order` no line at all: it only keeps
 * its two ends in order (left to right, or top to bottom).
 */
export type EdgeKind = 'flow' | 'io' | 'takes-part' | 'value' | 'together' | 'order';

export interface DiagramEdge {
  /** A node id, or a group id for a line between groups (Level 0's stakeholders and bands). */
  readonly from: string;
  readonly to: string;
  readonly label?: string;
  /** `flow` when absent. */
  readonly kind?: EdgeKind;
}

/**
 * How a group holds what it holds: `band` in a frame, left to right (a band of Level 0, a
 * process of the Peta Relasi); `row` without a frame, left to right (a line of bands or boxes);
 * `stack` without a frame, top to bottom (the rows of a band too long for one); `set` in a
 * frame, packed in no order (stakeholders, the performers of a process); `lane` a lane of a
 * cross-functional map.
 */
export type GroupKind = 'band' | 'row' | 'stack' | 'set' | 'lane';

/**
 * Frames in rows named `grid_row0`, `grid_row1`, … (a line-up named `grid`) are drawn as a grid:
 * each as wide as the widest, as tall as the tallest of its row (the processes of the Peta
 * Relasi).
 */
export const GRID = 'grid';

/**
 * The element around a node's note line in Mermaid's text (to-mermaid.ts writes it, the drawing
 * sizes it smaller and may take it off): ours alone, for every label is entity codes.
 */
export const NOTE_TAG = 'small';

/** Groups in drawing order; a group inside another names it as `parent`. */
export interface DiagramGroup {
  readonly id: string;
  /** Empty for a group without a title (a `row`). */
  readonly label: string;
  readonly kind: GroupKind;
  readonly parent?: string;
}

export interface DiagramSummary<S> {
  /** `L0`, `relasi`, or the code the map details (`KECKLB.06`, `KECKLB.06.03.CFM.02`). */
  readonly id: string;
  readonly kind: DiagramKind;
  readonly code?: string;
  readonly title: string;
  /** The diagram above this one (for the breadcrumb): L0 for a Level 1, its process for a map. */
  readonly parentId?: string;
  /** File name without extension for exports: `KECKLB.L0`, `KECKLB.relasi`, or the code. */
  readonly exportName: string;
  readonly source?: S;
}

export interface Diagram<S> extends DiagramSummary<S> {
  readonly groups: readonly DiagramGroup[];
  readonly nodes: readonly DiagramNode<S>[];
  readonly edges: readonly DiagramEdge[];
}
