import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lineOf, variant } from '../../support/check';
import { checkOne, codes, expectExactly, withMap } from '../helpers';

/** `pesan` jumps over `kirim` straight to the end. */
const SKIP = `  - kode: KECKLB.06.04.CFM.02
    nama: Pemesanan
    langkah:
      - jenis: mulai
        pelaksana: subbag_umum
      - id: pesan
        nama: Memesan barang
        pelaksana: subbag_umum
        keluaran: [Surat pesanan]
        lanjut: akhir
      - id: kirim
        nama: Mengirim barang
        pelaksana: subbag_umum
        keluaran: [Barang]
      - id: akhir
        jenis: selesai
        pelaksana: subbag_umum
`;

test('PPB301: a step nothing flows to is marked at its id', () => {
  const text = withMap(SKIP);
  expectExactly(checkOne(text), [
    { line: lineOf(text, 'id: kirim'), code: 'PPB301', severity: 'warning', text: 'kirim', mentions: ['kirim'] },
  ]);
});

test('PPB301: an unreachable step without an id is marked at its name', () => {
  const text = withMap(
    variant('      - id: kirim\n        nama: Mengirim barang\n', '      - jenis: dokumen\n        nama: Berita acara\n', SKIP),
  );
  expectExactly(checkOne(text), [
    { line: lineOf(text, 'nama: Berita acara'), code: 'PPB301', severity: 'warning', text: 'Berita acara', mentions: ['Berita acara'] },
  ]);
});

test('PPB301: a step after selesai is never reached', () => {
  const text = variant(
    '      - jenis: selesai\n        pelaksana: subbag_umum\n  - kode: KECKLB.06.04.CFM.01',
    '      - id: akhir\n        jenis: selesai\n        pelaksana: subbag_umum\n      - id: arsip\n        nama: Mengarsipkan\n        pelaksana: camat\n        keluaran: [Arsip]\n        lanjut: akhir\n  - kode: KECKLB.06.04.CFM.01',
  );
  expectExactly(checkOne(text), [
    { line: lineOf(text, 'id: arsip'), code: 'PPB301', severity: 'warning', text: 'arsip', mentions: ['arsip'] },
  ]);
});

test('PPB301 near-miss: without the jump every step is reached', () => {
  assert.deepEqual(checkOne(withMap(variant('        lanjut: akhir\n', '', SKIP))), []);
});

test('PPB301 near-miss: a lanjut list reaches every step it names', () => {
  assert.deepEqual(checkOne(withMap(variant('        lanjut: akhir\n', '        lanjut: [akhir, kirim]\n', SKIP))), []);
});

test('PPB301 near-miss: a map without mulai is PPB212 alone', () => {
  const found = checkOne(variant('      - jenis: mulai\n        pelaksana: subbag_umum\n      - nama: Memesan', '      - nama: Memesan'));
  assert.deepEqual(codes(found, 'PPB301'), []);
  assert.deepEqual(
    found.map((f) => f.code),
    ['PPB212'],
  );
});
