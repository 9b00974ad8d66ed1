import type { SopCell, SopGrid, SopGridRow } from '../../protocol/sop-sheet';
import { lineHeight } from './text-measure';
import type { SopDocument } from './sop-documents';
import { BODY, CONTENT_WIDTH, PAD, PAGE, cellHeight, emptyCell, textBlock, textCell } from './sheet-grid';

/**
 * The identity sheet (PermenPANRB 35/2012): the agency's heading beside NOMOR SOP, the dates,
 * DISAHKAN OLEH and NAMA SOP, then the paired boxes. Its grid: the heading | label | label | value
 * above, half | half below (the label's two columns meet the page's middle).
 */
const HEADING = 120;
const LABEL = 55;
const HALF = CONTENT_WIDTH / 2;
const VALUE = CONTENT_WIDTH - HEADING - LABEL;
const COLUMNS = [HEADING, HALF - HEADING, LABEL - (HALF - HEADING), VALUE];
const MIN_ROW = 8;
/** Room to sign between the position and the name. */
const SIGNATURE_LINES = 3;

const BOLD = { ...BODY, bold: true } as const;
const TITLE = { size: 10, bold: true, anchor: 'middle' } as const;
const CENTRED = { ...BODY, anchor: 'middle' } as const;
const PARENT = { size: 9, anchor: 'middle' } as const;

/** Numbered items (one item unnumbered), each wrapped to the box with its number on its first line. */
function numbered(items: readonly string[], width: number): SopCell {
  const text = items.length === 1 ? [items[0] ?? ''] : items.map((item, i) => `${i + 1}. ${item}`);
  return { text: [{ lines: text.flatMap((t) => textBlock(t, width).lines), style: BODY }], span: 2 };
}

const row = (cells: SopCell[], least = MIN_ROW): SopGridRow => ({ height: Math.max(least, ...cells.map(cellHeight)), cells });

/** The heading's text: the parent body, the agency in bold capitals, its address. */
function headingCell(doc: SopDocument): SopCell {
  const { nama, induk, alamat, logo } = doc.instansi;
  const text = [
    textBlock(induk.toUpperCase(), HEADING, PARENT),
    textBlock(nama.toUpperCase(), HEADING, TITLE),
    textBlock(alamat, HEADING, CENTRED),
  ];
  return { text: text.filter((b) => b.lines.length > 0), merge: 'restart', middle: true, ...(logo ? { logo: true } : {}) };
}

/** The rows beside the heading: label | value. */
function identityRows(doc: SopDocument): SopGridRow[] {
  const id = doc.identity;
  const approver = id.disahkanOleh;
  const label = (text: string): SopCell => textCell(text, LABEL, BOLD, { span: 2, middle: true });
  const value = (text: string, style = BODY): SopCell => textCell(text, VALUE, style, { middle: true });
  const signed: SopCell = {
    text: [
      textBlock(approver.jabatan, VALUE, CENTRED),
      { lines: Array<string>(SIGNATURE_LINES).fill(''), style: CENTRED },
      textBlock(approver.nama, VALUE, { ...CENTRED, bold: true }),
      textBlock(approver.nip ? `NIP. ${approver.nip}` : '', VALUE, CENTRED),
    ].filter((b) => b.lines.length > 0),
  };
  const pairs: [string, SopCell][] = [
    ['NOMOR SOP', value(id.nomor)],
    ['TANGGAL PEMBUATAN', value(id.tanggalPembuatan)],
    ['TANGGAL REVISI', value(id.tanggalRevisi)],
    ['TANGGAL EFEKTIF', value(id.tanggalEfektif)],
    ['DISAHKAN OLEH', signed],
    ['NAMA SOP', value(id.nama, BOLD)],
  ];
  const rows = pairs.map(([l, v], i) => row([i === 0 ? headingCell(doc) : emptyCell({ merge: 'continue' }), label(l), v]));
  // The heading cell spans the six rows: the signature's row grows when they are too short for it.
  const heading = rows[0]?.cells[0];
  const short = (heading ? cellHeight(heading) : 0) - rows.reduce((h, r) => h + r.height, 0);
  return short > 0 ? rows.map((r, i) => (i === 4 ? { ...r, height: r.height + short } : r)) : rows;
}

/** The three pairs of boxes: a bold title row, then the numbered items. */
function boxRows(doc: SopDocument): SopGridRow[][] {
  const id = doc.identity;
  const pairs: [string, readonly string[], string, readonly string[]][] = [
    ['DASAR HUKUM:', id.dasarHukum, 'KUALIFIKASI PELAKSANA:', id.kualifikasiPelaksana],
    ['KETERKAITAN:', id.keterkaitan, 'PERALATAN/PERLENGKAPAN:', id.peralatan],
    ['PERINGATAN:', id.peringatan, 'PENCATATAN DAN PENDATAAN:', id.pencatatan],
  ];
  return pairs.map(([leftTitle, left, rightTitle, right]) => [
    row([textCell(leftTitle, HALF, BOLD, { span: 2 }), textCell(rightTitle, HALF, BOLD, { span: 2 })], 0),
    row([numbered(left, HALF), numbered(right, HALF)], 2 * MIN_ROW),
  ]);
}

/** A box's row taller than `room` cut in two: the lines that fit, then the rest. */
function cutRow(r: SopGridRow, room: number): [SopGridRow, SopGridRow] {
  const fit = Math.max(1, Math.floor((room - 2 * PAD.y) / lineHeight(BODY.size)));
  const part = (c: SopCell, from: number, to?: number): SopCell => ({
    ...c,
    text: c.text.map((b) => ({ ...b, lines: b.lines.slice(from, to) })),
  });
  const head = r.cells.map((c) => part(c, 0, fit));
  const rest = r.cells.map((c) => part(c, fit));
  return [row(head, 0), row(rest, 0)];
}

/**
 * The identity sheet's grids, one per page: the heading block on the first, the boxes after it;
 * a pair's title stays with its items, and items too long for a page go on over the next, under
 * their title again.
 */
export function identityGrids(doc: SopDocument, top: number, room: number): SopGrid[] {
  const grid = (rows: SopGridRow[]): SopGrid => ({ x: PAGE.margin, y: top, columns: COLUMNS, rows, exact: false });
  const pages: SopGridRow[][] = [identityRows(doc)];
  let used = pages[0]?.reduce((h, r) => h + r.height, 0) ?? 0;
  for (const [title, items] of boxRows(doc)) {
    if (!title || !items) continue;
    let rest: SopGridRow | undefined = items;
    while (rest) {
      if (used + title.height + Math.min(rest.height, 2 * MIN_ROW) > room) {
        pages.push([]);
        used = 0;
      }
      const page = pages[pages.length - 1] ?? [];
      const fits = room - used - title.height;
      const [now, later]: [SopGridRow, SopGridRow | undefined] = rest.height <= fits ? [rest, undefined] : cutRow(rest, fits);
      page.push(title, now);
      used += title.height + now.height;
      rest = later;
    }
  }
  return pages.map(grid);
}
