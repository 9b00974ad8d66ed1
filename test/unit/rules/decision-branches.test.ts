import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lineOf, variant } from '../../support/check';
import { checkOne, codes, expectExactly } from '../helpers';

test('PPB214: a decision with one branch is marked at its id', () => {
  const text = variant('          Tidak: susun\n', '');
  expectExactly(checkOne(text), [
    { line: lineOf(text, 'id: periksa'), code: 'PPB214', severity: 'error', text: 'periksa', mentions: ['Sesuai anggaran?', '1'] },
  ]);
});

test('PPB214: a decision without cabang at all', () => {
  const text = variant('        cabang:\n          Ya: setujui\n          Tidak: susun\n', '');
  expectExactly(checkOne(text), [
    { line: lineOf(text, 'id: periksa'), code: 'PPB214', severity: 'error', text: 'periksa', mentions: ['Sesuai anggaran?', '0'] },
  ]);
});

test('PPB214: a decision without an id is marked at its name', () => {
  const text = variant('      - id: periksa\n        jenis: keputusan\n', '      - jenis: keputusan\n').replace(
    '          Ya: setujui\n          Tidak: susun\n',
    '          Ya: setujui\n',
  );
  expectExactly(checkOne(text), [
    {
      line: lineOf(text, 'nama: Sesuai anggaran?'),
      code: 'PPB214',
      severity: 'error',
      text: 'Sesuai anggaran?',
      mentions: ['Sesuai anggaran?'],
    },
  ]);
});

test('PPB214 near-miss: three branches, or two branches to the same step', () => {
  assert.deepEqual(checkOne(variant('          Tidak: susun\n', '          Tidak: susun\n          Tunda: periksa\n')), []);
  assert.deepEqual(checkOne(variant('Tidak: susun', 'Tidak: setujui')), []);
});

test('PPB214 near-miss: an activity with a single cabang is not a decision', () => {
  const text = variant(
    '        keluaran: [Daftar kebutuhan]\n',
    '        keluaran: [Daftar kebutuhan]\n        cabang:\n          Lanjut: periksa\n',
  );
  assert.deepEqual(codes(checkOne(text), 'PPB214'), []);
});
