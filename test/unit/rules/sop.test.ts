import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { lineOf, variant } from '../../support/check';
import { checkOne, codes, expectExactly, SOP_ENTRY, withSop } from '../helpers';

describe('SOPs under a map (format 1.1)', () => {
  test('a complete SOP checks clean', () => {
    assert.deepEqual(checkOne(withSop()), []);
  });

  test('PPB202: an SOP code that is not its map code plus SOP and a number; the example keeps the number', () => {
    const text = withSop(SOP_ENTRY.replace('KECKLB.06.03.CFM.02.SOP.01', 'KECKLB.06.03.CFM.01.SOP.03'));
    expectExactly(checkOne(text), [
      {
        line: lineOf(text, 'CFM.01.SOP.03'),
        code: 'PPB202',
        severity: 'error',
        text: 'KECKLB.06.03.CFM.01.SOP.03',
        mentions: ['KECKLB.06.03.CFM.01.SOP.03', '`KECKLB.06.03.CFM.02`', '`KECKLB.06.03.CFM.02.SOP.03`'],
      },
    ]);
  });

  test('PPB202 in the notation agencies print: the example keeps the slash', () => {
    const pom = `versi: 1
instansi:
  kode: POM
  nama: Balai POM
unit:
  kepala_balai:
    nama: Kepala Balai
proses:
  - kode: POM-14
    nama: Pengelolaan BMN
    kategori: pendukung
    masukan: [Daftar BMN]
    keluaran: [BMN terpelihara]
    sub_proses:
      - kode: POM-14.01
        nama: Pemeliharaan BMN
        masukan: [Daftar BMN]
        keluaran: [BMN terpelihara]
peta_lintas_fungsi:
  - kode: POM-14.01/CFM.01
    nama: Pemeliharaan dan Perbaikan BMN
    langkah:
      - jenis: mulai
        pelaksana: kepala_balai
      - nama: Memeriksa BMN
        pelaksana: kepala_balai
        keluaran: [Laporan pemeriksaan]
      - jenis: selesai
        pelaksana: kepala_balai
    sop:
      - kode: POM-14.01/CFM.01/SOP.01
        nama: Pemeliharaan BMN
      - kode: POM-14.01/CFM.01/SPO.02
        nama: Perbaikan BMN
`;
    const found = checkOne(pom);
    assert.deepEqual(
      // The variant codes (PPB401), the empty identity boxes of these bare SOPs (PPB306) and their untimed activity (PPB402) are other tests'.
      found.filter((f) => !['PPB401', 'PPB306', 'PPB402'].includes(f.code)).map((f) => `${f.code} ${f.text}`),
      ['PPB202 POM-14.01/CFM.01/SPO.02'],
    );
    const wrong = found.find((f) => f.code === 'PPB202');
    assert.match(wrong?.message.en ?? '', /for example `POM-14\.01\/CFM\.01\/SOP\.02`/);
    assert.match(wrong?.message.id ?? '', /misalnya `POM-14\.01\/CFM\.01\/SOP\.02`/);
    assert.deepEqual(codes(found, 'PPB401').length, 1, 'the variant codes are said once for the file');
  });

  test('PPB203: an SOP code declared twice, in two spellings, points to the other', () => {
    const text = withSop(`${SOP_ENTRY}      - kode: KECKLB.6.3.CFM.2.SOP.1\n        nama: Salinan\n`);
    const found = checkOne(text).filter((f) => f.code === 'PPB203');
    assert.deepEqual(
      found.map((f) => f.text),
      ['KECKLB.06.03.CFM.02.SOP.01', 'KECKLB.6.3.CFM.2.SOP.1'],
    );
    assert.match(found[0]?.message.en ?? '', /are the same code/);
    assert.match(found[0]?.message.id ?? '', /adalah kode yang sama/);
  });

  test('PPB207: disahkan_oleh names no unit; near-miss: left out, the instansi head signs, nothing to say', () => {
    const text = withSop(SOP_ENTRY.replace('disahkan_oleh: camat', 'disahkan_oleh: camatt'));
    expectExactly(checkOne(text), [
      { line: lineOf(text, 'disahkan_oleh: camatt'), code: 'PPB207', severity: 'error', text: 'camatt', mentions: ['camatt', 'camat'] },
    ]);
    assert.deepEqual(checkOne(withSop(SOP_ENTRY.replace('        disahkan_oleh: camat\n', ''))), []);
  });

  test('PPB210: a keterkaitan entry written as a code of this instansi that names nothing; titles and other agencies are left alone', () => {
    const text = withSop(
      SOP_ENTRY.replace(
        'keterkaitan: [KECKLB.06.04.CFM.01, SOP Pengadaan Barang]',
        'keterkaitan: [KECKLB.06.04.CFM.09, POM-14.01/CFM.01/SOP.01, SOP Pengadaan Barang, KECKLB.06.03.CFM.02.SOP.01]',
      ),
    );
    expectExactly(checkOne(text), [
      {
        line: lineOf(text, 'keterkaitan'),
        code: 'PPB210',
        severity: 'error',
        text: 'KECKLB.06.04.CFM.09',
        mentions: ['KECKLB.06.04.CFM.09', 'SOP'],
      },
    ]);
  });

  test("PPB210 near-miss of the other way: a step's peta cannot lead to an SOP", () => {
    const text = withSop(SOP_ENTRY, variant('        peta: KECKLB.06.04.CFM.01\n', '        peta: KECKLB.06.03.CFM.02.SOP.01\n'));
    assert.deepEqual(
      checkOne(text).map((f) => `${f.code} ${f.text}`),
      ['PPB210 KECKLB.06.03.CFM.02.SOP.01'],
    );
  });
});

describe("an SOP's own steps (format 1.1): checked as a map's, in its map's lanes", () => {
  // The SOP of KECKLB.06.03.CFM.02 written with steps of its own; the map's lanes are subbag_umum, sekretariat, camat.
  const OWN = `${SOP_ENTRY}        langkah:
          - jenis: mulai
            pelaksana: subbag_umum
          - id: susun
            nama: Menyusun daftar kebutuhan
            pelaksana: subbag_umum
            keluaran: [Daftar kebutuhan]
            waktu: 1 hari
          - id: periksa
            jenis: keputusan
            nama: Sesuai anggaran?
            pelaksana: sekretariat
            cabang:
              Ya: akhir
              Tidak: susun
          - id: akhir
            jenis: selesai
            pelaksana: camat
`;

  test('written right, they check clean; a step id the map also uses is no duplicate', () => {
    assert.deepEqual(checkOne(withSop(OWN)), []);
  });

  test('PPB213 on the SOP code, naming the SOP, when its steps have no end', () => {
    const text = withSop(
      OWN.replace('          - id: akhir\n            jenis: selesai\n            pelaksana: camat\n', '').replace(
        'Ya: akhir',
        'Ya: susun',
      ),
    );
    const found = checkOne(text).filter((f) => f.code === 'PPB213');
    assert.deepEqual(
      found.map((f) => `${f.line} ${f.text}`),
      [`${lineOf(text, 'kode: KECKLB.06.03.CFM.02.SOP.01')} KECKLB.06.03.CFM.02.SOP.01`],
    );
    assert.match(found[0]?.message.en ?? '', /^SOP KECKLB\.06\.03\.CFM\.02\.SOP\.01 has no end\./);
    assert.match(found[0]?.message.id ?? '', /^SOP KECKLB\.06\.03\.CFM\.02\.SOP\.01 tidak punya akhir\./);
  });

  test('PPB208: a performer that is not a lane of the map is named with the lanes of the map', () => {
    const text = withSop(OWN.replace('            pelaksana: camat\n', '            pelaksana: penyedia\n'));
    expectExactly(checkOne(text), [
      {
        line: lineOf(text, 'pelaksana: penyedia'),
        code: 'PPB208',
        severity: 'error',
        text: 'penyedia',
        mentions: ['penyedia', 'KECKLB.06.03.CFM.02', '`subbag_umum`, `sekretariat`, `camat`'],
      },
    ]);
  });

  test("PPB209: a branch to an id of the map's steps, not the SOP's, names the SOP", () => {
    const text = withSop(OWN.replace('Tidak: susun', 'Tidak: setujui'));
    expectExactly(checkOne(text), [
      {
        line: lineOf(text, 'Tidak: setujui'),
        code: 'PPB209',
        severity: 'error',
        text: 'setujui',
        mentions: ['setujui', 'SOP KECKLB.06.03.CFM.02.SOP.01', '`susun`'],
      },
    ]);
  });

  test('PPB205: a step id twice within the SOP, named as the SOP', () => {
    const text = withSop(OWN.replace('          - id: akhir\n', '          - id: susun\n').replace('Ya: akhir', 'Ya: periksa'));
    const found = checkOne(text).filter((f) => f.code === 'PPB205');
    assert.equal(found.length, 2);
    assert.match(found[0]?.message.en ?? '', /used 2 times in SOP KECKLB\.06\.03\.CFM\.02\.SOP\.01\. Steps of one SOP need different ids/);
  });

  test('PPB302 and PPB303 read the SOP flow: a loop with no way out, an activity without output', () => {
    const text = withSop(OWN.replace('Ya: akhir', 'Ya: susun').replace('            keluaran: [Daftar kebutuhan]\n', ''));
    assert.deepEqual(
      checkOne(text)
        .map((f) => `${f.code} ${f.text}`)
        .sort(),
      ['PPB301 akhir', 'PPB302 mulai', 'PPB302 periksa', 'PPB302 susun', 'PPB303 susun'],
    );
  });
});
