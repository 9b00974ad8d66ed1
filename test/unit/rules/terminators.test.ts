import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lineOf, variant } from '../../support/check';
import { checkOne, codes, expectExactly, withMap } from '../helpers';

const START = '      - jenis: mulai\n        pelaksana: subbag_umum\n      - nama: Memesan';
const END = '        keluaran: [Barang, Berita acara serah terima]\n      - jenis: selesai\n        pelaksana: subbag_umum\n';

test('PPB212: a map without mulai is marked at its code', () => {
  const text = variant(START, '      - nama: Memesan');
  expectExactly(checkOne(text), [
    {
      line: lineOf(text, 'kode: KECKLB.06.04.CFM.01'),
      code: 'PPB212',
      severity: 'error',
      text: 'KECKLB.06.04.CFM.01',
      mentions: ['KECKLB.06.04.CFM.01', '`jenis: mulai`'],
    },
  ]);
});

test('PPB212: a map with two mulai marks each of them', () => {
  const text = variant(
    START,
    '      - jenis: mulai\n        pelaksana: subbag_umum\n      - jenis: mulai\n        pelaksana: penyedia\n      - nama: Memesan',
  );
  const first = lineOf(text, 'nama: Pengadaan Sarana Kantor') + 3;
  assert.equal(text.split('\n')[first - 1], '      - jenis: mulai');
  expectExactly(checkOne(text), [
    { line: first, code: 'PPB212', severity: 'error', text: 'mulai', mentions: ['KECKLB.06.04.CFM.01', '2'] },
    { line: first + 2, code: 'PPB212', severity: 'error', text: 'mulai', mentions: ['KECKLB.06.04.CFM.01', '2'] },
  ]);
});

test('PPB213: a map without selesai is marked at its code', () => {
  const text = variant(END, '        keluaran: [Barang, Berita acara serah terima]\n');
  expectExactly(checkOne(text), [
    {
      line: lineOf(text, 'kode: KECKLB.06.04.CFM.01'),
      code: 'PPB213',
      severity: 'error',
      text: 'KECKLB.06.04.CFM.01',
      mentions: ['KECKLB.06.04.CFM.01', '`jenis: selesai`', '`jenis: penghubung`', '`peta`'],
    },
  ]);
});

test('PPB212/PPB213 near-miss: two reachable selesai steps are fine', () => {
  const text = withMap(`  - kode: KECKLB.06.04.CFM.02
    nama: Dua ujung
    langkah:
      - jenis: mulai
        pelaksana: subbag_umum
      - id: periksa
        jenis: keputusan
        nama: Lengkap?
        pelaksana: subbag_umum
        cabang:
          Ya: terima
          Tidak: tolak
      - id: terima
        jenis: selesai
        pelaksana: subbag_umum
      - id: tolak
        jenis: selesai
        pelaksana: subbag_umum
`);
  assert.deepEqual(checkOne(text), []);
});

test('PPB212/PPB213 near-miss: a map whose langkah is not a list gets the schema error only', () => {
  const text = variant(
    '    langkah:\n      - jenis: mulai\n        pelaksana: subbag_umum\n      - nama: Memesan barang\n',
    '    langkah: Memesan barang\n    langkah_lama:\n      - jenis: mulai\n        pelaksana: subbag_umum\n      - nama: Memesan barang\n',
  );
  const found = checkOne(text);
  assert.deepEqual(codes(found, 'PPB212'), []);
  assert.deepEqual(codes(found, 'PPB213'), []);
  assert.ok(
    found.every((f) => f.code.startsWith('PPB1')),
    JSON.stringify(found.map((f) => f.code)),
  );
  assert.ok(found.some((f) => f.code === 'PPB102' && f.text === 'Memesan barang'));
});

/** A map whose only end hands over to another map: its last step is a connector with `peta` (format 1.1). */
const HANDED_OVER = `  - kode: KECKLB.06.04.CFM.02
    nama: Penerimaan berkas yang diteruskan
    langkah:
      - jenis: mulai
        pelaksana: subbag_umum
      - nama: Menerima berkas
        pelaksana: subbag_umum
        keluaran: [Berkas diterima]
      - jenis: penghubung
        peta: KECKLB.06.04.CFM.01
`;

test('PPB213 near-miss (1.1): a map that ends with a connector to another map has an end', () => {
  assert.deepEqual(checkOne(withMap(HANDED_OVER)), []);
});

test('PPB213 (1.1): a connector that is not the last step does not end the map', () => {
  const text = withMap(
    HANDED_OVER.replace(
      '        peta: KECKLB.06.04.CFM.01\n',
      '        peta: KECKLB.06.04.CFM.01\n      - nama: Mengarsipkan berkas\n        pelaksana: subbag_umum\n        keluaran: [Arsip]\n',
    ),
  );
  expectExactly(checkOne(text), [
    {
      line: lineOf(text, 'kode: KECKLB.06.04.CFM.02'),
      code: 'PPB213',
      severity: 'error',
      text: 'KECKLB.06.04.CFM.02',
      mentions: ['KECKLB.06.04.CFM.02', '`jenis: penghubung`'],
    },
  ]);
});
