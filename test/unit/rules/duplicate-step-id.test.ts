import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lineOf, variant } from '../../support/check';
import { checkOne, expectExactly } from '../helpers';

test('PPB205: two steps of one map with the same id are both marked', () => {
  const text = variant('      - nama: Memesan barang\n', '      - id: pesan\n        nama: Memesan barang\n').replace(
    '      - nama: Mengirim barang\n',
    '      - id: pesan\n        nama: Mengirim barang\n',
  );
  expectExactly(checkOne(text), [
    { line: lineOf(text, 'id: pesan'), code: 'PPB205', severity: 'error', text: 'pesan', mentions: ['pesan', 'KECKLB.06.04.CFM.01'] },
    { line: lineOf(text, 'id: pesan', 2), code: 'PPB205', severity: 'error', text: 'pesan', mentions: ['pesan', 'KECKLB.06.04.CFM.01'] },
  ]);
});

test('PPB205 near-miss: another map may reuse a step id', () => {
  const text = variant('      - nama: Memesan barang\n', '      - id: susun\n        nama: Memesan barang\n');
  assert.deepEqual(checkOne(text), []);
});
