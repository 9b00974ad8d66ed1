import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lineOf, variant } from '../../support/check';
import { checkOne, codes, expectExactly } from '../helpers';

test('PPB304: a sub-process without masukan is marked at its code', () => {
  const text = variant('        masukan: [Nota persetujuan]\n', '');
  expectExactly(checkOne(text), [
    {
      line: lineOf(text, 'kode: KECKLB.06.04\n'),
      code: 'PPB304',
      severity: 'warning',
      text: 'KECKLB.06.04',
      mentions: ['KECKLB.06.04', '`masukan`'],
    },
  ]);
});

test('PPB304: a Level 0 process without masukan and keluaran gets one diagnostic naming both', () => {
  const text = variant('    masukan: [DPA Kecamatan]\n    keluaran: [Kebutuhan operasional kantor terpenuhi]\n', '');
  expectExactly(checkOne(text), [
    {
      line: lineOf(text, 'kode: KECKLB.06\n'),
      code: 'PPB304',
      severity: 'warning',
      text: 'KECKLB.06',
      mentions: ['KECKLB.06', '`masukan`', '`keluaran`'],
    },
  ]);
});

test("PPB304 near-miss: an empty keluaran list is the schema's error (PPB105), said once", () => {
  const text = variant('        keluaran: [Layanan administrasi umum]\n', '        keluaran: []\n');
  expectExactly(checkOne(text), [
    { line: lineOf(text, 'keluaran: []'), code: 'PPB105', severity: 'error', text: '[]', mentions: ['`keluaran`'] },
  ]);
});

test('PPB304 near-miss: masukan written as one text is a schema error, not missing', () => {
  const found = checkOne(variant('masukan: [Nota persetujuan]', 'masukan: Nota persetujuan'));
  assert.deepEqual(codes(found, 'PPB304'), []);
  assert.deepEqual(
    found.map((f) => f.code),
    ['PPB102'],
  );
});
