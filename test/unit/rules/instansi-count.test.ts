import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkFiles, variant, VALID } from '../../support/check';
import { checkOne, expectExactly, splitValid } from '../helpers';

const INSTANSI = 'instansi:\n  kode: KECKLB\n  nama: Kecamatan Klambu\n';

test('PPB215: a model without instansi is told so at the first key of its first file', () => {
  const text = variant(INSTANSI, '');
  expectExactly(checkOne(text), [{ line: 1, code: 'PPB215', severity: 'error', text: 'versi', mentions: ['`instansi`'] }]);
});

test('PPB215: without instansi in any of three files, the first file with a key (in path order) gets it, once', () => {
  const found = checkFiles({
    'b.ppb.yaml': variant(`versi: 1\n${INSTANSI}`, ''),
    'a.ppb.yaml': '# hanya catatan\n',
    'c.ppb.yaml': 'versi: 1\n',
  });
  expectExactly(found, [{ file: 'b.ppb.yaml', line: 1, code: 'PPB215', severity: 'error', text: 'unit', mentions: ['`instansi`'] }]);
});

test('PPB215: two files declaring instansi are both marked at the key', () => {
  const found = checkFiles({ 'a.ppb.yaml': VALID, 'b.ppb.yaml': `versi: 1\n${INSTANSI}` });
  expectExactly(found, [
    { file: 'a.ppb.yaml', line: 2, code: 'PPB215', severity: 'error', text: 'instansi', mentions: ['`instansi`', '2'] },
    { file: 'b.ppb.yaml', line: 2, code: 'PPB215', severity: 'error', text: 'instansi', mentions: ['`instansi`', '2'] },
  ]);
});

test('PPB215 near-miss: one instansi in a file of its own serves the whole folder', () => {
  const { instansi, proses, peta } = splitValid();
  const only = `versi: 1\n${INSTANSI}`;
  const rest = instansi.replace(`versi: 1\n${INSTANSI}`, '');
  assert.notEqual(rest, instansi);
  assert.deepEqual(checkFiles({ 'z.ppb.yaml': only, 'a.ppb.yaml': rest, 'b.ppb.yaml': proses, 'c.ppb.yaml': peta }), []);
});

test('PPB215 near-miss: an empty file alone is not a model to complain about', () => {
  assert.deepEqual(checkFiles({ 'kosong.ppb.yaml': '' }), []);
});
