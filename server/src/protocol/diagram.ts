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
  /** The main text, shown literally. */
  readonly label: string;
  /** Smaller lines under the label (a code, performers, outputs), shown literally. */
  readonly detail?: readonly string[];
  readonly shape: NodeShape;
  /** The group (band or lane) the node stands in. */
  readonly group?: string;
  readonly source?: S;
  /** The id of the diagram this node opens when clicked (a process's Level 1, a step's `peta`). */
  readonly opens?: string;
}

export interface DiagramEdge {
  readonly from: string;
  readonly to: string;
  readonly label?: string;
  /** Relations and inputs/outputs are drawn dashed; flow is solid. */
  readonly dashed?: boolean;
}

/** Bands of a Level 0 map, lanes of a cross-functional map; in drawing order. */
export interface DiagramGroup {
  readonly id: string;
  readonly label: string;
  readonly kind: 'band' | 'lane';
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
