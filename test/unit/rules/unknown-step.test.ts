import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lineOf, variant } from '../../support/check';
import { checkOne, codes, expectExactly } from '../helpers';

test('PPB209: a cabang naming no step, with a suggestion, and no flow warnings after it', () => {
  const text = variant('Ya: setujui', 'Ya: setuju');
  expectExactly(checkOne(text), [
    {
      line: lineOf(text, 'Ya: setuju'),
      code: 'PPB209',
      severity: 'error',
      text: 'setuju',
      mentions: ['setuju', 'setujui', 'KECKLB.06.03.CFM.02'],
    },
  ]);
});

test('PPB209: a lanjut naming no step', () => {
  const text = variant('        keluaran: [Nota persetujuan]\n', '        keluaran: [Nota persetujuan]\n        lanjut: akhir\n');
  expectExactly(checkOne(text), [
    { line: lineOf(text, 'lanjut: akhir'), code: 'PPB209', severity: 'error', text: 'akhir', mentions: ['akhir'] },
  ]);
});

test('PPB209: a lanjut list marks only the unknown item', () => {
  const text = variant('        keluaran: [Nota persetujuan]\n', '        keluaran: [Nota persetujuan]\n        lanjut: [susun, arsip]\n');
  expectExactly(checkOne(text), [
    { line: lineOf(text, 'lanjut: [susun, arsip]'), code: 'PPB209', severity: 'error', text: 'arsip', mentions: ['arsip'] },
  ]);
});

test('PPB209: a step id of another map is not a target in this one', () => {
  const text = variant('        keluaran: [Surat pesanan]\n', '        keluaran: [Surat pesanan]\n        lanjut: susun\n');
  expectExactly(checkOne(text), [
    { line: lineOf(text, 'lanjut: susun'), code: 'PPB209', severity: 'error', text: 'susun', mentions: ['susun', 'KECKLB.06.04.CFM.01'] },
  ]);
});

test('PPB209 near-miss: lanjut to a later and an earlier step by id', () => {
  const text = variant('        keluaran: [Daftar kebutuhan]\n', '        keluaran: [Daftar kebutuhan]\n        lanjut: periksa\n');
  assert.deepEqual(codes(checkOne(text), 'PPB209'), []);
  assert.deepEqual(checkOne(text), []);
});
