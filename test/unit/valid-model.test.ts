import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkFiles, VALID } from '../support/check';

test('the valid base model gives no diagnostic at all', () => {
  assert.deepEqual(checkFiles({ 'model.ppb.yaml': VALID }), []);
});

test('the same model split over three files gives no diagnostic either', () => {
  const at = (key: string): number => VALID.indexOf(`\n${key}:`) + 1;
  const files = {
    'instansi.ppb.yaml': VALID.slice(0, at('proses')),
    'proses.ppb.yaml': VALID.slice(at('proses'), at('peta_lintas_fungsi')),
    'peta/kecklb-06.ppb.yaml': VALID.slice(at('peta_lintas_fungsi')),
  };
  assert.deepEqual(checkFiles(files), []);
});
