import type { SopCell, SopGrid, SopGridRow, SopShape } from '../../protocol/sop-sheet';
import {
  arrow,
  bottom,
  branchLabel,
  Channels,
  downPath,
  exitPoint,
  sidePath,
  symbolBox,
  symbolShapes,
  top,
  type Side,
  type SymbolBox,
} from './flow-drawing';
import type { SopRow, SopTable } from './sop-table';
import { lineHeight, textWidth, wrapText } from './text-measure';
import { BODY, CONTENT_WIDTH, HEADER, PAD, PAGE, cellHeight, emptyCell, textCell } from './sheet-grid';

/**
 * The procedure table (PermenPANRB 35/2012): No | Kegiatan | a column per performer | Mutu Baku
 * (Kelengkapan, Waktu, Output) | Keterangan, over as many pages as its rows need, the header on
 * each; a line that crosses a page break ends at a numbered off-page connector at the bottom of
 * its page and starts again from the same number at the top of the next.
 */
const MIN_ROW = 16;
const STRIP = 11;
const HEADER_TOP = 7;
const WIDE = { no: 8, kegiatan: 55, kelengkapan: 30, waktu: 18, output: 30, keterangan: 26 } as const;
const NARROW = { no: 8, kegiatan: 45, kelengkapan: 26, waktu: 16, output: 26, keterangan: 22 } as const;
/** Below this a performer's column is too narrow for its symbols: the other columns narrow. */
const LEAST_PERFORMER = 16;
const CONNECTOR_GAP = 9;
/** The note in a `dokumen` step's box. */
const NOTE_PT = 6;

/** Where a line turns across: between the row's top border and the symbol it goes down into. */
const halfway = (rowTop: number, target: SymbolBox): number => (rowTop + target.y) / 2;

const empty = emptyCell;
const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

interface Columns {
  readonly widths: readonly number[];
  /** Index in `widths` of the first performer's column. */
  readonly first: number;
  readonly performers: number;
}

function columnsOf(performers: number): Columns {
  const n = Math.max(1, performers);
  const fixed = (w: typeof WIDE | typeof NARROW): number => w.no + w.kegiatan + w.kelengkapan + w.waktu + w.output + w.keterangan;
  const w = (CONTENT_WIDTH - fixed(WIDE)) / n >= LEAST_PERFORMER ? WIDE : NARROW;
  const each = (CONTENT_WIDTH - fixed(w)) / n;
  return {
    widths: [w.no, w.kegiatan, ...Array<number>(n).fill(each), w.kelengkapan, w.waktu, w.output, w.keterangan],
    first: 2,
    performers: n,
  };
}

/** Type sizes a performer's name may take in its header, largest first: a narrow column takes a smaller one rather than cut a word. */
const HEADER_SIZES = [HEADER.size, 7, 6.5, 6] as const;

function performerHeader(name: string, width: number): SopCell {
  const words = name.split(/\s+/);
  const size = HEADER_SIZES.find((pt) => words.every((w) => textWidth(w, pt, true) <= width - 2 * PAD.x)) ?? 6;
  return textCell(name, width, { ...HEADER, size }, { middle: true, shaded: true });
}

function headerRows(table: SopTable, c: Columns): SopGridRow[] {
  const at = (i: number): number => c.widths[i] ?? 0;
  const names =
    table.columns.length > 0 ? table.columns.map((col, i) => performerHeader(col.label, at(c.first + i))) : [empty({ shaded: true })];
  const mutu = c.first + c.performers;
  const second: SopCell[] = [
    empty({ merge: 'continue' }),
    empty({ merge: 'continue' }),
    ...names,
    textCell('Kelengkapan', at(mutu), HEADER, { middle: true, shaded: true }),
    textCell('Waktu', at(mutu + 1), HEADER, { middle: true, shaded: true }),
    textCell('Output', at(mutu + 2), HEADER, { middle: true, shaded: true }),
    empty({ merge: 'continue' }),
  ];
  const first: SopCell[] = [
    textCell('No', at(0), HEADER, { merge: 'restart', middle: true, shaded: true }),
    textCell('Kegiatan', at(1), HEADER, { merge: 'restart', middle: true, shaded: true }),
    textCell('Pelaksana', sum(c.widths.slice(c.first, mutu)), HEADER, { span: c.performers, middle: true, shaded: true }),
    textCell('Mutu Baku', at(mutu) + at(mutu + 1) + at(mutu + 2), HEADER, { span: 3, middle: true, shaded: true }),
    textCell('Keterangan', at(mutu + 3), HEADER, { merge: 'restart', middle: true, shaded: true }),
  ];
  return [
    { height: Math.max(HEADER_TOP, ...first.filter((x) => !x.merge).map(cellHeight)), cells: first, header: true },
    { height: Math.max(HEADER_TOP, ...second.map(cellHeight)), cells: second, header: true },
  ];
}

function bodyRow(row: SopRow, c: Columns): SopGridRow {
  const at = (i: number): number => c.widths[i] ?? 0;
  const mutu = c.first + c.performers;
  const cells: SopCell[] = [
    textCell(String(row.number), at(0), { ...BODY, anchor: 'middle' }),
    textCell(row.kegiatan, at(1)),
    ...Array.from({ length: c.performers }, () => empty()),
    textCell(row.kelengkapan, at(mutu)),
    textCell(row.waktu, at(mutu + 1)),
    textCell(row.output, at(mutu + 2)),
    textCell(row.keterangan, at(mutu + 3)),
  ];
  return { height: Math.max(MIN_ROW, ...cells.map(cellHeight)), cells };
}

const stripRow = (c: Columns): SopGridRow => ({ height: STRIP, cells: c.widths.map(() => empty()) });

/**
 * Rows to pages: as many as fit under the header, room kept for a strip of connectors at the
 * bottom, and at the top from the second page on (on the first too when `topFirst`: a line
 * coming back to it from a later page).
 */
function pack(rows: readonly SopGridRow[], room: number, topFirst: boolean): number[][] {
  const pages: number[][] = [[]];
  let used = 0;
  rows.forEach((r, i) => {
    const page = pages[pages.length - 1] ?? [];
    if (page.length > 0 && used + r.height > room - (pages.length > 1 || topFirst ? STRIP : 0)) {
      pages.push([i]);
      used = r.height;
    } else {
      page.push(i);
      used += r.height;
    }
  });
  return pages;
}

/** The pages' rows, the page of each step's row, and the lines that cross from one page to another, numbered. */
function paged(
  table: SopTable,
  parts: readonly RowPart[],
  pages: number[][],
): { pages: number[][]; pageOf: Map<number, number>; breaks: PageBreakLink[] } {
  const pageOf = new Map<number, number>();
  pages.forEach((list, p) => list.forEach((i) => parts[i]?.first && pageOf.set(parts[i].row, p)));
  const breaks: PageBreakLink[] = [];
  table.rows.forEach((row, i) =>
    row.next.forEach((link) => {
      if (pageOf.get(i) !== pageOf.get(link.to - 1))
        breaks.push({ number: breaks.length + 1, from: i, to: link.to - 1, label: link.label });
    }),
  );
  return { pages, pageOf, breaks };
}

/** A table row, or the part of one taller than a page (its text goes on in the parts after it). */
interface RowPart {
  readonly row: number;
  readonly first: boolean;
  readonly grid: SopGridRow;
}

/** A row taller than `room` cut into parts that fit, each cell's lines shared out in order. */
function split(row: SopGridRow, room: number): SopGridRow[] {
  if (row.height <= room) return [row];
  const fit = Math.max(1, Math.floor((room - 2 * PAD.y) / lineHeight(BODY.size)));
  const most = Math.max(...row.cells.map((c) => c.text.reduce((n, b) => n + b.lines.length, 0)));
  const parts: SopGridRow[] = [];
  for (let from = 0; from < most; from += fit) {
    const cells = row.cells.map((c) => ({
      ...c,
      text: c.text.map((b) => ({ ...b, lines: b.lines.slice(from, from + fit) })).filter((b) => b.lines.length > 0),
    }));
    parts.push({ height: Math.max(MIN_ROW, ...cells.map(cellHeight)), cells });
  }
  return parts;
}

/** A line of the flow that leaves its page: its number, and the rows it joins. */
interface PageBreakLink {
  readonly number: number;
  readonly from: number;
  readonly to: number;
  readonly label: string | undefined;
}

export interface ProcedurePage {
  readonly grid: SopGrid;
  readonly flow: {
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly height: number;
    readonly shapes: readonly SopShape[];
  };
}

/** The procedure table's pages: each one's grid (header, strips, rows) and the flow drawn over it. */
export function procedurePages(table: SopTable, tableTop: number, tableBottom: number): ProcedurePage[] {
  const c = columnsOf(table.columns.length);
  const header = headerRows(table, c);
  const room = tableBottom - tableTop - sum(header.map((r) => r.height)) - STRIP;
  const parts = table.rows.flatMap((r, i) => split(bodyRow(r, c), room - STRIP).map((grid, k) => ({ row: i, first: k === 0, grid })));
  const grids = parts.map((p) => p.grid);
  let { pages, pageOf, breaks } = paged(table, parts, pack(grids, room, false));
  // A line back to the first page needs its top strip: then that page holds fewer rows.
  if (breaks.some((b) => pageOf.get(b.to) === 0)) ({ pages, pageOf, breaks } = paged(table, parts, pack(grids, room, true)));
  return pages.map((list, p) => {
    const rows = list.map((i) => parts[i]).filter((x) => x !== undefined);
    const incoming = breaks.filter((b) => pageOf.get(b.to) === p);
    const outgoing = breaks.filter((b) => pageOf.get(b.from) === p);
    const gridRows = [
      ...header,
      ...(incoming.length ? [stripRow(c)] : []),
      ...rows.map((r) => r.grid),
      ...(outgoing.length ? [stripRow(c)] : []),
    ];
    const grid: SopGrid = { x: PAGE.margin, y: tableTop, columns: c.widths, rows: gridRows, exact: true };
    return { grid, flow: drawFlow(table, c, grid, header.length, rows, incoming, outgoing) };
  });
}

/** The page's flow: symbols, lines, branch labels and off-page connectors over the performers' columns. */
function drawFlow(
  table: SopTable,
  c: Columns,
  grid: SopGrid,
  headerRows: number,
  rows: readonly RowPart[],
  incoming: readonly PageBreakLink[],
  outgoing: readonly PageBreakLink[],
): ProcedurePage['flow'] {
  const columnLeft = (k: number): number => grid.x + sum(c.widths.slice(0, c.first + k));
  const columnWidth = (k: number): number => c.widths[c.first + k] ?? 0;
  const rowTop: number[] = [];
  let y = grid.y;
  for (const r of grid.rows) {
    rowTop.push(y);
    y += r.height;
  }
  const bodyTop = rowTop[headerRows] ?? grid.y;
  const firstRow = headerRows + (incoming.length ? 1 : 0);
  // Each step's symbol stands in the first part of its row.
  const gridRowOf = new Map(rows.flatMap((r, i) => (r.first ? [[r.row, firstRow + i] as const] : [])));
  const columnIndex = new Map(table.columns.map((col, k) => [col.id, k]));
  const columnsOfRow = (row: SopRow): number[] => {
    const ks = row.columns.map((id) => columnIndex.get(id)).filter((k): k is number => k !== undefined);
    return ks.length > 0 ? [...new Set(ks)].sort((a, b) => a - b) : [0];
  };
  const shapes: SopShape[] = [];
  const boxes = new Map<number, SymbolBox>();
  for (const [r, g] of gridRowOf) {
    const row = table.rows[r];
    if (!row) continue;
    const cy = (rowTop[g] ?? 0) + (grid.rows[g]?.height ?? 0) / 2;
    const ks = columnsOfRow(row);
    const drawn = ks.map((k) => symbolBox(row.symbol, columnLeft(k) + columnWidth(k) / 2, cy, columnWidth(k)));
    const [first] = drawn;
    const last = drawn[drawn.length - 1];
    if (first && last && drawn.length > 1)
      shapes.push({ kind: 'line', points: [exitPoint(first, 'right'), exitPoint(last, 'left')], dashed: true, lineWidth: 0.3 });
    for (const b of drawn) shapes.push(...symbolShapes(row.symbol, b));
    // The note inside the box (SOP AP symbols hold no other text): clear of every line.
    if (row.note && first) {
      const size = textWidth(row.note, NOTE_PT) <= first.width - 0.6 ? NOTE_PT : NOTE_PT - 1;
      const lines = wrapText(row.note, first.width - 0.6, size);
      const lh = lineHeight(size);
      const top = first.y + (first.height - lines.length * lh) / 2;
      shapes.push({
        kind: 'text',
        x: first.x + first.width / 2,
        y: top + lh * 0.8,
        lines,
        lineHeight: lh,
        style: { size, anchor: 'middle' },
      });
    }
    if (first) boxes.set(r, first);
  }
  const channels = new Channels();
  const columnOfBox = (r: number): number => columnsOfRow(table.rows[r] as SopRow)[0] ?? 0;
  const columnBounds = (r: number): { left: number; right: number } => {
    const k = columnOfBox(r);
    return { left: columnLeft(k), right: columnLeft(k) + columnWidth(k) };
  };
  /** A side route from row `a`'s symbol to `target` in column `k`: along the target column's nearer edge. */
  const route = (
    from: SymbolBox,
    fromColumn: number,
    to: SymbolBox,
    k: number,
    used: Set<Side>,
  ): { points: ReturnType<typeof sidePath>; leaving: Side } => {
    let leaving: Side = k > fromColumn ? 'right' : k < fromColumn ? 'left' : used.has('right') ? 'left' : 'right';
    if (used.has(leaving) && k === fromColumn) leaving = leaving === 'right' ? 'left' : 'right';
    used.add(leaving);
    const entering: Side = k > fromColumn ? 'left' : k < fromColumn ? 'right' : leaving;
    const x = channels.take(columnLeft(k), columnLeft(k) + columnWidth(k), entering);
    return { points: sidePath(from, leaving, x, to, entering), leaving };
  };
  // The off-page connectors of the page, numbered, in their strips.
  const stripBox = (
    list: readonly PageBreakLink[],
    at: 'top' | 'bottom',
    rowOfLink: (b: PageBreakLink) => number,
  ): Map<number, SymbolBox> => {
    const placed = new Map<number, SymbolBox>();
    const g = at === 'top' ? headerRows : grid.rows.length - 1;
    const cy = (rowTop[g] ?? 0) + (grid.rows[g]?.height ?? 0) / 2;
    const byColumn = new Map<number, PageBreakLink[]>();
    for (const b of list) {
      const k = columnOfBox(rowOfLink(b));
      byColumn.set(k, [...(byColumn.get(k) ?? []), b]);
    }
    for (const [k, links] of byColumn) {
      links.forEach((b, i) => {
        const cx = columnLeft(k) + columnWidth(k) / 2 + (i - (links.length - 1) / 2) * CONNECTOR_GAP;
        const box = symbolBox('page', cx, cy, columnWidth(k));
        placed.set(b.number, box);
        shapes.push(...symbolShapes('page', box));
        shapes.push({
          kind: 'text',
          x: cx,
          y: box.y + 3.6,
          lines: [String(b.number)],
          lineHeight: 2.6,
          style: { size: 6.5, bold: true, anchor: 'middle' },
        });
      });
    }
    return placed;
  };
  const ins = stripBox(incoming, 'top', (b) => b.to);
  const outs = stripBox(outgoing, 'bottom', (b) => b.from);
  const lastRow = rows[rows.length - 1]?.row;
  const firstBodyRow = rows[0]?.first ? rows[0].row : undefined;
  // Lines within the page, and to the connectors at its bottom.
  for (const r of gridRowOf.keys()) {
    const row = table.rows[r];
    const from = boxes.get(r);
    if (!row || !from) continue;
    const used = new Set<Side>();
    row.next.forEach((link, j) => {
      const to = link.to - 1;
      const target = boxes.get(to);
      const label = link.label;
      const g = gridRowOf.get(to);
      if (target && g !== undefined) {
        if (j === 0 && to === r + 1) {
          shapes.push(...arrow(downPath(bottom(from), top(target), halfway(rowTop[g] ?? 0, target))));
          if (label) shapes.push(branchLabel(label, from, 'down', columnBounds(r)));
          return;
        }
        const { points, leaving } = route(from, columnOfBox(r), target, columnOfBox(to), used);
        shapes.push(...arrow(points));
        if (label) shapes.push(branchLabel(label, from, leaving, columnBounds(r), to < r ? 'below' : 'above'));
        return;
      }
      const brk = outgoing.find((b) => b.from === r && b.to === to && b.label === label);
      const box = brk && outs.get(brk.number);
      if (!box) return;
      if (r === lastRow && j === 0) {
        shapes.push(...arrow(downPath(bottom(from), top(box), box.y - 1.5)));
        if (label) shapes.push(branchLabel(label, from, 'down', columnBounds(r)));
      } else {
        const { points, leaving } = route(from, columnOfBox(r), box, columnOfBox(r), used);
        shapes.push(...arrow(points));
        if (label) shapes.push(branchLabel(label, from, leaving, columnBounds(r), 'above'));
      }
    });
  }
  // Lines from the connectors at the page's top to their rows.
  for (const b of incoming) {
    const box = ins.get(b.number);
    const target = boxes.get(b.to);
    const g = gridRowOf.get(b.to);
    if (!box || !target || g === undefined) continue;
    if (b.to === firstBodyRow) shapes.push(...arrow(downPath(bottom(box), top(target), halfway(rowTop[g] ?? 0, target))));
    else shapes.push(...arrow(route(box, columnOfBox(b.to), target, columnOfBox(b.to), new Set()).points));
  }
  const left = columnLeft(0);
  const bottomY = rowTop[rowTop.length - 1] ?? 0;
  const height = bottomY + (grid.rows[grid.rows.length - 1]?.height ?? 0) - bodyTop;
  return { x: left, y: bodyTop, width: sum(c.widths.slice(c.first, c.first + c.performers)), height, shapes };
}
