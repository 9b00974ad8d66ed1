/**
 * An SOP AP document as a Word file: every page's table a real Word table (text editable), the
 * procedure table's rows at their exact heights, and its flow as one picture per page placed over
 * the performers' columns, where the PDF draws it. Through the `docx` library, which escapes
 * every text.
 */
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeightRule,
  HorizontalPositionRelativeFrom,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  TextWrappingType,
  VerticalAlignTable,
  VerticalMergeType,
  VerticalPositionRelativeFrom,
  WidthType,
} from 'docx';
import type { SopCell, SopGrid, SopPage, SopSheets } from '../../protocol/sop-sheet';
import { runsOf, THIN, twips } from '../document/docx-parts';
import type { DocxLogo } from '../document/docx-writer';
import { xmlText } from '../../service';

/** The flow of a procedure page, drawn: a PNG of `flow`'s box. */
export interface FlowPicture {
  readonly png: Uint8Array;
}

const FONT = 'Arial';
const EMU_PER_MM = 36000;
/** The layout's cell padding (sheet-grid.ts), in twips. */
const CELL_MARGIN = { top: twips(1.2), bottom: twips(1.2), left: twips(1.5), right: twips(1.5) } as const;
/** The paragraph that starts each page after the first: 1 pt high; the table moves down by it. */
const BREAK_LINE_TWIPS = 20;
const LOGO_MM = 22;
const SHADE = 'E6E6E6';

const halfPoints = (pt: number): number => Math.round(pt * 2);
const lineTwips = (pt: number): number => Math.round(pt * 1.2 * 20);

/** One paragraph per line the layout measured: Word then breaks them where the PDF does. */
function cellParagraphs(cell: SopCell): Paragraph[] {
  const paragraphs = cell.text.flatMap((block) => {
    const { style } = block;
    const alignment = style.anchor === 'middle' ? AlignmentType.CENTER : style.anchor === 'end' ? AlignmentType.RIGHT : AlignmentType.LEFT;
    const spacing = { before: 0, after: 0, line: lineTwips(style.size), lineRule: LineRuleType.EXACT };
    return block.lines.map(
      (line) => new Paragraph({ alignment, spacing, children: runsOf(line, { bold: style.bold === true, size: halfPoints(style.size) }) }),
    );
  });
  // A cell holds at least one paragraph.
  return paragraphs.length > 0
    ? paragraphs
    : [new Paragraph({ spacing: { before: 0, after: 0, line: BREAK_LINE_TWIPS, lineRule: LineRuleType.EXACT } })];
}

function logoParagraph(logo: DocxLogo): Paragraph {
  const side = (LOGO_MM / 25.4) * 96;
  const wide = logo.pixelWidth >= logo.pixelHeight;
  const width = wide ? side : (side * logo.pixelWidth) / logo.pixelHeight;
  const height = wide ? (side * logo.pixelHeight) / logo.pixelWidth : side;
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: twips(1.2) },
    children: [
      new ImageRun({ type: logo.type, data: logo.data, transformation: { width: Math.round(width), height: Math.round(height) } }),
    ],
  });
}

function wordTable(grid: SopGrid, logo: DocxLogo | undefined): Table {
  const columnWidths = grid.columns.map(twips);
  const rows = grid.rows.map((row) => {
    let column = 0;
    const cells = row.cells.map((cell) => {
      const span = cell.span ?? 1;
      const width = columnWidths.slice(column, column + span).reduce((a, b) => a + b, 0);
      column += span;
      return new TableCell({
        width: { size: width, type: WidthType.DXA },
        columnSpan: span > 1 ? span : undefined,
        verticalMerge:
          cell.merge === 'restart' ? VerticalMergeType.RESTART : cell.merge === 'continue' ? VerticalMergeType.CONTINUE : undefined,
        verticalAlign: cell.middle ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
        shading: cell.shaded ? { type: ShadingType.CLEAR, color: 'auto', fill: SHADE } : undefined,
        margins: CELL_MARGIN,
        children: [...(cell.logo && logo ? [logoParagraph(logo)] : []), ...cellParagraphs(cell)],
      });
    });
    return new TableRow({
      height: { value: twips(row.height), rule: grid.exact ? HeightRule.EXACT : HeightRule.ATLEAST },
      tableHeader: row.header === true,
      cantSplit: true,
      children: cells,
    });
  });
  return new Table({
    width: { size: columnWidths.reduce((a, w) => a + w, 0), type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    borders: { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN },
    rows,
  });
}

/** The flow's picture, behind the table's text, where the layout put it on the page. */
function flowImage(page: SopPage, picture: FlowPicture): ImageRun | undefined {
  const flow = page.flow;
  if (!flow) return undefined;
  const px = (mm: number): number => Math.round((mm / 25.4) * 96);
  return new ImageRun({
    type: 'png',
    data: picture.png,
    transformation: { width: px(flow.width), height: px(flow.height) },
    floating: {
      horizontalPosition: { relative: HorizontalPositionRelativeFrom.PAGE, offset: Math.round(flow.x * EMU_PER_MM) },
      verticalPosition: { relative: VerticalPositionRelativeFrom.PAGE, offset: Math.round(flow.y * EMU_PER_MM) },
      behindDocument: true,
      allowOverlap: true,
      lockAnchor: true,
      wrap: { type: TextWrappingType.NONE },
    },
  });
}

/** The running title (and DRAF) above the table, the number and page under it, as on the PDF's pages. */
function headerAndFooter(sheets: SopSheets, nomor: string, widthMm: number): { header: Header; footer: Footer } {
  const size = halfPoints(7.5);
  const tab = [{ type: TabStopType.RIGHT, position: twips(widthMm) }];
  const header = new Header({
    children: [
      new Paragraph({
        tabStops: tab,
        children: [
          ...runsOf(sheets.nama || sheets.kode, { bold: true, size }),
          ...(sheets.draft ? [new TextRun({ text: '\tDRAF', bold: true, size: halfPoints(12), color: 'C00000' })] : []),
        ],
      }),
    ],
  });
  const footer = new Footer({
    children: [
      new Paragraph({
        tabStops: tab,
        children: [
          ...runsOf(nomor, { size }),
          new TextRun({ children: ['\tHalaman ', PageNumber.CURRENT, ' dari ', PageNumber.TOTAL_PAGES], size }),
        ],
      }),
    ],
  });
  return { header, footer };
}

/**
 * The Word file of one SOP: `flows` holds each procedure page's picture by page index; `nomor` the
 * number the footer prints.
 */
export async function sopDocx(
  sheets: SopSheets,
  nomor: string,
  flows: ReadonlyMap<number, FlowPicture>,
  logo: DocxLogo | undefined,
): Promise<Uint8Array> {
  const first = sheets.pages[0];
  const top = first?.grid.y ?? 12;
  const left = first?.grid.x ?? 10;
  const tableWidth = first ? first.grid.columns.reduce((a, b) => a + b, 0) : sheets.width - 2 * left;
  const children: (Paragraph | Table)[] = [];
  sheets.pages.forEach((page, i) => {
    const picture = flows.get(i);
    const image = picture && flowImage(page, picture);
    if (i > 0 || image) {
      // Each page opens with a paragraph one point high, which anchors the page's flow picture.
      children.push(
        new Paragraph({
          pageBreakBefore: i > 0,
          spacing: { before: 0, after: 0, line: BREAK_LINE_TWIPS, lineRule: LineRuleType.EXACT },
          children: image ? [image] : [],
        }),
      );
    }
    children.push(wordTable(page.grid, logo));
  });
  // Word ends a section with a paragraph: one point high, so that a full page does not spill over.
  children.push(new Paragraph({ spacing: { before: 0, after: 0, line: BREAK_LINE_TWIPS, lineRule: LineRuleType.EXACT } }));
  const { header, footer } = headerAndFooter(sheets, nomor, tableWidth);
  const doc = new Document({
    title: xmlText(`${sheets.kode} ${sheets.nama}`.trim()),
    creator: 'PPB',
    lastModifiedBy: 'PPB',
    styles: { default: { document: { run: { font: FONT, size: halfPoints(8) } } } },
    sections: [
      {
        properties: {
          page: {
            // Word wants the portrait size and the orientation; it turns the sheet itself.
            size: { width: twips(sheets.height), height: twips(sheets.width), orientation: PageOrientation.LANDSCAPE },
            // The tables start where the layout put them, less the point of the paragraph before them.
            margin: {
              top: twips(top) - BREAK_LINE_TWIPS,
              left: twips(left),
              right: twips(sheets.width - left - tableWidth),
              bottom: twips(10),
              header: twips(5),
              footer: twips(6),
            },
          },
        },
        headers: { default: header },
        footers: { default: footer },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
