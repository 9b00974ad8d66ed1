/**
 * Where a finished drawing put each element of a diagram, read from the exported SVG in the
 * browser that laid it out: what the editable exports (draw.io, BPMN) place their shapes by, so
 * that a map opened in draw.io or a BPMN modeller looks like its SVG. Every number is in the
 * SVG's pixels, measured from the picture's top-left corner (its viewBox origin).
 */

export interface DrawnBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface DrawnPoint {
  readonly x: number;
  readonly y: number;
}

/** A label as printed: its box and its lines, literal text, in order. */
export interface DrawnText extends DrawnBox {
  readonly lines: readonly string[];
}

/** A node of the diagram (`DiagramNode.id`): its shape's box and its label's lines. */
export interface DrawnNode extends DrawnBox {
  readonly id: string;
  readonly lines: readonly string[];
}

/**
 * A group of the diagram (`DiagramGroup.id`) that the drawing framed: its whole box, and for a
 * lane of a cross-functional map the width of its title strip at the left (`titleWidth`).
 */
export interface DrawnGroup extends DrawnBox {
  readonly id: string;
  readonly titleWidth?: number;
}

/**
 * A line of the diagram, from node or group `from` to `to`; `occurrence` counts the lines
 * between the same two ends before it (0 for the first), in the order of `Diagram.edges`.
 * `points` run from its start to its end (arrow head), corners only: Mermaid's rounded corners
 * are read as the corners they round.
 */
export interface DrawnEdge {
  readonly from: string;
  readonly to: string;
  readonly occurrence: number;
  readonly points: readonly DrawnPoint[];
  readonly label?: DrawnText;
}

export interface DrawingGeometry {
  /** The picture's size: the exported SVG's `width` and `height`. */
  readonly width: number;
  readonly height: number;
  readonly title?: DrawnText;
  readonly nodes: readonly DrawnNode[];
  readonly groups: readonly DrawnGroup[];
  readonly edges: readonly DrawnEdge[];
}
