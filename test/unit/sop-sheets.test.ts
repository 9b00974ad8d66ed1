import assert from 'node:assert/strict';
import * as path from 'node:path';
import { before, describe, test } from 'node:test';
import type { SopCell, SopGrid, SopPage, SopShape, SopSheets } from '../../server/src/protocol/sop-sheet';
import { PpbWorkspace, type SopDocument } from '../../server/src/service';
import { textWidth } from '../../server/src/service/sop/text-measure';
import { hostileModel } from '../export/hostile-model';
import { sopFactsOf, workspaceOf, type SopFacts } from '../support/sop-facts';
import { REPO } from '../support/temp-model';

/**
 * The SOP AP pages as the language service lays them out (ws.sops()), checked against the model
 * and against geometry: what the PDF, SVG and DOCX writers draw without measuring anything.
 */

/** A4 landscape: the table ends 10 mm margin + 6 mm footer above the page's bottom edge. */
const PAGE = { width: 297, height: 210, margin: 10 } as const;
const TABLE_BOTTOM = 194;
/** The columns before the performers': No, Kegiatan. */
const FIRST_PERFORMER = 2;
const MM_PER_PT = 25.4 / 72;
const EPS = 0.01;

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}
type Text = Extract<SopShape, { kind: 'text' }>;
interface Sop {
  readonly document: SopDocument;
  readonly sheets: SopSheets;
  readonly facts: SopFacts;
}

const MODELS = [
  'samples/klambu',
  'samples/belajar/01-satu-berkas',
  'samples/belajar/02-keputusan',
  'samples/belajar/04-kode-varian',
  'samples/belajar/05-penghubung',
  'samples/belajar/08-langkah-bersama',
  'samples/belajar/09-sop',
  'test/fixtures/judged/variant-bpom-balai',
  'test/fixtures/sop/dinas-dukcapil',
];
const HOSTILE = 'hostile-model';

function sopsOf(ws: PpbWorkspace): Sop[] {
  const facts = sopFactsOf(ws);
  return ws.sops().map(({ document, sheets }) => {
    const f = facts.find((x) => x.kode === sheets.kode);
    assert.ok(f, `${sheets.kode}: no such SOP in the model`);
    return { document, sheets, facts: f };
  });
}

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
const rowTops = (grid: SopGrid): number[] => grid.rows.map((_, i) => grid.y + sum(grid.rows.slice(0, i).map((r) => r.height)));
const gridBottom = (grid: SopGrid): number => grid.y + sum(grid.rows.map((r) => r.height));
const columnLeft = (grid: SopGrid, i: number): number => grid.x + sum(grid.columns.slice(0, i));
const performerColumn = (grid: SopGrid, k: number): { left: number; right: number } => ({
  left: columnLeft(grid, FIRST_PERFORMER + k),
  right: columnLeft(grid, FIRST_PERFORMER + k + 1),
});

/** The cells of a grid as drawn: a span covers its columns, a `restart` the rows its `continue`s merge into it. */
function cellBoxes(grid: SopGrid): { box: Box; cell: SopCell }[] {
  const tops = [...rowTops(grid), gridBottom(grid)];
  const startOf = (cells: readonly SopCell[], index: number): number => sum(cells.slice(0, index).map((c) => c.span ?? 1));
  const out: { box: Box; cell: SopCell }[] = [];
  grid.rows.forEach((row, r) => {
    row.cells.forEach((cell, i) => {
      if (cell.merge === 'continue') return;
      const start = startOf(row.cells, i);
      const span = cell.span ?? 1;
      let last = r;
      if (cell.merge === 'restart')
        while (grid.rows[last + 1]?.cells.some((c, j) => c.merge === 'continue' && startOf(grid.rows[last + 1]?.cells ?? [], j) === start))
          last++;
      const x = columnLeft(grid, start);
      const y = tops[r] ?? 0;
      out.push({ box: { x, y, width: columnLeft(grid, start + span) - x, height: (tops[last + 1] ?? y) - y }, cell });
    });
  });
  return out;
}

/** Where a text's ink lies: its widest line from its anchor, from the first line's ascent to the last's descent. */
function textBox(t: Text): Box {
  const width = Math.max(0, ...t.lines.map((l) => textWidth(l, t.style.size, t.style.bold === true)));
  const anchor = t.style.anchor ?? 'start';
  const x = anchor === 'start' ? t.x : anchor === 'middle' ? t.x - width / 2 : t.x - width;
  const em = t.style.size * MM_PER_PT;
  const y = t.y - 0.8 * em;
  return { x, y, width, height: (t.lines.length - 1) * t.lineHeight + em };
}

function shapeBox(s: SopShape): Box {
  if (s.kind === 'text') return textBox(s);
  if (s.kind === 'rect' || s.kind === 'logo') return s;
  const xs = s.points.map((p) => p.x);
  const ys = s.points.map((p) => p.y);
  return { x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
}

const inside = (b: Box, outer: Box): boolean =>
  b.x >= outer.x - EPS &&
  b.y >= outer.y - EPS &&
  b.x + b.width <= outer.x + outer.width + EPS &&
  b.y + b.height <= outer.y + outer.height + EPS;
const contains = (outer: Box, x: number, y: number): boolean =>
  x >= outer.x - EPS && x <= outer.x + outer.width + EPS && y >= outer.y - EPS && y <= outer.y + outer.height + EPS;
const show = (b: Box): string => `x ${b.x.toFixed(1)}–${(b.x + b.width).toFixed(1)}, y ${b.y.toFixed(1)}–${(b.y + b.height).toFixed(1)}`;

/** A symbol of the flow: a box or capsule, a diamond, a connector's pentagon (not an arrowhead, which is filled). */
const isSymbol = (s: SopShape): boolean => s.kind === 'rect' || (s.kind === 'polygon' && s.filled !== true);
const textOf = (cell: SopCell | undefined): string => (cell?.text ?? []).flatMap((b) => b.lines).join(' ');

/**
 * A procedure page's rows: the header, connector strips (every cell empty), steps (numbered), and
 * the parts that go on with the text of a step too tall for a page (unnumbered, no symbol).
 */
function rowsOf(page: SopPage): { kind: 'header' | 'strip' | 'step' | 'part'; number: number; top: number; bottom: number }[] {
  const tops = rowTops(page.grid);
  return page.grid.rows.map((row, i) => {
    const top = tops[i] ?? 0;
    const bottom = top + row.height;
    if (row.header === true) return { kind: 'header', number: 0, top, bottom };
    if (row.cells.every((c) => c.text.length === 0)) return { kind: 'strip', number: 0, top, bottom };
    const number = textOf(row.cells[0]);
    return /^\d+$/.test(number) ? { kind: 'step', number: Number(number), top, bottom } : { kind: 'part', number: 0, top, bottom };
  });
}

const procedurePages = (sheets: SopSheets): SopPage[] => sheets.pages.filter((p) => p.kind === 'procedure');

/** The connector numbers drawn in a page's strip at its top and at its bottom. */
function connectors(page: SopPage): { top: number[]; bottom: number[] } {
  const rows = rowsOf(page);
  const firstBody = rows.findIndex((r) => r.kind !== 'header');
  const numbersIn = (row: { top: number; bottom: number } | undefined): number[] =>
    row
      ? (page.flow?.shapes ?? [])
          .filter(
            (s): s is Text =>
              s.kind === 'text' && s.lines.length === 1 && /^\d+$/.test(s.lines[0] ?? '') && s.y > row.top && s.y < row.bottom,
          )
          .map((s) => Number(s.lines[0]))
      : [];
  const top = rows[firstBody]?.kind === 'strip' ? numbersIn(rows[firstBody]) : [];
  const last = rows[rows.length - 1];
  const bottom = last?.kind === 'strip' && rows.length - 1 !== firstBody ? numbersIn(last) : [];
  return { top, bottom };
}

describe('the SOP AP pages laid out (ws.sops())', () => {
  const models = new Map<string, Sop[]>();
  before(async () => {
    for (const m of MODELS) models.set(path.basename(m), sopsOf(await workspaceOf(path.join(REPO, m))));
    const ws = new PpbWorkspace();
    ws.setFile('file:///hostile/model.ppb.yaml', hostileModel());
    models.set(HOSTILE, sopsOf(ws));
  });
  const each = (name: string): Sop[] => {
    const sops = models.get(name);
    assert.ok(sops && sops.length > 0, `${name}: no SOP`);
    return sops;
  };

  for (const name of [...MODELS.map((m) => path.basename(m)), HOSTILE]) {
    test(`${name}: every page is A4 landscape and its table ends above the footer (bottom ≤ ${TABLE_BOTTOM} mm)`, () => {
      const over: string[] = [];
      for (const { sheets } of each(name)) {
        assert.deepEqual([sheets.width, sheets.height], [PAGE.width, PAGE.height], sheets.kode);
        sheets.pages.forEach((p, i) => {
          const bottom = gridBottom(p.grid);
          if (bottom > TABLE_BOTTOM + EPS) over.push(`${sheets.kode} page ${i + 1} (${p.kind}): ${bottom.toFixed(1)} mm`);
        });
      }
      assert.deepEqual(over, []);
    });
  }

  for (const name of [...MODELS.map((m) => path.basename(m)), HOSTILE]) {
    test(`${name}: each step's symbol stands in its performer's column, inside its row; connectors in a performer's column`, () => {
      const wrong: string[] = [];
      for (const { sheets, facts } of each(name)) {
        for (const page of procedurePages(sheets)) {
          const { grid } = page;
          const symbols = (page.flow?.shapes ?? []).filter(isSymbol).map(shapeBox);
          const performers = facts.performers.map((_, k) => performerColumn(grid, k));
          for (const row of rowsOf(page).filter((r) => r.kind !== 'header')) {
            const here = symbols.filter((b) => b.y + b.height / 2 > row.top && b.y + b.height / 2 < row.bottom);
            const step = facts.steps[row.number - 1];
            const allowed =
              row.kind === 'strip'
                ? performers
                : row.kind === 'step'
                  ? (step?.pelaksana ?? []).map((p) => performers[facts.performers.indexOf(p)])
                  : [];
            for (const b of here) {
              const ok = allowed.some(
                (c) => c && inside(b, { x: c.left, y: row.top, width: c.right - c.left, height: row.bottom - row.top }),
              );
              if (!ok) wrong.push(`${sheets.kode} ${row.kind} ${row.number}: a symbol at ${show(b)} outside its column and row`);
            }
            if (row.kind === 'step' && here.length === 0) wrong.push(`${sheets.kode} step ${row.number}: no symbol`);
          }
        }
      }
      assert.deepEqual(wrong, []);
    });
  }

  for (const name of [...MODELS.map((m) => path.basename(m)), HOSTILE]) {
    test(`${name}: no text of a table cell runs past its cell (by Helvetica's widths)`, () => {
      const wrong: string[] = [];
      for (const { sheets } of each(name)) {
        sheets.pages.forEach((page, i) => {
          const flowTexts = new Set<SopShape>(page.flow?.shapes ?? []);
          const cells = cellBoxes(page.grid);
          for (const s of page.shapes) {
            if (s.kind !== 'text' || flowTexts.has(s)) continue;
            const cell = cells.find((c) => contains(c.box, s.x, s.y));
            if (!cell) continue;
            const b = textBox(s);
            if (!inside(b, cell.box))
              wrong.push(`${sheets.kode} p${i + 1} "${s.lines.join(' ').slice(0, 40)}" at ${show(b)}: past its cell ${show(cell.box)}`);
          }
        });
      }
      assert.deepEqual(wrong.slice(0, 20), [], `${wrong.length} texts`);
    });
  }

  for (const name of [...MODELS.map((m) => path.basename(m)), HOSTILE]) {
    test(`${name}: the running title, DRAF, the number and "Halaman n dari m" stay within the page's margins, above and below the table, apart`, () => {
      const wrong: string[] = [];
      for (const { sheets } of each(name)) {
        sheets.pages.forEach((page, i) => {
          const cells = cellBoxes(page.grid);
          const running = page.shapes
            .filter((s): s is Text => s.kind === 'text' && !cells.some((c) => contains(c.box, s.x, s.y)))
            .filter((s) => !(page.flow?.shapes ?? []).includes(s));
          const texts = running.map((t) => t.lines.join(' '));
          assert.ok(texts.includes(`Halaman ${i + 1} dari ${sheets.pages.length}`), `${sheets.kode} p${i + 1}: ${texts.join(' | ')}`);
          assert.equal(texts.includes('DRAF'), sheets.draft, `${sheets.kode} p${i + 1}: DRAF`);
          const boxes = running.map(textBox);
          boxes.forEach((b, k) => {
            const where = `${sheets.kode} p${i + 1} "${(texts[k] ?? '').slice(0, 40)}" at ${show(b)}`;
            if (!inside(b, { x: PAGE.margin, y: 0, width: PAGE.width - 2 * PAGE.margin, height: PAGE.height }))
              wrong.push(`${where}: past the margins`);
            if (b.y < page.grid.y && b.y + b.height > page.grid.y) wrong.push(`${where}: into the table`);
            for (const o of boxes.slice(k + 1))
              if (b.x < o.x + o.width && o.x < b.x + b.width && b.y < o.y + o.height && o.y < b.y + b.height)
                wrong.push(`${where}: over ${show(o)}`);
          });
        });
      }
      assert.deepEqual(wrong.slice(0, 20), [], `${wrong.length} texts`);
    });
  }

  test("the flow's texts (branch labels, notes, connector numbers) stay inside the performer column they stand in", () => {
    const wrong: string[] = [];
    for (const name of [...MODELS.map((m) => path.basename(m)), HOSTILE]) {
      for (const { sheets, facts } of each(name)) {
        procedurePages(sheets).forEach((page) => {
          const columns = facts.performers.map((_, k) => performerColumn(page.grid, k));
          for (const s of page.flow?.shapes ?? []) {
            if (s.kind !== 'text') continue;
            const b = textBox(s);
            const c = columns.find((x) => s.x >= x.left - EPS && s.x <= x.right + EPS);
            if (!c || b.x < c.left - EPS || b.x + b.width > c.right + EPS)
              wrong.push(`${sheets.kode} "${s.lines.join(' ')}" at x ${b.x.toFixed(1)}–${(b.x + b.width).toFixed(1)}`);
          }
        });
      }
    }
    assert.deepEqual(wrong.slice(0, 10), [], `${wrong.length} texts`);
  });

  test('every break between procedure pages: the continuing line ends at a numbered connector at the bottom and starts from the same number at the top of the next; every number is drawn twice', () => {
    let breaks = 0;
    for (const name of [...MODELS.map((m) => path.basename(m)), HOSTILE]) {
      for (const { sheets, document } of each(name)) {
        const pages = procedurePages(sheets);
        const marks = pages.map(connectors);
        const bottoms = marks.flatMap((m) => m.bottom).sort((a, b) => a - b);
        const tops = marks.flatMap((m) => m.top).sort((a, b) => a - b);
        assert.deepEqual(tops, bottoms, `${sheets.kode}: the numbers at the pages' tops and bottoms`);
        assert.deepEqual(
          bottoms,
          bottoms.map((_, i) => i + 1),
          `${sheets.kode}: numbered from 1`,
        );
        for (const n of bottoms)
          assert.notEqual(
            marks.findIndex((m) => m.bottom.includes(n)),
            marks.findIndex((m) => m.top.includes(n)),
            `${sheets.kode}: connector ${n} on one page`,
          );
        pages.slice(1).forEach((page, i) => {
          const prev = pages[i];
          if (!prev) return;
          const lastRow = rowsOf(prev)
            .filter((r) => r.kind === 'step')
            .pop();
          const firstRow = rowsOf(page).find((r) => r.kind === 'step');
          const row = lastRow && document.table.rows[lastRow.number - 1];
          if (!row || !firstRow || !row.next.some((l) => l.to === firstRow.number)) return;
          breaks++;
          const shared = (marks[i]?.bottom ?? []).filter((n) => (marks[i + 1]?.top ?? []).includes(n));
          assert.ok(
            shared.length > 0,
            `${sheets.kode}: step ${lastRow.number} → ${firstRow.number} across pages ${i + 1}/${i + 2} has no connector`,
          );
        });
      }
    }
    assert.ok(breaks >= 22, `${breaks} breaks seen`);
  });

  test('Dukcapil: the loop back from step 10 ("Tidak") to step 7 on the page before is a connector pair too', () => {
    const sop = each('dinas-dukcapil').find((s) => s.sheets.kode === 'DUKCAPIL.02.01.CFM.01.SOP.01');
    assert.ok(sop);
    const pages = procedurePages(sop.sheets);
    assert.ok(pages.length >= 2, `${pages.length} procedure pages`);
    const pageOf = (n: number): number => pages.findIndex((p) => rowsOf(p).some((r) => r.kind === 'step' && r.number === n));
    assert.ok(pageOf(10) > pageOf(7), 'step 10 after the break');
    const marks = pages.map(connectors);
    const back = (marks[pageOf(10)]?.bottom ?? []).filter((n) => (marks[pageOf(7)]?.top ?? []).includes(n));
    assert.equal(back.length, 1, `connectors ${JSON.stringify(marks)}`);
  });

  test("a joint step (several pelaksana) draws its symbol in each performer's column, joined by a dashed line", () => {
    const joint = [
      ...each('08-langkah-bersama').map((s) => ({ s, n: 2 })),
      ...each('08-langkah-bersama').map((s) => ({ s, n: 4 })),
      ...each('dinas-dukcapil')
        .filter((s) => s.sheets.kode === 'DUKCAPIL.02.01.CFM.01.SOP.01')
        .map((s) => ({ s, n: 3 })),
    ];
    assert.equal(joint.length, 3);
    for (const { s, n } of joint) {
      const step = s.facts.steps[n - 1];
      assert.ok(step && step.pelaksana.length >= 2, `${s.sheets.kode} step ${n} is joint`);
      const page = procedurePages(s.sheets).find((p) => rowsOf(p).some((r) => r.kind === 'step' && r.number === n));
      assert.ok(page);
      const row = rowsOf(page).find((r) => r.kind === 'step' && r.number === n);
      assert.ok(row);
      const symbols = (page.flow?.shapes ?? [])
        .filter(isSymbol)
        .map(shapeBox)
        .filter((b) => b.y > row.top && b.y + b.height < row.bottom);
      for (const p of step.pelaksana) {
        const c = performerColumn(page.grid, s.facts.performers.indexOf(p));
        assert.equal(symbols.filter((b) => b.x >= c.left && b.x + b.width <= c.right).length, 1, `${s.sheets.kode} step ${n}: ${p}`);
      }
      const dashed = (page.flow?.shapes ?? []).filter((x) => x.kind === 'line' && x.dashed === true).map(shapeBox);
      assert.ok(
        dashed.some((b) => b.y > row.top && b.y < row.bottom),
        `${s.sheets.kode} step ${n}: a dashed line joins the symbols`,
      );
    }
  });

  test('every procedure page opens with the two header rows, marked header (repeated by Word), naming No, Kegiatan, every performer and Mutu Baku; no other row is header', () => {
    for (const name of [...MODELS.map((m) => path.basename(m)), HOSTILE]) {
      for (const { sheets, facts } of each(name)) {
        for (const page of sheets.pages) {
          const flags = page.grid.rows.map((r) => r.header === true);
          if (page.kind === 'identity') {
            assert.ok(!flags.includes(true), `${sheets.kode}: an identity row marked header`);
            continue;
          }
          assert.deepEqual(flags.slice(0, 3), [true, true, false], sheets.kode);
          assert.equal(flags.filter(Boolean).length, 2, sheets.kode);
          const header = page.grid.rows.slice(0, 2).flatMap((r) => r.cells.map(textOf));
          const squeeze = (t: string): string => t.replace(/\s+/g, '');
          for (const t of ['No', 'Kegiatan', 'Pelaksana', 'Mutu Baku', 'Kelengkapan', 'Waktu', 'Output', 'Keterangan', ...facts.lanes])
            assert.ok(header.map(squeeze).includes(squeeze(t)), `${sheets.kode}: "${t}" in the header`);
        }
      }
    }
  });

  test('a dokumen step is drawn as a box with the note "Dokumen" inside it, in its performer\'s column and row', () => {
    let seen = 0;
    for (const name of [...MODELS.map((m) => path.basename(m)), HOSTILE]) {
      for (const { sheets, facts } of each(name)) {
        for (const page of procedurePages(sheets)) {
          const notes = (page.flow?.shapes ?? []).filter((s): s is Text => s.kind === 'text' && s.lines.join(' ') === 'Dokumen');
          const rows = rowsOf(page).filter((r) => r.kind === 'step');
          for (const row of rows) {
            const step = facts.steps[row.number - 1];
            const here = notes.filter((t) => t.y > row.top && t.y < row.bottom);
            if (step?.jenis !== 'dokumen') {
              assert.equal(here.length, 0, `${sheets.kode} step ${row.number}: a note "Dokumen" on a ${step?.jenis}`);
              continue;
            }
            seen++;
            const c = performerColumn(page.grid, facts.performers.indexOf(step.pelaksana[0] ?? ''));
            assert.equal(here.length, 1, `${sheets.kode} step ${row.number}: the note`);
            assert.ok(
              here.every((t) => t.x > c.left && t.x < c.right),
              `${sheets.kode} step ${row.number}: the note in its column`,
            );
            const box = (page.flow?.shapes ?? []).filter((s) => s.kind === 'rect' && s.radius === undefined).map(shapeBox);
            assert.ok(
              box.some(
                (b) =>
                  b.x >= c.left &&
                  b.x + b.width <= c.right &&
                  b.y > row.top &&
                  b.y < (here[0]?.y ?? 0) &&
                  (here[0]?.y ?? 0) < b.y + b.height,
              ),
              `${sheets.kode} step ${row.number}: a box around the note`,
            );
          }
        }
      }
    }
    assert.ok(seen >= 3, `${seen} dokumen steps`);
  });
});
