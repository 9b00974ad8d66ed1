import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkFiles, lineOf, variant } from '../../support/check';
import { checkOne, codes, expectExactly, splitValid, withProcess } from '../helpers';

test('PPB216: a sub-process flowing to its own parent', () => {
  const text = variant('lanjut: [KECKLB.06.04]', 'lanjut: [KECKLB.06]');
  expectExactly(checkOne(text), [
    {
      line: lineOf(text, 'lanjut: [KECKLB.06]'),
      code: 'PPB216',
      severity: 'error',
      text: 'KECKLB.06',
      mentions: ['KECKLB.06', '`lanjut`'],
    },
  ]);
});

test('PPB216: a sub-process flowing to a map code', () => {
  const text = variant('lanjut: [KECKLB.06.04]', 'lanjut: KECKLB.06.04.CFM.01');
  expectExactly(checkOne(text), [
    {
      line: lineOf(text, 'lanjut: KECKLB.06.04.CFM.01'),
      code: 'PPB216',
      severity: 'error',
      text: 'KECKLB.06.04.CFM.01',
      mentions: ['KECKLB.06.04.CFM.01'],
    },
  ]);
});

test('PPB216 across files: a flow to a sub-process of another process declared in another file', () => {
  const { instansi, proses, peta } = splitValid();
  const mine = variant('lanjut: [KECKLB.06.04]', 'lanjut: [KECKLB.06.04, KECKLB.07.01]', proses);
  const other =
    'proses:\n  - kode: KECKLB.07\n    nama: Lain\n    kategori: utama\n    masukan: [a]\n    keluaran: [b]\n    sub_proses:\n      - kode: KECKLB.07.01\n        nama: Sub lain\n        masukan: [a]\n        keluaran: [b]\n';
  const found = checkFiles({ 'instansi.ppb.yaml': instansi, 'proses.ppb.yaml': mine, 'peta.ppb.yaml': peta, 'proses-07.ppb.yaml': other });
  expectExactly(found, [
    {
      file: 'proses.ppb.yaml',
      line: lineOf(mine, 'KECKLB.07.01'),
      code: 'PPB216',
      severity: 'error',
      text: 'KECKLB.07.01',
      mentions: ['KECKLB.07.01', 'KECKLB.06'],
    },
  ]);
});

test('PPB216 near-miss: a sibling written in a variant form, and a Level 2 flow between siblings', () => {
  assert.deepEqual(checkOne(variant('lanjut: [KECKLB.06.04]', 'lanjut: [KECKLB.6.4]')), []);
  const level2 = variant(
    '        keluaran: [Barang tersedia]\n',
    '        keluaran: [Barang tersedia]\n        sub_proses:\n          - kode: KECKLB.06.04.01\n            nama: A\n            masukan: [a]\n            keluaran: [b]\n            lanjut: KECKLB.06.04.02\n          - kode: KECKLB.06.04.02\n            nama: B\n            masukan: [a]\n            keluaran: [b]\n',
  );
  assert.deepEqual(checkOne(level2), []);
});

test('PPB216 near-miss: an unknown code is PPB210, not PPB216', () => {
  const found = checkOne(variant('lanjut: [KECKLB.06.04]', 'lanjut: [KECKLB.06.05]'));
  assert.deepEqual(codes(found, 'PPB216'), []);
  assert.deepEqual(
    found.map((f) => f.code),
    ['PPB210'],
  );
});

test('PPB216 near-miss: two processes may each have flows among their own sub-processes', () => {
  const text = withProcess(
    '  - kode: KECKLB.07\n    nama: Lain\n    kategori: utama\n    masukan: [a]\n    keluaran: [b]\n    sub_proses:\n      - kode: KECKLB.07.01\n        nama: A\n        masukan: [a]\n        keluaran: [b]\n        lanjut: [KECKLB.07.02]\n      - kode: KECKLB.07.02\n        nama: B\n        masukan: [a]\n        keluaran: [b]\n',
  );
  assert.deepEqual(checkOne(text), []);
});
