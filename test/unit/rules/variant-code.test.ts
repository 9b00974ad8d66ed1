import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkFiles, lineOf, variant } from '../../support/check';
import { assertMessage, checkOne, expectExactly, simpleMap, withMap, withSubProcess } from '../helpers';
import { POM_MODEL } from './pom-model';

/** A complete model of the Badan POM, in its own notation: `POM-05`, `POM-05.01`, `POM-05.01.CFM.01`. */
const POM = `versi: 1
instansi:
  kode: POM
  nama: Badan Pengawas Obat dan Makanan
unit:
  deputi:
    nama: Deputi Bidang Pengawasan
  direktorat:
    nama: Direktorat Registrasi
    induk: deputi
proses:
  - kode: POM-05
    nama: Registrasi Obat
    kategori: utama
    masukan: [Permohonan registrasi]
    keluaran: [Nomor izin edar]
    sub_proses:
      - kode: POM-05.01
        nama: Evaluasi Dokumen
        pelaksana: [direktorat]
        masukan: [Dokumen registrasi]
        keluaran: [Hasil evaluasi]
peta_lintas_fungsi:
  - kode: POM-05.01.CFM.01
    nama: Evaluasi Dokumen Registrasi
    pelaksana: [direktorat, deputi]
    langkah:
      - jenis: mulai
        pelaksana: direktorat
      - nama: Mengevaluasi dokumen
        pelaksana: direktorat
        keluaran: [Hasil evaluasi]
      - nama: Menetapkan keputusan
        pelaksana: deputi
        keluaran: [Nomor izin edar]
      - jenis: selesai
        pelaksana: deputi
relasi:
  - dari: direktorat
    ke: deputi
    proses: POM-05.01
`;

/**
 * BPSDM writes `BPSDM-5.2.5_CFM.01`: segments BPSDM, 5, 2, 5, CFM, 01. So the map details
 * `BPSDM-5.2.5` (Level 2), under `BPSDM-5.2` (Level 1), under `BPSDM-5` (Level 0).
 */
const BPSDM = `versi: 1
instansi:
  kode: BPSDM
  nama: Badan Pengembangan Sumber Daya Manusia
unit:
  kepala:
    nama: Kepala Badan
  bidang_diklat:
    nama: Bidang Penyelenggaraan Diklat
    induk: kepala
proses:
  - kode: BPSDM-5
    nama: Pengembangan Kompetensi
    kategori: utama
    masukan: [Analisis kebutuhan diklat]
    keluaran: [ASN kompeten]
    sub_proses:
      - kode: BPSDM-5.2
        nama: Penyelenggaraan Diklat
        masukan: [Program diklat]
        keluaran: [Diklat terselenggara]
        sub_proses:
          - kode: BPSDM-5.2.5
            nama: Evaluasi Diklat
            pelaksana: [bidang_diklat]
            masukan: [Data peserta]
            keluaran: [Laporan evaluasi]
peta_lintas_fungsi:
  - kode: BPSDM-5.2.5_CFM.01
    nama: Evaluasi Penyelenggaraan Diklat
    langkah:
      - jenis: mulai
        pelaksana: bidang_diklat
      - nama: Menyusun laporan evaluasi
        pelaksana: bidang_diklat
        keluaran: [Laporan evaluasi]
        peta: BPSDM.05.02.05.CFM.01
      - jenis: selesai
        pelaksana: kepala
`;

const info = (text: string, kode: string, mentions: string[], file?: string) => ({
  ...(file === undefined ? {} : { file }),
  line: lineOf(text, `kode: ${kode}\n`),
  code: 'PPB401',
  severity: 'info' as const,
  text: kode,
  mentions: [kode, ...mentions],
});

test('PPB401: the POM model in its own notation gives information once, at its first code, counting all three', () => {
  expectExactly(checkOne(POM), [info(POM, 'POM-05', ['`-`', 'POM.05', '3 '])]);
});

test('PPB401: the BPSDM model (one-digit numbers, `-` and `_`) gives information once, counting its four codes', () => {
  expectExactly(checkOne(BPSDM), [info(BPSDM, 'BPSDM-5', ['`-`', 'BPSDM.05', '4 '])]);
});

test('PPB401: variant codes split over files: once per file, and the hierarchy still resolves', () => {
  const at = BPSDM.indexOf('peta_lintas_fungsi:');
  const a = BPSDM.slice(0, at);
  const b = BPSDM.slice(at);
  expectExactly(checkFiles({ 'a.ppb.yaml': a, 'peta/b.ppb.yaml': b }), [
    info(a, 'BPSDM-5', ['3 '], 'a.ppb.yaml'),
    info(b, 'BPSDM-5.2.5_CFM.01', ['`_`', 'BPSDM.05.02.05.CFM.01'], 'peta/b.ppb.yaml'),
  ]);
});

test('PPB401: a three-digit number is a variant; the first variant code of the file is named, the other counted', () => {
  const text = withMap(simpleMap('KECKLB.06.03.cfm.05'), withSubProcess('KECKLB.06.007'));
  expectExactly(checkOne(text), [info(text, 'KECKLB.06.007', ['007', 'KECKLB.06.07', '2 '])]);
});

test('PPB401: a lower-case cfm is a variant, read as CFM', () => {
  const text = withMap(simpleMap('KECKLB.06.03.cfm.05'));
  expectExactly(checkOne(text), [info(text, 'KECKLB.06.03.cfm.05', ['`cfm`', 'KECKLB.06.03.CFM.05'])]);
});

test('PPB401: `/` separates segments as the Balai POM prints it (POM-14.01/CFM.01), read as POM.14.01.CFM.01', () => {
  const text = withMap(simpleMap('POM-14.01/CFM.01'), POM_MODEL);
  const found = checkOne(text);
  expectExactly(found, [info(text, 'POM-14', ['`-`', 'POM.14', '4 '])]);
  const alone = checkOne(withMap(simpleMap('POM-14.01/CFM.01'), POM_MODEL.replace(/POM-14/g, 'POM.14')));
  assert.deepEqual(
    alone.map((f) => `${f.code} ${f.text}`),
    ['PPB401 POM-14.01/CFM.01'],
  );
  assertMessage(alone[0]!, ['`-`, `/`', 'POM.14.01.CFM.01']);
});

test('PPB401: CFM glued to the number before it (POM-14.01CFM.01) is a variant, read as POM.14.01.CFM.01', () => {
  const text = withMap(simpleMap('POM.14.01CFM.01'), POM_MODEL.replace(/POM-14/g, 'POM.14'));
  expectExactly(checkOne(text), [info(text, 'POM.14.01CFM.01', ['`01CFM`', 'POM.14.01.CFM.01'])]);
});

test('PPB401 near-miss: a word ending in CFM is not glued (POM.14.01XCFM.01 is one segment, and PPB202)', () => {
  const text = withMap(simpleMap('POM.14.01XCFM.01'), POM_MODEL.replace(/POM-14/g, 'POM.14'));
  assert.deepEqual(
    checkOne(text).map((f) => `${f.code} ${f.text}`),
    ['PPB202 POM.14.01XCFM.01'],
  );
});

test('PPB401 near-miss: numbering gaps are never reported (CFM.01 and CFM.04, sub-processes .01 and .05)', () => {
  const subs = variant(
    '      - kode: KECKLB.06.03\n',
    '      - kode: KECKLB.06.01\n        nama: Satu\n        masukan: [a]\n        keluaran: [b]\n      - kode: KECKLB.06.05\n        nama: Lima\n        masukan: [a]\n        keluaran: [b]\n      - kode: KECKLB.06.03\n',
  );
  const text = withMap(simpleMap('KECKLB.06.01.CFM.01') + simpleMap('KECKLB.06.01.CFM.04'), subs);
  assert.deepEqual(checkOne(text), []);
});

test('PPB401 near-miss: a canonical model has no information at all', () => {
  const canonical = POM.replace(/POM-05/g, 'POM.05');
  assert.notEqual(canonical, POM);
  assert.deepEqual(checkOne(canonical), []);
});
