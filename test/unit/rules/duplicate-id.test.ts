import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkFiles, lineOf, variant, VALID } from '../../support/check';
import { checkOne, expectExactly } from '../helpers';

test('PPB204: a unit id declared again as a party in another file is reported in both files', () => {
  const other = 'pemangku_kepentingan:\n  camat:\n    nama: Camat lain\n';
  expectExactly(checkFiles({ 'a.ppb.yaml': VALID, 'b.ppb.yaml': other }), [
    { file: 'a.ppb.yaml', line: lineOf(VALID, '  camat:'), code: 'PPB204', severity: 'error', text: 'camat', mentions: ['camat'] },
    { file: 'b.ppb.yaml', line: 2, code: 'PPB204', severity: 'error', text: 'camat', mentions: ['camat'] },
  ]);
});

test('PPB204: the same unit key twice in one mapping is PPB204 (not PPB003) on both keys', () => {
  const text = variant('  sekretariat:\n', '  camat:\n    nama: Camat lagi\n  sekretariat:\n');
  expectExactly(checkOne(text), [
    { line: lineOf(text, '  camat:'), code: 'PPB204', severity: 'error', text: 'camat', mentions: ['camat'] },
    { line: lineOf(text, '  camat:', 2), code: 'PPB204', severity: 'error', text: 'camat', mentions: ['camat'] },
  ]);
});

test('PPB204 near-miss: a step id equal to a unit id is another namespace', () => {
  const text = variant('      - id: susun\n', '      - id: camat\n').replace('Tidak: susun', 'Tidak: camat');
  assert.deepEqual(checkOne(text), []);
});

test('PPB204 near-miss: units split over two files, each declared once', () => {
  const a = variant('  subbag_umum:\n    nama: Subbagian Umum dan Kepegawaian\n    induk: sekretariat\n', '');
  const b = 'unit:\n  subbag_umum:\n    nama: Subbagian Umum dan Kepegawaian\n    induk: sekretariat\n';
  assert.deepEqual(checkFiles({ 'a.ppb.yaml': a, 'b.ppb.yaml': b }), []);
});
