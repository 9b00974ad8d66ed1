import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lineOf, variant } from '../../support/check';
import { checkOne, codes, expectExactly } from '../helpers';

test('PPB303: an activity with an id and no keluaran is marked at its id', () => {
  const text = variant('        keluaran: [Daftar kebutuhan]\n', '');
  expectExactly(checkOne(text), [
    {
      line: lineOf(text, 'id: susun'),
      code: 'PPB303',
      severity: 'warning',
      text: 'susun',
      mentions: ['Menyusun daftar kebutuhan bahan logistik', '`keluaran`'],
    },
  ]);
});

test('PPB303: an activity without an id is marked at its name', () => {
  const text = variant('        keluaran: [Surat pesanan]\n', '');
  expectExactly(checkOne(text), [
    {
      line: lineOf(text, 'nama: Memesan barang'),
      code: 'PPB303',
      severity: 'warning',
      text: 'Memesan barang',
      mentions: ['Memesan barang'],
    },
  ]);
});

test('PPB303: an explicit jenis: aktivitas counts too', () => {
  const text = variant(
    '      - nama: Memesan barang\n        pelaksana: subbag_umum\n        keluaran: [Surat pesanan]\n',
    '      - nama: Memesan barang\n        jenis: aktivitas\n        pelaksana: subbag_umum\n',
  );
  expectExactly(checkOne(text), [
    {
      line: lineOf(text, 'nama: Memesan barang'),
      code: 'PPB303',
      severity: 'warning',
      text: 'Memesan barang',
      mentions: ['Memesan barang'],
    },
  ]);
});

test("PPB303 near-miss: an empty keluaran list is the schema's error (PPB105), said once", () => {
  const text = variant('        keluaran: [Surat pesanan]\n', '        keluaran: []\n');
  expectExactly(checkOne(text), [
    { line: lineOf(text, 'keluaran: []'), code: 'PPB105', severity: 'error', text: '[]', mentions: ['`keluaran`'] },
  ]);
});

test('PPB303 near-miss: decisions, documents and terminators need no keluaran', () => {
  // `periksa` (keputusan), `mulai` and `selesai` in VALID have none; a dokumen without one is fine.
  const text = variant(
    '      - nama: Memesan barang\n        pelaksana: subbag_umum\n        keluaran: [Surat pesanan]\n',
    '      - nama: Memesan barang\n        jenis: dokumen\n        pelaksana: subbag_umum\n',
  );
  assert.deepEqual(checkOne(text), []);
});

test('PPB303 near-miss: keluaran written as one text is a schema error, not a missing output', () => {
  const text = variant('keluaran: [Surat pesanan]', 'keluaran: Surat pesanan');
  const found = checkOne(text);
  assert.deepEqual(codes(found, 'PPB303'), []);
  assert.deepEqual(
    found.map((f) => f.code),
    ['PPB102'],
  );
});
