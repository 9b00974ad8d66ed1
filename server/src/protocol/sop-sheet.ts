/**
 * The pages of an SOP AP document, drawn: what the language service lays out and the CLI (SVG,
 * PDF, DOCX) and the webview draw, in millimetres from the page's top left corner. Every text is
 * literal: a writer escapes it, the webview sets it as text.
 */

export interface SopPoint {
  readonly x: number;
  readonly y: number;
}

/** A line of text's look: size in points, bold, and where `x` is on the line. */
export interface SopTextStyle {
  readonly size: number;
  readonly bold?: boolean;
  readonly anchor?: 'start' | 'middle' | 'end';
}

export type SopShape =
  /** A cell's border or a symbol's box; `radius` rounds it (the terminator's capsule). */
  | {
      readonly kind: 'rect';
      readonly x: number;
      readonly y: number;
      readonly width: number;
      readonly height: number;
      readonly radius?: number;
      /** A table header's grey, else none. */
      readonly shaded?: boolean;
      readonly lineWidth: number;
    }
  /** A closed outline: the decision's diamond, the off-page connector's pentagon, an arrowhead (filled). */
  | { readonly kind: 'polygon'; readonly points: readonly SopPoint[]; readonly filled?: boolean; readonly lineWidth: number }
  /** An open line: a flow's path, or a dashed line joining the symbols of a joint step. */
  | { readonly kind: 'line'; readonly points: readonly SopPoint[]; readonly dashed?: boolean; readonly lineWidth: number }
  /** Lines of text, the first line's baseline at `y`, the next `lineHeight` mm lower. */
  | {
      readonly kind: 'text';
      readonly x: number;
      readonly y: number;
      readonly lines: readonly string[];
      readonly lineHeight: number;
      readonly style: SopTextStyle;
    }
  /** The agency's logo, fitted in the box. */
  | { readonly kind: 'logo'; readonly x: number; readonly y: number; readonly width: number; readonly height: number };

/** Lines of text in one style (wrapped by the layout), a paragraph of a cell. */
export interface SopTextBlock {
  readonly lines: readonly string[];
  readonly style: SopTextStyle;
}

/** A cell of a page's table as a word processor writes it: its text, merged with its neighbours. */
export interface SopCell {
  /** Its paragraphs, one under the other; none in an empty cell. */
  readonly text: readonly SopTextBlock[];
  /** How many grid columns it covers; 1 when absent. */
  readonly span?: number;
  /** Merged with the cell above (`continue`), or the first of such a run (`restart`). */
  readonly merge?: 'restart' | 'continue';
  readonly shaded?: boolean;
  /** The logo is drawn in this cell, above its lines. */
  readonly logo?: boolean;
  /** Its lines centred from top to bottom (a header), else from the top. */
  readonly middle?: boolean;
}

/** A table row: its height in mm (exact for the procedure table, at least for the identity sheet). */
export interface SopGridRow {
  readonly height: number;
  readonly cells: readonly SopCell[];
  /** A header row, repeated by a word processor on each page. */
  readonly header?: boolean;
}

/** A page's table, as a word processor writes it: its grid and rows, where it starts. */
export interface SopGrid {
  readonly x: number;
  readonly y: number;
  readonly columns: readonly number[];
  readonly rows: readonly SopGridRow[];
  /** Row heights are exact (the flow is drawn over them), else at least. */
  readonly exact: boolean;
}

export interface SopPage {
  readonly kind: 'identity' | 'procedure';
  /** Every shape of the page, tables and texts included: SVG, PDF and the preview draw these. */
  readonly shapes: readonly SopShape[];
  /** The same page for a word processor: its table(s), and the flow drawn over a procedure table. */
  readonly grid: SopGrid;
  readonly flow?: {
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly height: number;
    readonly shapes: readonly SopShape[];
  };
  /** The footer's text: the SOP's code, the page's number. */
  readonly footer: string;
}

/** One SOP AP document laid out: its pages, all of one size. */
export interface SopSheets {
  /** The SOP's code, or `<map code>.SOP` for a draft. */
  readonly kode: string;
  readonly nama: string;
  /** The map it is built on. */
  readonly map: string;
  /** Its files' name without extension: the code made safe by the rule of every export. */
  readonly exportName: string;
  readonly draft: boolean;
  /** The page in mm (A4 landscape). */
  readonly width: number;
  readonly height: number;
  readonly pages: readonly SopPage[];
}
