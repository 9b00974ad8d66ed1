import type { SopPage, SopShape, SopSheets } from '../../protocol/sop-sheet';
import { lineHeight, textWidth } from './text-measure';
import { identityGrids } from './identity-page';
import { procedurePages } from './procedure-pages';
import type { SopDocument } from './sop-documents';
import { CONTENT_WIDTH, PAGE, gridShapes } from './sheet-grid';

/** The table's top and bottom on every page; the running title above it, the footer under it. */
const TABLE_TOP = 12;
const TABLE_BOTTOM = PAGE.height - PAGE.margin - PAGE.footer;
const TITLE_BASELINE = 8.5;
const FOOTER_BASELINE = PAGE.height - PAGE.margin + 1;
const SMALL = 7.5;

/** The running title and, for a draft, DRAF, above the table; the code and page number under it. */
function pageText(doc: SopDocument, number: number, count: number): SopShape[] {
  const line = (x: number, y: number, text: string, anchor: 'start' | 'end', bold = false, size = SMALL): SopShape => ({
    kind: 'text',
    x,
    y,
    lines: [text],
    lineHeight: lineHeight(size),
    style: { size, bold, anchor },
  });
  const right = PAGE.width - PAGE.margin;
  const draftWidth = doc.identity.draft ? textWidth('DRAF', 12, true) + 5 : 0;
  // Cut to its line (the whole name is NAMA SOP on the identity sheet), clear of DRAF.
  const title = shortened(doc.identity.nama || doc.identity.kode, CONTENT_WIDTH - draftWidth, SMALL, true);
  return [
    line(PAGE.margin, TITLE_BASELINE, title, 'start', true),
    ...(doc.identity.draft ? [line(right, TITLE_BASELINE, 'DRAF', 'end', true, 12)] : []),
    line(PAGE.margin, FOOTER_BASELINE, doc.identity.nomor, 'start'),
    line(right, FOOTER_BASELINE, `Halaman ${number} dari ${count}`, 'end'),
  ];
}

/** `text` on one line of `width` mm: as it is, or cut at a word with an ellipsis. */
function shortened(text: string, width: number, size: number, bold: boolean): string {
  if (textWidth(text, size, bold) <= width) return text;
  const words = text.split(/\s+/);
  while (words.length > 1 && textWidth(`${words.join(' ')} …`, size, bold) > width) words.pop();
  let cut = `${words.join(' ')} …`;
  while (cut.length > 1 && textWidth(cut, size, bold) > width) cut = `${cut.slice(0, -2)}…`;
  return cut;
}

/** The footer's words, for a writer that sets its own (a word processor's footer). */
const footerOf = (doc: SopDocument, number: number, count: number): string => `${doc.identity.nomor} · Halaman ${number} dari ${count}`;

/**
 * An SOP AP document laid out on A4 landscape pages: the identity sheet, then the procedure
 * table over as many pages as it needs. Pure: the text is measured with Helvetica's metrics.
 */
export function sopSheets(doc: SopDocument, exportName: string): SopSheets {
  const withLogo = doc.instansi.logo !== undefined;
  const identity = identityGrids(doc, TABLE_TOP, TABLE_BOTTOM - TABLE_TOP).map((grid) => ({ kind: 'identity' as const, grid }));
  const procedure = procedurePages(doc.table, TABLE_TOP, TABLE_BOTTOM).map((p) => ({ kind: 'procedure' as const, ...p }));
  const all = [...identity, ...procedure];
  const pages: SopPage[] = all.map((p, i) => ({
    ...p,
    shapes: [...gridShapes(p.grid, withLogo), ...('flow' in p ? p.flow.shapes : []), ...pageText(doc, i + 1, all.length)],
    footer: footerOf(doc, i + 1, all.length),
  }));
  return {
    kode: doc.identity.kode,
    nama: doc.identity.nama,
    map: doc.map,
    exportName,
    draft: doc.identity.draft,
    width: PAGE.width,
    height: PAGE.height,
    pages,
  };
}
