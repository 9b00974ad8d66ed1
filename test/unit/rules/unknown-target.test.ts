import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkFiles, lineOf, variant } from '../../support/check';
import { checkOne, expectExactly, splitValid } from '../helpers';

test('PPB211: a process naming an undeclared sasaran', () => {
  const text = variant('sasaran: [S2]', 'sasaran: [S3]');
  expectExactly(checkOne(text), [
    { line: lineOf(text, 'sasaran: [S3]'), code: 'PPB211', severity: 'error', text: 'S3', mentions: ['S3', '`S1`, `S2`'] },
  ]);
});

test('PPB211: a tujuan code is not a sasaran', () => {
  const text = variant('sasaran: [S2]', 'sasaran: [S2, T1]');
  expectExactly(checkOne(text), [
    { line: lineOf(text, 'sasaran: [S2, T1]'), code: 'PPB211', severity: 'error', text: 'T1', mentions: ['T1'] },
  ]);
});

test('PPB211: a sub-process may name sasaran too, and is checked', () => {
  const text = variant(
    '        pelaksana: [subbag_umum]\n        masukan: [Nota',
    '        pelaksana: [subbag_umum]\n        sasaran: [S9]\n        masukan: [Nota',
  );
  expectExactly(checkOne(text), [{ line: lineOf(text, 'sasaran: [S9]'), code: 'PPB211', severity: 'error', text: 'S9', mentions: ['S9'] }]);
});

test('PPB211 near-miss: sasaran declared in another file', () => {
  const { instansi, proses, peta } = splitValid();
  const mine = variant('sasaran: [S2]', 'sasaran: [S1, S2]', proses);
  assert.deepEqual(checkFiles({ 't.ppb.yaml': instansi, 'p.ppb.yaml': mine, 'm.ppb.yaml': peta }), []);
});
