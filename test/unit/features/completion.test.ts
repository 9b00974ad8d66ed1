import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PpbWorkspace, type Lang } from '../../../server/src/service';
import { completions, type PpbCompletionItem } from '../../../server/src/service/features/completion';
import { withCaret } from '../../support/caret';
import { collect, VALID, variant } from '../../support/check';
import { acceptItem, expandSnippet } from '../../support/snippet-text';

interface Completed {
  readonly items: PpbCompletionItem[];
  readonly text: string;
  readonly ws: PpbWorkspace;
  readonly uri: string;
  readonly offset: number;
}

function complete(files: Record<string, string>, options: { lang?: Lang; trigger?: string; ws?: PpbWorkspace } = {}): Completed {
  const { ws, caret } = withCaret(files, options.ws);
  const items = completions(ws, caret.uri, caret.offset, options.lang ?? 'en', options.trigger);
  return { items, text: ws.parsed(caret.uri)?.text ?? '', ws, uri: caret.uri, offset: caret.offset };
}

/** VALID as one file with the cursor put in by replacing `from` with `to` (holding `|`). */
function inValid(from: string, to: string, options: { lang?: Lang; trigger?: string } = {}): Completed {
  return complete({ 'model.ppb.yaml': variant(from, to) }, options);
}

const labels = (c: Completed): string[] => c.items.map((i) => i.label);
const item = (c: Completed, label: string): PpbCompletionItem => {
  const found = c.items.find((i) => i.label === label);
  assert.ok(found, `no item ${label} in ${labels(c).join(', ')}`);
  return found;
};
/** The text an item's range covers. */
const replaced = (c: Completed, i: PpbCompletionItem): string => c.text.slice(i.replace.start, i.replace.end);
/** Diagnostics of the model after the item is accepted with the given stop values. */
function afterAccepting(c: Completed, i: PpbCompletionItem, fills: Record<number, string> = {}): { text: string; codes: string[] } {
  const text = acceptItem(c.text, i, fills);
  const ws = new PpbWorkspace();
  for (const uri of c.ws.uris()) ws.setFile(uri, uri === c.uri ? text : (c.ws.parsed(uri)?.text ?? ''));
  return { text, codes: collect(ws).map((f) => `${f.code}:${f.text}`) };
}

const STEP_KEYS = ['id', 'jenis', 'nama', 'pelaksana', 'masukan', 'keluaran', 'waktu', 'keterangan', 'lanjut', 'cabang', 'peta'];

describe('keys on a blank line, at each level', () => {
  test('top level: the keys not in this file, and no second instansi when another file has it', () => {
    const c = complete({ 'model.ppb.yaml': VALID, 'baru.ppb.yaml': 'versi: 1\n|\n' });
    assert.deepEqual(labels(c), ['unit', 'pemangku_kepentingan', 'tujuan', 'proses', 'peta_lintas_fungsi', 'relasi']);
    assert.equal(item(c, 'proses').detail, 'Processes (Level 0 map)');
    assert.match(item(c, 'proses').documentation ?? '', /Level 0 map/);
    const alone = complete({ 'a.ppb.yaml': '|' });
    assert.deepEqual(labels(alone), [
      'versi',
      'instansi',
      'unit',
      'pemangku_kepentingan',
      'tujuan',
      'proses',
      'peta_lintas_fungsi',
      'relasi',
    ]);
    assert.equal(item(alone, 'versi').insertText, 'versi: 1');
  });

  test('instansi and its pimpinan', () => {
    const c = inValid('  nama: Kecamatan Klambu\n', '  nama: Kecamatan Klambu\n  |\n');
    assert.deepEqual(labels(c), ['induk', 'alamat', 'periode', 'pimpinan', 'tugas', 'fungsi', 'logo', 'pengesahan', 'dasar_hukum']);
    assert.equal(item(c, 'pimpinan').insertText, 'pimpinan:\n    $1');
    const p = inValid('  nama: Kecamatan Klambu\n', '  nama: Kecamatan Klambu\n  pimpinan:\n    jabatan: Camat\n    |\n');
    assert.deepEqual(labels(p), ['nama', 'nip']);
  });

  test('a unit entry, and a new entry in unit:', () => {
    const c = inValid('    nama: Camat\n', '    nama: Camat\n    |\n');
    assert.deepEqual(labels(c), ['induk', 'singkatan', 'keterangan']);
    const fresh = inValid('unit:\n', 'unit:\n  |\n');
    assert.equal(fresh.items[0]?.label, 'new organisation unit');
    assert.equal(fresh.items[0]?.insertText, '${1:id}:\n    nama: $2');
  });

  test('a Level 0 process, a sub-process, a map, a step, a relation, a goal and a target', () => {
    const proses = inValid('    pelanggan: [camat]\n', '    pelanggan: [camat]\n    |\n');
    assert.deepEqual(labels(proses), ['pelaksana', 'keterangan', 'alur']); // alur: format 1.1
    const sub = inValid('        keluaran: [Barang tersedia]\n', '        keluaran: [Barang tersedia]\n        |\n');
    assert.deepEqual(labels(sub), ['sasaran', 'pemasok', 'pelanggan', 'lanjut', 'keterangan', 'sub_proses', 'alur']);
    const map = inValid('    pelaksana: [subbag_umum, penyedia]\n', '    pelaksana: [subbag_umum, penyedia]\n    |\n');
    assert.deepEqual(labels(map), ['keterangan', 'sop']);
    const step = inValid('        waktu: 1 hari\n', '        waktu: 1 hari\n        |\n');
    assert.deepEqual(
      labels(step),
      STEP_KEYS.filter((k) => !['id', 'nama', 'pelaksana', 'masukan', 'keluaran', 'waktu'].includes(k)),
    );
    const relasi = inValid('    proses: KECKLB.06\n', '    proses: KECKLB.06\n    |\n');
    assert.deepEqual(labels(relasi), []);
    const relasiNew = inValid('    hal: Pelimpahan kewenangan\n', '    |\n');
    assert.deepEqual(labels(relasiNew), ['hal']);
    const goal = inValid(
      '    nama: Meningkatkan kapasitas SDM, sarana dan prasarana\n',
      '    nama: Meningkatkan kapasitas SDM, sarana dan prasarana\n    |\n',
    );
    assert.deepEqual(labels(goal), []);
    const target = inValid('        nama: Meningkatnya kualitas pelayanan umum\n', '        |\n');
    assert.deepEqual(labels(target), ['nama']);
  });

  test('a key already in the mapping is not offered again, wherever it stands', () => {
    const c = inValid('      - id: susun\n', '      - |\n        id: susun\n');
    assert.ok(!labels(c).includes('id'), labels(c).join(', '));
    assert.ok(!labels(c).includes('nama'), labels(c).join(', '));
    assert.ok(labels(c).includes('jenis'));
  });

  test('titles and descriptions in the user language', () => {
    const c = inValid('    pelanggan: [camat]\n', '    pelanggan: [camat]\n    |\n', { lang: 'id' });
    assert.equal(item(c, 'pelaksana').detail, 'Pelaksana');
    assert.match(item(c, 'pelaksana').documentation ?? '', /Unit kerja atau pihak luar yang menjalankan proses ini/);
    assert.match(item(c, 'pelaksana').documentation ?? '', /Contoh: `pelaksana: \[subbag_umum\]`/);
    const en = inValid('    pelanggan: [camat]\n', '    pelanggan: [camat]\n    |\n');
    assert.match(item(en, 'pelaksana').documentation ?? '', /Example: `pelaksana: \[subbag_umum\]`/);
  });

  test('a space typed to indent asks for nothing; Ctrl+Space there does', () => {
    assert.deepEqual(inValid('    nama: Camat\n', '    nama: Camat\n    |\n', { trigger: ' ' }).items, []);
    assert.ok(inValid('    nama: Camat\n', '    nama: Camat\n    |\n').items.length > 0);
  });
});

describe('keys mid-word', () => {
  test('the whole word is replaced, wherever the cursor is in it', () => {
    for (const marked of ['kat|', 'ka|t', '|kat']) {
      const c = inValid('    kategori: pendukung\n', `    ${marked}\n`);
      const k = item(c, 'kategori');
      assert.equal(replaced(c, k), 'kat', marked);
      assert.equal(k.insertText, 'kategori: ${1|utama,manajemen,pendukung|}');
    }
  });

  test('renaming a key keeps its value: only the name is replaced', () => {
    const c = inValid('    kategori: pendukung\n', '    kate|gori: pendukung\n');
    const k = item(c, 'kategori');
    assert.equal(replaced(c, k), 'kategori');
    assert.equal(k.insertText, 'kategori');
    assert.equal(k.snippet, false);
  });

  test('accepting a key gives a file that parses, at the right indentation', () => {
    const c = inValid('        keluaran: [Barang tersedia]\n', '        keluaran: [Barang tersedia]\n        sub|\n');
    const after = afterAccepting(c, item(c, 'sub_proses'), { 2: 'Pengadaan ATK', 3: 'subbag_umum', 4: 'Nota dinas', 5: 'ATK tersedia' });
    assert.match(
      after.text,
      /\n {8}sub_proses:\n {10}- kode: KECKLB\.06\.04\.01\n {12}nama: Pengadaan ATK\n {12}pelaksana: \[subbag_umum\]\n/,
    );
    assert.deepEqual(after.codes, []);
  });
});

describe('a file that does not parse', () => {
  const broken = (marked: string): Completed => {
    const ws = new PpbWorkspace();
    ws.setFile('file:///ws/model.ppb.yaml', VALID);
    const c = complete({ 'model.ppb.yaml': marked }, { ws });
    assert.ok((ws.parsed(c.uri)?.syntaxErrors.length ?? 0) > 0, 'the fixture must not parse');
    return c;
  };

  test('a key being typed without its colon still gets the keys of its mapping', () => {
    const c = broken(variant('        waktu: 1 hari\n', '        waktu: 1 hari\n        ket|\n        lanjut: [periksa\n'));
    assert.ok(labels(c).includes('keterangan'), labels(c).join(', '));
    assert.ok(!labels(c).includes('waktu'));
  });

  test('ids, names and lanes come from the last good model and the text around the cursor', () => {
    const c = broken(variant('        pelaksana: camat\n', '        pelaksana: ca|\n        keluaran: [unclosed\n'));
    assert.deepEqual(labels(c).slice(0, 3), ['subbag_umum', 'sekretariat', 'camat']);
    assert.equal(item(c, 'camat').detail, 'Camat');
    assert.equal(replaced(c, item(c, 'camat')), 'ca');
  });

  test('the next free code counts the siblings typed since the model last parsed', () => {
    const c = broken(
      variant('peta_lintas_fungsi:\n', '      - kode: KECKLB.06.05\n        nama: "unclosed\n      - kode: |\npeta_lintas_fungsi:\n'),
    );
    assert.equal(c.items[0]?.label, 'KECKLB.06.06');
  });

  test('a tab in the indentation elsewhere does not stop completion', () => {
    const c = broken(variant('    induk: sekretariat\n', '\tinduk: sekretariat\n').replace('    induk: camat\n', '    induk: |\n'));
    assert.ok(labels(c).includes('camat'));
  });
});

describe('unit and party ids', () => {
  test('with their names as detail and their kind as documentation', () => {
    const c = inValid('    pemasok: [bupati]\n', '    pemasok: [|]\n');
    assert.deepEqual(labels(c), ['camat', 'sekretariat', 'subbag_umum', 'bupati', 'penyedia']);
    assert.equal(item(c, 'sekretariat').detail, 'Sekretariat Kecamatan');
    assert.equal(item(c, 'sekretariat').documentation, 'Organisation unit (internal)');
    assert.equal(item(c, 'bupati').documentation, 'Stakeholder (external party)');
    const id = inValid('    pemasok: [bupati]\n', '    pemasok: [|]\n', { lang: 'id' });
    assert.equal(item(id, 'bupati').documentation, 'Pemangku kepentingan (pihak luar)');
  });

  test('a list does not offer the ids it already holds; a unit is not its own parent', () => {
    const c = inValid('    pelaksana: [subbag_umum, sekretariat, camat]\n', '    pelaksana: [subbag_umum, |, camat]\n');
    assert.deepEqual(labels(c), ['sekretariat', 'bupati', 'penyedia']);
    const induk = inValid('    induk: sekretariat\n', '    induk: |\n');
    assert.ok(!labels(induk).includes('subbag_umum'));
    assert.ok(labels(induk).includes('sekretariat'));
  });

  test('in a block list, on its own line, and as a list written inline', () => {
    const block = inValid('    pemasok: [bupati]\n', '    pemasok:\n      - bupati\n      - |\n');
    assert.deepEqual(labels(block), ['camat', 'sekretariat', 'subbag_umum', 'penyedia']);
    const pending = inValid('    pemasok: [bupati]\n', '    pemasok:\n      |\n');
    assert.equal(item(pending, 'camat').insertText, '- camat');
    const inline = inValid('    pemasok: [bupati]\n', '    pemasok: bu|\n');
    assert.equal(item(inline, 'bupati').insertText, '[bupati]');
    assert.equal(replaced(inline, item(inline, 'bupati')), 'bu');
  });

  test('relasi dari and ke, a map lane, unit induk', () => {
    assert.ok(labels(inValid('  - dari: bupati\n', '  - dari: |\n')).includes('bupati'));
    assert.ok(labels(inValid('    ke: camat\n', '    ke: c|\n')).includes('camat'));
    assert.deepEqual(labels(inValid('    pelaksana: [subbag_umum, penyedia]\n', '    pelaksana: [subbag_umum, |]\n')), [
      'camat',
      'sekretariat',
      'bupati',
      'penyedia',
    ]);
  });

  test("a step's pelaksana offers the map's lanes first, in lane order", () => {
    const c = inValid('        pelaksana: camat\n', '        pelaksana: |\n');
    assert.deepEqual(labels(c), ['subbag_umum', 'sekretariat', 'camat', 'bupati', 'penyedia']);
    const sorted = [...c.items].sort((a, b) => a.sortText.localeCompare(b.sortText)).map((i) => i.label);
    assert.deepEqual(sorted.slice(0, 3), ['subbag_umum', 'sekretariat', 'camat']);
    // Without lanes, units and parties in their declared order.
    const noLanes = complete({
      'model.ppb.yaml': variant(
        '    pelaksana: [subbag_umum, sekretariat, camat]\n',
        '',
        variant('        pelaksana: camat\n', '        pelaksana: |\n'),
      ),
    });
    assert.deepEqual(labels(noLanes), ['camat', 'sekretariat', 'subbag_umum', 'bupati', 'penyedia']);
  });

  test("a joint step's pelaksana (format 1.1): the lanes it does not hold yet, first; one performer stays a plain id", () => {
    const joint = inValid('        pelaksana: camat\n', '        pelaksana: [sekretariat, |]\n');
    assert.deepEqual(labels(joint), ['subbag_umum', 'camat', 'bupati', 'penyedia']);
    assert.equal(item(joint, 'camat').insertText, 'camat');
    const block = inValid('        pelaksana: camat\n', '        pelaksana:\n          - camat\n          - |\n');
    assert.deepEqual(labels(block).slice(0, 2), ['subbag_umum', 'sekretariat']);
    const typed = inValid('        pelaksana: camat\n', '        pelaksana: ca|\n');
    assert.equal(item(typed, 'camat').insertText, 'camat', 'a single performer is not turned into a list');
  });

  test('ids used but not declared are offered as new entries of unit:', () => {
    const c = complete({
      'model.ppb.yaml': variant('    pelaksana: [subbag_umum, penyedia]\n', '    pelaksana: [subbag_umum, penyedia, bpkpd]\n'),
      'unit.ppb.yaml': 'unit:\n  |\n',
    });
    const bpkpd = item(c, 'bpkpd');
    assert.equal(bpkpd.insertText, 'bpkpd:\n    nama: $1');
    assert.match(bpkpd.detail ?? '', /used 1 time, not declared/);
  });
});

describe('codes', () => {
  test('the next free code of a new sub-process, preselected first', () => {
    const c = inValid('        keluaran: [Barang tersedia]\n', '        keluaran: [Barang tersedia]\n      - kode: |\n');
    assert.equal(c.items[0]?.label, 'KECKLB.06.05');
    assert.equal(c.items[0]?.preselect, true);
    assert.equal(c.items[0]?.detail, 'Next free code under KECKLB.06');
    assert.equal(c.items.filter((i) => i.preselect).length, 1);
  });

  test('the next free code of a new Level 0 process: PREFIX.NN', () => {
    const c = inValid('peta_lintas_fungsi:\n', '  - kode: |\npeta_lintas_fungsi:\n');
    assert.deepEqual(labels(c), ['KECKLB.07']);
  });

  test('a new map under a sub-process whose highest map is CFM.05 gets CFM.06', () => {
    // VALID has KECKLB.06.03.CFM.02; this file the others.
    const maps = [1, 3, 4, 5]
      .map(
        (n) =>
          `  - kode: KECKLB.06.03.CFM.0${n}\n    nama: Peta ${n}\n    langkah:\n      - jenis: mulai\n        pelaksana: camat\n      - jenis: selesai\n        pelaksana: camat\n`,
      )
      .join('');
    const c = complete({ 'model.ppb.yaml': VALID, 'peta.ppb.yaml': `peta_lintas_fungsi:\n${maps}  - kode: |\n` });
    assert.equal(c.items[0]?.label, 'KECKLB.06.03.CFM.06');
    assert.equal(c.items[0]?.preselect, true);
  });

  test('numbering gaps are kept: the code after the highest', () => {
    const c = complete({
      'model.ppb.yaml': VALID,
      'peta.ppb.yaml': 'peta_lintas_fungsi:\n  - kode: KECKLB.06.03.CFM.04\n    nama: X\n    langkah: []\n  - kode: |\n',
    });
    assert.equal(c.items[0]?.label, 'KECKLB.06.03.CFM.05');
  });

  test('typing a parent code picks the parent', () => {
    const c = complete({ 'model.ppb.yaml': VALID, 'peta.ppb.yaml': 'peta_lintas_fungsi:\n  - kode: KECKLB.06.04.|\n' });
    assert.equal(c.items[0]?.label, 'KECKLB.06.04.CFM.02');
    assert.equal(replaced(c, item(c, 'KECKLB.06.04.CFM.02')), 'KECKLB.06.04.');
  });

  test('a variant code keeps its form', () => {
    const bbpom = `instansi:\n  kode: POM\n  nama: BBPOM\nproses:\n  - kode: POM-05\n    nama: Pengawasan\n    kategori: utama\n    sub_proses:\n      - kode: POM-05.01\n        nama: Sampling\n      - kode: |\npeta_lintas_fungsi:\n  - kode: POM-05.01.CFM.01\n    nama: Sampling Produk\n    langkah: []\n  - kode: POM-05.01.CFM.02\n    nama: Uji\n    langkah: []\n`;
    assert.equal(complete({ 'm.ppb.yaml': bbpom }).items[0]?.label, 'POM-05.02');
    const map = bbpom
      .replace('      - kode: |\n', '')
      .replace('    nama: Uji\n    langkah: []\n', '    nama: Uji\n    langkah: []\n  - kode: |\n');
    assert.equal(complete({ 'm.ppb.yaml': map }).items[0]?.label, 'POM-05.01.CFM.03');
  });

  test('no code is offered once 99 is taken', () => {
    const subs = Array.from(
      { length: 99 },
      (_, i) => `      - kode: KECKLB.06.${String(i + 1).padStart(2, '0')}\n        nama: S${i}\n`,
    ).join('');
    const text = `instansi:\n  kode: KECKLB\n  nama: K\nproses:\n  - kode: KECKLB.06\n    nama: P\n    kategori: utama\n    sub_proses:\n${subs}      - kode: |\n`;
    assert.deepEqual(labels(complete({ 'model.ppb.yaml': text })), []);
    assert.deepEqual(labels(complete({ 'model.ppb.yaml': text.replace('KECKLB.06.99', 'KECKLB.06.98x') })), ['KECKLB.06.99']);
  });

  test("a sub-process's lanjut: its siblings, with their names", () => {
    const c = inValid('        lanjut: [KECKLB.06.04]\n', '        lanjut: [|]\n');
    assert.deepEqual(labels(c), ['KECKLB.06.04']);
    assert.equal(item(c, 'KECKLB.06.04').detail, 'Pengadaan Barang Milik Daerah');
  });

  test("a step's peta: maps first, then processes, not its own map", () => {
    const c = inValid('        peta: KECKLB.06.04.CFM.01\n', '        peta: |\n');
    assert.deepEqual(labels(c), ['KECKLB.06.04.CFM.01', 'KECKLB.06', 'KECKLB.06.03', 'KECKLB.06.04']);
    assert.equal(item(c, 'KECKLB.06.04.CFM.01').detail, 'Pengadaan Sarana Kantor');
    assert.equal(item(c, 'KECKLB.06.04.CFM.01').documentation, 'Cross-functional map');
    assert.equal(item(c, 'KECKLB.06.03').documentation, 'Process, Level 1');
  });

  test('relasi proses: process codes; sasaran: target codes with their names', () => {
    assert.deepEqual(labels(inValid('    proses: KECKLB.06\n', '    proses: KECKLB.0|\n')), ['KECKLB.06', 'KECKLB.06.03', 'KECKLB.06.04']);
    const s = inValid('    sasaran: [S2]\n', '    sasaran: [S2, |]\n');
    assert.deepEqual(labels(s), ['S1']);
    assert.equal(item(s, 'S1').detail, 'Meningkatnya kualitas pelayanan umum');
    assert.equal(item(s, 'S1').documentation, 'Renstra target');
  });
});

describe('step ids', () => {
  test('in lanjut and cabang: the steps of the same map with their names, not the step itself', () => {
    const cabang = inValid('          Tidak: susun\n', '          Tidak: |\n');
    assert.deepEqual(labels(cabang), ['susun', 'setujui']);
    assert.equal(item(cabang, 'susun').detail, 'Menyusun daftar kebutuhan bahan logistik');
    const lanjut = inValid('        waktu: 1 hari\n', '        waktu: 1 hari\n        lanjut: |\n');
    assert.deepEqual(labels(lanjut), ['periksa', 'setujui']);
    const flow = inValid('          Tidak: susun\n', '          Tidak: susun\n        lanjut: [susun, |]\n');
    assert.deepEqual(labels(flow), ['setujui']);
    const inline = inValid('        cabang:\n          Ya: setujui\n          Tidak: susun\n', '        cabang: {Ya: setujui, Tidak: |}\n');
    assert.deepEqual(labels(inline), ['susun', 'setujui']);
  });

  test('a new id: the ids other steps lead to that no step declares', () => {
    const c = inValid('          Tidak: susun\n', '          Tidak: revisi\n      - id: |\n');
    assert.deepEqual(labels(c), ['revisi']);
  });
});

describe('enum values', () => {
  test('kategori, with its meaning in English and in Indonesian', () => {
    const en = inValid('kategori: pendukung', 'kategori: |');
    assert.deepEqual(labels(en), ['utama', 'manajemen', 'pendukung']);
    assert.equal(item(en, 'pendukung').detail, 'Category');
    assert.match(item(en, 'pendukung').documentation ?? '', /^Support process: provides the resources/);
    const id = inValid('kategori: pendukung', 'kategori: pen|', { lang: 'id' });
    assert.equal(item(id, 'pendukung').detail, 'Kelompok proses');
    assert.match(item(id, 'pendukung').documentation ?? '', /^Proses pendukung: proses yang menyediakan sumber daya/);
    assert.equal(replaced(id, item(id, 'pendukung')), 'pen');
  });

  test('jenis of a step', () => {
    const c = inValid('        jenis: keputusan\n', '        jenis: |\n', { lang: 'id' });
    assert.deepEqual(labels(c), ['mulai', 'aktivitas', 'keputusan', 'dokumen', 'penghubung', 'selesai']);
    assert.match(item(c, 'keputusan').documentation ?? '', /belah ketupat/);
    assert.match(item(inValid('        jenis: keputusan\n', '        jenis: |\n'), 'keputusan').documentation ?? '', /diamond/);
  });

  test('right after the colon the value gets its space', () => {
    const c = inValid('kategori: pendukung', 'kategori:|');
    assert.equal(item(c, 'utama').insertText, ' utama');
  });
});

describe('snippets', () => {
  const stopsOf = (i: PpbCompletionItem): string[] =>
    expandSnippet(i.insertText)
      .stops.sort((a, b) => a.n - b.n)
      .map((s) => s.before.trim());

  test('a new sub-process: kode first, with the next free code; the result is a valid model', () => {
    const c = inValid('        keluaran: [Barang tersedia]\n', '        keluaran: [Barang tersedia]\n      - |\n');
    const s = item(c, 'new sub-process');
    assert.equal(c.items[0], s);
    assert.deepEqual(stopsOf(s), ['kode:', 'nama:', 'pelaksana: [', 'masukan: [', 'keluaran: [']);
    assert.equal(expandSnippet(s.insertText).stops[0]?.placeholder, 'KECKLB.06.05');
    const after = afterAccepting(c, s, { 2: 'Pemeliharaan Barang', 3: 'subbag_umum', 4: 'Daftar barang', 5: 'Barang terpelihara' });
    assert.deepEqual(after.codes, []);
  });

  test('on a blank line of a list, or under its key, the new item comes with its dash and its code', () => {
    const map = inValid('relasi:\n', '  |\nrelasi:\n');
    assert.match(item(map, 'new cross-functional map').insertText, /^- kode: \$\{1:KECKLB\.06\.04\.CFM\.02\}\n {4}nama: \$2\n/);
    const under = complete({
      'model.ppb.yaml': VALID,
      'baru.ppb.yaml': 'proses:\n  - kode: KECKLB.07\n    nama: Baru\n    kategori: utama\n    sub_proses:\n      |\n',
    });
    assert.match(item(under, 'new sub-process').insertText, /^- kode: \$\{1:KECKLB\.07\.01\}\n {8}nama: \$2\n/);
    const id = complete(
      { 'model.ppb.yaml': VALID, 'baru.ppb.yaml': 'proses:\n  - kode: KECKLB.07\n    sub_proses:\n      |\n' },
      { lang: 'id' },
    );
    assert.equal(id.items[0]?.label, 'sub proses baru');
    assert.equal(id.items[0]?.detail, 'Sub proses (Level 1 dan seterusnya)');
  });

  test('a new process under proses: kode, nama, kategori as a choice', () => {
    const c = inValid('peta_lintas_fungsi:\n', '  |\npeta_lintas_fungsi:\n');
    const s = item(c, 'new process (Level 0)');
    assert.match(s.insertText, /^- kode: \$\{1:KECKLB\.07\}\n {4}nama: \$2\n {4}kategori: \$\{3\|utama,manajemen,pendukung\|\}/);
    const after = afterAccepting(c, s, { 2: 'Proses baru', 3: 'utama', 4: 'A', 5: 'B' });
    assert.deepEqual(after.codes, []);
  });

  test('a new map, with its start, one activity and its end', () => {
    const c = inValid('relasi:\n', '  - |\nrelasi:\n');
    const s = item(c, 'new cross-functional map');
    assert.deepEqual(stopsOf(s).slice(0, 2), ['kode:', 'nama:']);
    const code = expandSnippet(s.insertText).stops[0]?.placeholder;
    assert.equal(code, 'KECKLB.06.04.CFM.02');
    const after = afterAccepting(c, s, { 2: 'Peta baru', 3: 'camat', 4: 'camat', 5: 'Memeriksa', 6: 'camat', 7: 'Hasil', 8: 'camat' });
    assert.deepEqual(after.codes, []);
  });

  test('new steps: nama first; the lanes as choices; a decision branches to existing steps', () => {
    const c = inValid('relasi:\n', '      - |\nrelasi:\n');
    assert.deepEqual(labels(c).slice(0, 5), ['activity step', 'decision step', 'document step', 'connector step', 'end step']);
    const activity = item(c, 'activity step');
    assert.deepEqual(stopsOf(activity), ['nama:', 'pelaksana:', 'keluaran: [']);
    assert.deepEqual(expandSnippet(activity.insertText).stops[1]?.choices, ['subbag_umum', 'penyedia']);
    const decision = item(c, 'decision step');
    assert.deepEqual(stopsOf(decision), ['nama:', 'pelaksana:', 'Ya:', 'Tidak:']);
    assert.match(decision.documentation ?? '', /Decision: decision symbol \(diamond\)/);
    assert.ok(!labels(c).includes('start step'), 'the map has its start');
    const after = afterAccepting(c, activity, { 1: 'Memeriksa barang', 3: 'Berita acara' });
    assert.ok(
      after.codes.every((x) => !/^PPB(0|1)/.test(x)),
      after.codes.join(', '),
    );
    const pending = inValid('relasi:\n', '      |\nrelasi:\n');
    assert.match(item(pending, 'activity step').insertText, /^- nama: \$1\n {8}pelaksana: /);
  });

  test('right after a typed dash the item gets its space', () => {
    const c = inValid('relasi:\n', '      -|\nrelasi:\n', { trigger: '-' });
    assert.match(item(c, 'activity step').insertText, /^ nama: \$1\n {8}pelaksana: /);
  });

  test('a new relation, goal and target', () => {
    assert.deepEqual(stopsOf(item(inValid('    proses: KECKLB.06\n', '    proses: KECKLB.06\n  - |\n'), 'new relation')), [
      'dari:',
      'ke:',
      'hal:',
    ]);
    assert.ok(labels(inValid('tujuan:\n', 'tujuan:\n  - |\n')).includes('new goal with its target'));
    assert.ok(
      labels(
        inValid('        nama: Meningkatnya kualitas pelayanan umum\n', '        nama: Meningkatnya kualitas pelayanan umum\n      - |\n'),
      ).includes('new target'),
    );
  });

  test('snippet text is escaped', () => {
    const c = complete({ 'a.ppb.yaml': 'instansi:\n  kode: K$X\n  nama: A\nproses:\n  - |\n' });
    const s = c.items[0];
    assert.ok(s?.insertText.includes('${1:K\\$X.01}'), s?.insertText);
  });
});

describe('never a crash, on real models', () => {
  test('every offset of VALID gets an answer', () => {
    const ws = new PpbWorkspace();
    ws.setFile('file:///ws/model.ppb.yaml', VALID);
    for (let offset = 0; offset <= VALID.length; offset += 3) completions(ws, 'file:///ws/model.ppb.yaml', offset, 'en');
  });
});
