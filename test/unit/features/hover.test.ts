import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PpbWorkspace, type Lang } from '../../../server/src/service';
import { findReferences } from '../../../server/src/service/features/symbol-at';
import { hover } from '../../../server/src/service/features/hover';
import { schemaHover } from '../../../server/src/service/features/schema-hover';
import { withCaret, type Caret } from '../../support/caret';
import { variant, VALID } from '../../support/check';
import { withMap, withSubProcess } from '../helpers';
import { caretIn, folderWorkspace, JUDGED_FOLDERS, mark, offsetIn, splitWithCaret, validator, where } from './fixtures';

const FILE = 'model.ppb.yaml';

function hoverAt({ ws, caret }: { ws: PpbWorkspace; caret: Caret }, lang: Lang = 'en'): string {
  const h = hover(ws, caret.uri, caret.offset, lang);
  assert.ok(h, 'a hover');
  return h.contents;
}

const one = (text: string): { ws: PpbWorkspace; caret: Caret } => caretIn({ [FILE]: text });

describe('hover of a unit or party id', () => {
  test('a `pelaksana` in one file names the unit declared in another, with its parents and where it performs', () => {
    const at = splitWithCaret('peta', 'pelaksana: subbag_umum', 13);
    const en = hoverAt(at, 'en');
    assert.equal(
      en,
      [
        '**`subbag_umum`** · Subbagian Umum dan Kepegawaian',
        'Unit',
        'Parent: Sekretariat Kecamatan (`sekretariat`) → Camat (`camat`)',
        'Performs 6 steps in 2 maps: `KECKLB.06.03.CFM.02`, `KECKLB.06.04.CFM.01`  \nPerforms sub-processes: `KECKLB.06.03`, `KECKLB.06.04`',
      ].join('\n\n'),
    );
    const id = hoverAt(at, 'id');
    assert.match(id, /^\*\*`subbag_umum`\*\* · Subbagian Umum dan Kepegawaian/);
    assert.match(id, /Unit kerja/);
    assert.match(id, /Induk: Sekretariat Kecamatan \(`sekretariat`\) → Camat \(`camat`\)/);
    assert.match(id, /Pelaksana 6 langkah di 2 peta: `KECKLB\.06\.03\.CFM\.02`, `KECKLB\.06\.04\.CFM\.01`/);
    const h = hover(at.ws, at.caret.uri, at.caret.offset, 'en');
    assert.equal(h && where(at.ws, h.span), 'peta.ppb.yaml:7 subbag_umum');
  });

  test('the same hover on the declaration key, with the short name', () => {
    const en = hoverAt(one(mark(VALID, 'sekretariat:', 3)));
    assert.match(en, /^\*\*`sekretariat`\*\* · Sekretariat Kecamatan\n\nUnit · short name: Sekcam\n\nParent: Camat \(`camat`\)\n\n/);
    assert.match(en, /\n\nPerforms 1 step in 1 map: `KECKLB\.06\.03\.CFM\.02`$/);
  });

  test('an external party: its kind, and the processes it supplies or receives', () => {
    const en = hoverAt(one(mark(VALID, 'pemasok: [bupati]', 12)));
    assert.match(en, /^\*\*`bupati`\*\* · Bupati Grobogan\n\nExternal party \(stakeholder\)/);
    assert.match(en, /Performs in no cross-functional map yet\. {2}\nSupplies: `KECKLB\.06`/);
    const camat = hoverAt(one(mark(VALID, 'pelanggan: [camat]', 13)), 'id');
    assert.match(camat, /Pelanggan dari: `KECKLB\.06`/);
  });

  test('an unknown id says it is not declared, in both languages', () => {
    const text = mark(variant('induk: camat', 'induk: camatt'), 'induk: camatt', 8);
    assert.match(
      hoverAt(one(text), 'en'),
      /^\*\*`camatt`\*\*\n\nThis unit or party is not declared under `unit` or `pemangku_kepentingan`\.$/,
    );
    assert.match(hoverAt(one(text), 'id'), /belum dideklarasikan/);
  });

  test('a parent chain that loops stops where it loops', () => {
    const text = variant('  camat:\n    nama: Camat\n', '  camat:\n    nama: Camat\n    induk: subbag_umum\n');
    const en = hoverAt(one(mark(text, 'induk: sekretariat', 8)));
    assert.match(en, /Parent: Camat \(`camat`\) → Subbagian Umum dan Kepegawaian \(`subbag_umum`\) → `sekretariat` \(loops\)/);
  });

  test('names are escaped: Markdown in a name stays text', () => {
    const text = variant('nama: Subbagian Umum dan Kepegawaian', 'nama: "*Umum* _dan_ [Kepegawaian](http://x) <b>hi</b>"');
    const en = hoverAt(one(mark(text, 'pelaksana: subbag_umum', 13)));
    assert.match(en, /\\\*Umum\\\* \\_dan\\_ \\\[Kepegawaian\\\]\\\(http:\/\/x\\\) \\<b\\>hi\\<\/b\\>/);
    assert.doesNotMatch(en, /(?<!\\)<b>/);
  });
});

describe('hover of a code', () => {
  test('a `peta` code: the map, its parent process and its lanes', () => {
    const at = splitWithCaret('peta', 'peta: KECKLB.06.04.CFM.01', 10);
    assert.equal(
      hoverAt(at, 'en'),
      [
        '**`KECKLB.06.04.CFM.01`** · Pengadaan Sarana Kantor',
        'Cross-functional map · support process',
        'Parent: `KECKLB.06.04` Pengadaan Barang Milik Daerah',
        'Lanes: Subbagian Umum dan Kepegawaian (`subbag_umum`), Penyedia Barang/Jasa (`penyedia`)  \n4 steps',
      ].join('\n\n'),
    );
    assert.match(hoverAt(at, 'id'), /Peta lintas fungsi · proses pendukung\n\nInduk: `KECKLB\.06\.04` Pengadaan Barang Milik Daerah/);
  });

  test('a Level 0 process: its level, category, children', () => {
    const en = hoverAt(one(mark(VALID, 'kode: KECKLB.06\n', 8)));
    assert.equal(
      en,
      [
        '**`KECKLB.06`** · Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota',
        'Level 0 process · support process',
        'Sub-processes (2):\n- `KECKLB.06.03` Administrasi Umum Perangkat Daerah\n- `KECKLB.06.04` Pengadaan Barang Milik Daerah',
      ].join('\n\n'),
    );
  });

  test('a `lanjut` code: a sub-process with its parent and maps', () => {
    const id = hoverAt(one(mark(VALID, 'lanjut: [KECKLB.06.04]', 12)), 'id');
    assert.equal(
      id,
      [
        '**`KECKLB.06.04`** · Pengadaan Barang Milik Daerah',
        'Sub proses Level 1 · proses pendukung',
        'Induk: `KECKLB.06` Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota',
        'Peta lintas fungsi (1):\n- `KECKLB.06.04.CFM.01` Pengadaan Sarana Kantor',
      ].join('\n\n'),
    );
  });

  test('a Level 2 sub-process and a map without lanes', () => {
    const text = withMap(
      '  - kode: KECKLB.06.03.01.CFM.01\n    nama: Peta dalam\n    langkah:\n      - jenis: mulai\n        pelaksana: camat\n      - jenis: selesai\n        pelaksana: camat\n',
      withSubProcess('KECKLB.06.03.01')
        .replace('      - kode: KECKLB.06.03.01\n', '')
        .replace(
          '        lanjut: [KECKLB.06.04]\n',
          '        lanjut: [KECKLB.06.04]\n        sub_proses:\n          - kode: KECKLB.06.03.01\n            nama: Rincian\n            masukan: [A]\n            keluaran: [B]\n',
        ),
    );
    const sub = hoverAt(one(mark(text, 'kode: KECKLB.06.03.01\n', 8)));
    assert.match(sub, /Level 2 sub-process · support process\n\nParent: `KECKLB\.06\.03` Administrasi Umum Perangkat Daerah/);
    assert.match(sub, /Cross-functional maps \(1\):\n- `KECKLB\.06\.03\.01\.CFM\.01` Peta dalam/);
    const map = hoverAt(one(mark(text, 'kode: KECKLB.06.03.01.CFM.01', 8)));
    assert.match(map, /Lanes: Camat \(`camat`\) {2}\n2 steps/);
    const parent = hoverAt(one(mark(text, 'kode: KECKLB.06.03\n', 8)));
    assert.match(parent, /Sub-processes \(1\):\n- `KECKLB\.06\.03\.01` Rincian/);
  });

  test('a code no process, map or SOP has', () => {
    const text = mark(variant('peta: KECKLB.06.04.CFM.01', 'peta: KECKLB.06.04.CFM.09'), 'peta: KECKLB', 8);
    assert.equal(hoverAt(one(text)), '**`KECKLB.06.04.CFM.09`**\n\nNo process, sub-process, map or SOP has this code.');
    assert.match(hoverAt(one(text), 'id'), /Tidak ada proses, sub proses, peta, atau SOP dengan kode ini\./);
  });

  test('a code declared twice says so', () => {
    const text = withMap('  - kode: KECKLB.06.04.CFM.01\n    nama: Lagi\n    langkah: []\n');
    const en = hoverAt(one(mark(text, 'peta: KECKLB.06.04.CFM.01', 8)));
    assert.match(en, /⚠ Declared 2 times\.$/);
  });
});

describe('hover of a step id and a target', () => {
  test('a `cabang` value: the step it goes to, and who performs it', () => {
    assert.equal(
      hoverAt(one(mark(VALID, 'Ya: setujui', 5))),
      '**`setujui`** · Menyetujui pengadaan\n\nActivity · step 4 of map `KECKLB.06.03.CFM.02`\n\nPerformer: Camat (`camat`)',
    );
    assert.equal(
      hoverAt(one(mark(VALID, 'Tidak: susun', 8)), 'id'),
      '**`susun`** · Menyusun daftar kebutuhan bahan logistik\n\nAktivitas · langkah 2 peta `KECKLB.06.03.CFM.02`\n\nPelaksana: Subbagian Umum dan Kepegawaian (`subbag_umum`)',
    );
  });

  test("a step's `lanjut` and an unknown step", () => {
    const text = variant('        waktu: 1 hari\n', '        waktu: 1 hari\n        lanjut: [periksa, setuju]\n');
    assert.match(hoverAt(one(mark(text, 'lanjut: [periksa', 10))), /^\*\*`periksa`\*\* · Sesuai anggaran\?\n\nDecision · step 3/);
    assert.equal(hoverAt(one(mark(text, 'setuju]', 2))), '**`setuju`**\n\nNo step has this id in map `KECKLB.06.03.CFM.02`.');
  });

  test("a process's `sasaran`: the target and the processes it serves", () => {
    assert.equal(
      hoverAt(one(mark(VALID, 'sasaran: [S2]', 11))),
      '**`S2`** · Meningkatnya kualitas kinerja dan akuntabilitas\n\nRenstra target\n\nServed by processes: `KECKLB.06`',
    );
    assert.equal(hoverAt(one(mark(VALID, 'kode: S1', 7)), 'id'), '**`S1`** · Meningkatnya kualitas pelayanan umum\n\nSasaran Renstra');
  });
});

describe('hover elsewhere, and on broken files', () => {
  test('off any id or code, hover is what the schema says', () => {
    for (const [needle, at] of [
      ['nama: Camat', 2],
      ['kategori: pendukung', 13],
      ['masukan: [DPA', 12],
    ] as const) {
      const { ws, caret } = one(mark(VALID, needle, at));
      assert.deepEqual(hover(ws, caret.uri, caret.offset, 'en'), schemaHover(ws, caret.uri, caret.offset, 'en'), needle);
    }
  });

  test('in a half-written file, ids are still described from the last good model', () => {
    const ws = caretIn({ [FILE]: mark(VALID, 'camat:', 1) }).ws;
    const broken = `${VALID}  - dari: [camat\n`;
    const { caret } = withCaret({ [FILE]: mark(broken, 'pelaksana: camat', 13) }, ws);
    assert.ok(ws.parsed(caret.uri)?.syntaxErrors.length);
    assert.match(hoverAt({ ws, caret }), /^\*\*`camat`\*\* · Camat\n\nUnit/);
  });

  test('no crash on half-written YAML anywhere', () => {
    const text = 'proses:\n  - kode: KECKLB.01\n    nama: [X\n    pelaksana: [camat, \n  - kode:';
    const shared = new PpbWorkspace(validator());
    for (let offset = 0; offset <= text.length; offset++) {
      const { ws, caret } = withCaret({ [FILE]: `${text.slice(0, offset)}|${text.slice(offset)}` }, shared);
      assert.doesNotThrow(() => hover(ws, caret.uri, caret.offset, 'id'));
    }
  });
});

describe('hover on real models read from disk', () => {
  test('the Klambu sample: a unit in one file, a code in another', () => {
    const { ws, uri } = folderWorkspace('samples/klambu');
    const peta02 = uri('peta-lintas-fungsi/kecklb-02.ppb.yaml');
    const unit = hover(ws, peta02, offsetIn(ws, peta02, 'pelaksana: seksi_pmd', 13), 'id');
    assert.match(
      unit?.contents ?? '',
      /^\*\*`seksi_pmd`\*\* · Seksi Pemberdayaan Masyarakat dan Desa\n\nUnit kerja · singkatan: Seksi PMD\n\nInduk: Camat \(`camat`\)/,
    );
    const code = hover(ws, peta02, offsetIn(ws, peta02, 'peta: KECKLB.05.01.CFM.08', 8), 'en');
    assert.match(code?.contents ?? '', /^\*\*`KECKLB\.05\.01\.CFM\.08`\*\* · \S.*\n\nCross-functional map · /);
    assert.match(code?.contents ?? '', /Parent: `KECKLB\.05\.01` /);
  });

  test('every id and code of every judged model hovers with text, in both languages', () => {
    for (const folder of JUDGED_FOLDERS) {
      const { ws } = folderWorkspace(`test/fixtures/judged/${folder}`);
      for (const s of findReferences(ws, () => true)) {
        for (const lang of ['id', 'en'] as const) {
          const h = hover(ws, s.ref.span.uri, s.ref.span.start, lang);
          assert.ok(h && h.contents.startsWith('**') && h.span.start === s.ref.span.start, `${folder} ${where(ws, s.ref.span)}`);
        }
      }
    }
  });
});
