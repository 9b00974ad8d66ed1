import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { PpbWorkspace } from '../../../server/src/service';
import { documentSymbols, type PpbOutlineItem } from '../../../server/src/service/features/document-symbols';
import { variant, VALID } from '../../support/check';
import { splitValid } from '../helpers';
import { caretIn, folderWorkspace, JUDGED_FOLDERS } from './fixtures';

/** The outline as an indented text: `kind name — detail`, children two spaces in. */
function tree(items: readonly PpbOutlineItem[], depth = 0): string[] {
  return items.flatMap((i) => [
    `${'  '.repeat(depth)}${i.kind} ${i.name}${i.detail ? ` — ${i.detail}` : ''}`,
    ...tree(i.children, depth + 1),
  ]);
}

function outlineOf(files: Record<string, string>, file: string): { ws: PpbWorkspace; items: PpbOutlineItem[] } {
  const { ws } = caretIn({ ...files, 'caret.ppb.yaml': '|' });
  return { ws, items: documentSymbols(ws, `file:///ws/${file}`, 'en') };
}

/** Every item's range holds its selection; the selection is the id or code as written. */
function assertWellFormed(ws: PpbWorkspace, items: readonly PpbOutlineItem[], where: string): void {
  for (const i of items) {
    assert.ok(i.range.start <= i.selection.start && i.selection.end <= i.range.end, `${where}: ${i.name} range holds selection`);
    assert.ok(i.name.trim().length > 0, `${where}: empty name`);
    const text = ws.parsed(i.selection.uri)?.text.slice(i.selection.start, i.selection.end) ?? '';
    if (i.kind !== 'instansi' && i.key !== undefined)
      assert.equal(text.replace(/^['"]|['"]$/g, ''), i.key, `${where}: selection of ${i.name}`);
    assertWellFormed(ws, i.children, where);
  }
}

describe('document symbols', () => {
  test('one file: the organisation tree, goals, and processes > sub-processes > maps > steps', () => {
    const { ws, items } = outlineOf({ 'model.ppb.yaml': VALID }, 'model.ppb.yaml');
    assert.deepEqual(tree(items), [
      'instansi KECKLB — Kecamatan Klambu',
      'unit camat — Camat',
      '  unit sekretariat — Sekretariat Kecamatan',
      '    unit subbag_umum — Subbagian Umum dan Kepegawaian',
      'party bupati — Bupati Grobogan',
      'party penyedia — Penyedia Barang/Jasa',
      'goal T1 — Meningkatkan kapasitas SDM, sarana dan prasarana',
      '  target S1 — Meningkatnya kualitas pelayanan umum',
      '  target S2 — Meningkatnya kualitas kinerja dan akuntabilitas',
      'process KECKLB.06 — Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota',
      '  process KECKLB.06.03 — Administrasi Umum Perangkat Daerah',
      '    map KECKLB.06.03.CFM.02 — Penyediaan Bahan Logistik Kantor',
      '      step Start — subbag_umum',
      '      step Menyusun daftar kebutuhan bahan logistik — susun · subbag_umum',
      '      step Sesuai anggaran? — periksa · sekretariat',
      '      step Menyetujui pengadaan — setujui · camat',
      '      step End — subbag_umum',
      '  process KECKLB.06.04 — Pengadaan Barang Milik Daerah',
      '    map KECKLB.06.04.CFM.01 — Pengadaan Sarana Kantor',
      '      step Start — subbag_umum',
      '      step Memesan barang — subbag_umum',
      '      step Mengirim barang — penyedia',
      '      step End — subbag_umum',
    ]);
    assertWellFormed(ws, items, 'VALID');
    const process = items.find((i) => i.name === 'KECKLB.06');
    const text = ws.parsed('file:///ws/model.ppb.yaml')?.text ?? '';
    assert.ok(process && text.slice(process.range.start, process.range.end).startsWith('kode: KECKLB.06\n'));
    assert.ok(process && text.slice(process.range.start, process.range.end).endsWith('keluaran: [Barang tersedia]'));
  });

  test('in Indonesian, steps without a name are named by their kind', () => {
    const { ws } = caretIn({ 'model.ppb.yaml': VALID, 'c.ppb.yaml': '|' });
    const steps = tree(documentSymbols(ws, 'file:///ws/model.ppb.yaml', 'id')).filter(
      (l) => l.includes('step ') && l.includes('subbag_umum') && !l.includes('·'),
    );
    assert.deepEqual(
      steps.map((l) => l.trim()),
      [
        'step Mulai — subbag_umum',
        'step Selesai — subbag_umum',
        'step Mulai — subbag_umum',
        'step Memesan barang — subbag_umum',
        'step Selesai — subbag_umum',
      ],
    );
  });

  test('split files: maps whose process is in another file stand at the top', () => {
    const { ws, items } = outlineOf(
      { 'instansi.ppb.yaml': splitValid().instansi, 'proses.ppb.yaml': splitValid().proses, 'peta.ppb.yaml': splitValid().peta },
      'peta.ppb.yaml',
    );
    assert.deepEqual(
      tree(items).filter((l) => !l.startsWith(' ')),
      ['map KECKLB.06.03.CFM.02 — Penyediaan Bahan Logistik Kantor', 'map KECKLB.06.04.CFM.01 — Pengadaan Sarana Kantor'],
    );
    assertWellFormed(ws, items, 'peta');
  });

  test('a unit whose parent is in another file, and an `induk` loop, lose no unit', () => {
    const looped = variant('  camat:\n    nama: Camat\n', '  camat:\n    nama: Camat\n    induk: subbag_umum\n');
    const { items } = outlineOf({ 'model.ppb.yaml': looped }, 'model.ppb.yaml');
    const units = tree(items).filter((l) => l.includes('unit '));
    assert.deepEqual(units.map((l) => l.trim()).sort(), [
      'unit camat — Camat',
      'unit sekretariat — Sekretariat Kecamatan',
      'unit subbag_umum — Subbagian Umum dan Kepegawaian',
    ]);
    const other = outlineOf({ 'a.ppb.yaml': 'unit:\n  seksi:\n    nama: Seksi\n    induk: camat\n' }, 'a.ppb.yaml');
    assert.deepEqual(tree(other.items), ['unit seksi — Seksi']);
  });

  test('half-written YAML: what the text still holds, never a crash', () => {
    const text =
      'proses:\n  - kode: KECKLB.01\n    nama: Layanan\n    sub_proses:\n      - kode: KECKLB.01.01\n        nama: [Pendaftaran\n';
    const { ws, items } = outlineOf({ 'model.ppb.yaml': text }, 'model.ppb.yaml');
    assert.ok(ws.parsed('file:///ws/model.ppb.yaml')?.syntaxErrors.length);
    assert.deepEqual(tree(items).slice(0, 2), ['process KECKLB.01 — Layanan', '  process KECKLB.01.01']);
    for (let cut = 0; cut <= VALID.length; cut += 13) {
      const part = outlineOf({ 'model.ppb.yaml': VALID.slice(0, cut) }, 'model.ppb.yaml');
      assertWellFormed(part.ws, part.items, `VALID cut at ${cut}`);
    }
    assert.deepEqual(outlineOf({ 'model.ppb.yaml': '' }, 'model.ppb.yaml').items, []);
    assert.deepEqual(outlineOf({ 'model.ppb.yaml': '- just\n- a list\n' }, 'model.ppb.yaml').items, []);
    assert.deepEqual(outlineOf({}, 'none.ppb.yaml').items, []);
  });
});

describe('document symbols of real models read from disk', () => {
  test('the Klambu sample: each map file lists its maps with their steps', () => {
    const { ws, uri } = folderWorkspace('samples/klambu');
    const peta = uri('peta-lintas-fungsi/kecklb-06.ppb.yaml');
    const items = documentSymbols(ws, peta, 'id');
    const codes = ws
      .parsed(peta)
      ?.text.match(/^ {2}- kode: (\S+)/gm)
      ?.map((l) => l.replace(/^ {2}- kode: /, ''));
    assert.deepEqual(
      items.map((i) => `${i.kind} ${i.name}`),
      (codes ?? []).map((c) => `map ${c}`),
    );
    assert.ok(items.every((i) => i.children.length >= 3 && i.children.every((c) => c.kind === 'step')));
    assertWellFormed(ws, items, 'kecklb-06');
    const proses = documentSymbols(ws, uri('proses.ppb.yaml'), 'id');
    assert.deepEqual(
      proses.map((i) => i.name),
      ['KECKLB.01', 'KECKLB.02', 'KECKLB.03', 'KECKLB.04', 'KECKLB.05', 'KECKLB.06'],
    );
  });

  test('every judged model gives a well-formed outline', () => {
    for (const folder of JUDGED_FOLDERS) {
      const { ws } = folderWorkspace(`test/fixtures/judged/${folder}`);
      for (const uri of ws.uris()) assertWellFormed(ws, documentSymbols(ws, uri, 'en'), `${folder} ${uri}`);
    }
  });
});
