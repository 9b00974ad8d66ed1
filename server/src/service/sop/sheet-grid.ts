import type { SopCell, SopGrid, SopShape, SopTextBlock, SopTextStyle } from '../../protocol/sop-sheet';
import { lineHeight, wrapText } from './text-measure';

/** The SOP's page: A4 landscape, 10 mm margins, the footer's line under the table. */
export const PAGE = { width: 297, height: 210, margin: 10, footer: 6 } as const;
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;

/** Inside a cell: room around its text, in mm. */
export const PAD = { x: 1.5, y: 1.2 } as const;
export const THIN = 0.25;
export const BODY: SopTextStyle = { size: 8 };
export const HEADER: SopTextStyle = { size: 8, bold: true, anchor: 'middle' };

/** The logo's box in the identity sheet's heading cell. */
export const LOGO_MM = 22;

const ASCENT = 0.78;
const MM_PER_PT = 25.4 / 72;

/** `text` wrapped to a cell `width` mm wide: a block of the cell. */
export function textBlock(text: string, width: number, style: SopTextStyle = BODY): SopTextBlock {
  return { lines: wrapText(text, width - 2 * PAD.x, style.size, style.bold), style };
}

/** A cell of `width` mm holding `text` wrapped to it. */
export function textCell(text: string, width: number, style: SopTextStyle = BODY, extra: Partial<SopCell> = {}): SopCell {
  const block = textBlock(text, width, style);
  return { text: block.lines.length > 0 ? [block] : [], ...extra };
}

/** An empty cell. */
export const emptyCell = (extra: Partial<SopCell> = {}): SopCell => ({ text: [], ...extra });

const blockHeight = (b: SopTextBlock): number => b.lines.length * lineHeight(b.style.size);

/** The height a cell's text needs, padding (and logo) included. */
export function cellHeight(cell: SopCell): number {
  return cell.text.reduce((h, b) => h + blockHeight(b), 0) + 2 * PAD.y + (cell.logo ? LOGO_MM + PAD.y : 0);
}

/** The text shapes of a cell's blocks in the box x, y, width, height. */
function cellText(cell: SopCell, x: number, y: number, width: number, height: number): SopShape[] {
  const total = cell.text.reduce((h, b) => h + blockHeight(b), 0);
  const logo = cell.logo ? LOGO_MM + PAD.y : 0;
  let top = cell.middle ? y + logo + (height - logo - total) / 2 : y + PAD.y + logo;
  const shapes: SopShape[] = [];
  for (const block of cell.text) {
    const lh = lineHeight(block.style.size);
    const anchor = block.style.anchor ?? 'start';
    const tx = anchor === 'middle' ? x + width / 2 : anchor === 'end' ? x + width - PAD.x : x + PAD.x;
    const baseline = top + (lh - block.style.size * MM_PER_PT) / 2 + ASCENT * block.style.size * MM_PER_PT;
    if (block.lines.length > 0) shapes.push({ kind: 'text', x: tx, y: baseline, lines: block.lines, lineHeight: lh, style: block.style });
    top += blockHeight(block);
  }
  return shapes;
}

/**
 * The shapes of a grid: each cell's border and text, a cell merged downwards drawn once over the
 * rows it covers, the logo in its cell.
 */
export function gridShapes(grid: SopGrid, withLogo: boolean): SopShape[] {
  const shapes: SopShape[] = [];
  const columnX = grid.columns.reduce<number[]>((xs, w, i) => [...xs, (xs[i] ?? grid.x) + w], [grid.x]);
  const rowY = grid.rows.reduce<number[]>((ys, r, i) => [...ys, (ys[i] ?? grid.y) + r.height], [grid.y]);
  grid.rows.forEach((row, r) => {
    let column = 0;
    for (const cell of row.cells) {
      const span = cell.span ?? 1;
      const x = columnX[column] ?? grid.x;
      const width = (columnX[column + span] ?? x) - x;
      column += span;
      if (cell.merge === 'continue') continue;
      let bottom = r + 1;
      if (cell.merge === 'restart') {
        while (
          bottom < grid.rows.length &&
          grid.rows[bottom]?.cells.some((c, i) => c.merge === 'continue' && startOf(grid.rows[bottom]?.cells ?? [], i) === column - span)
        )
          bottom++;
      }
      const y = rowY[r] ?? grid.y;
      const height = (rowY[bottom] ?? y) - y;
      shapes.push({ kind: 'rect', x, y, width, height, lineWidth: THIN, ...(cell.shaded ? { shaded: true } : {}) });
      if (cell.logo && withLogo) shapes.push({ kind: 'logo', x: x + (width - LOGO_MM) / 2, y: y + PAD.y, width: LOGO_MM, height: LOGO_MM });
      shapes.push(...cellText(cell, x, y, width, height));
    }
  });
  return shapes;
}

/** The grid column a row's cell `index` starts at. */
function startOf(cells: readonly SopCell[], index: number): number {
  let column = 0;
  for (let i = 0; i < index; i++) column += cells[i]?.span ?? 1;
  return column;
}

/** The grid's height in mm. */
export const gridHeight = (grid: SopGrid): number => grid.rows.reduce((h, r) => h + r.height, 0);
