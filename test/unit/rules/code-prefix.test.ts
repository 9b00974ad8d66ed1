import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkFiles, lineOf, variant } from '../../support/check';
import { checkOne, codes, expectExactly, simpleMap, simpleProcess, splitValid, withMap, withProcess } from '../helpers';

for (const kode of ['KECPWD.07', 'kecklb.07']) {
  test(`PPB201: process code ${kode} does not start with KECKLB`, () => {
    const text = withProcess(simpleProcess(kode));
    expectExactly(checkOne(text), [
      { line: lineOf(text, `kode: ${kode}`), code: 'PPB201', severity: 'error', text: kode, mentions: [kode, 'KECKLB'] },
    ]);
  });
}

test('PPB201: a map code with another prefix gets PPB201 alone (not also "no parent")', () => {
  const text = withMap(simpleMap('KECKLV.06.03.CFM.05'));
  expectExactly(checkOne(text), [
    {
      line: lineOf(text, 'kode: KECKLV.06.03.CFM.05'),
      code: 'PPB201',
      severity: 'error',
      text: 'KECKLV.06.03.CFM.05',
      mentions: ['KECKLV.06.03.CFM.05', 'KECKLB'],
    },
  ]);
});

test('PPB201 across files: the prefix declared in one file applies to codes in another', () => {
  const { instansi, proses, peta } = splitValid();
  const broken = proses + simpleProcess('KECPWD.01');
  const found = checkFiles({ 'instansi.ppb.yaml': instansi, 'proses.ppb.yaml': broken, 'peta.ppb.yaml': peta });
  expectExactly(found, [
    {
      file: 'proses.ppb.yaml',
      line: lineOf(broken, 'kode: KECPWD.01'),
      code: 'PPB201',
      severity: 'error',
      text: 'KECPWD.01',
      mentions: ['KECPWD.01', 'KECKLB'],
    },
  ]);
});

test('PPB201 near-miss: a variant separator after the right prefix is not a prefix error', () => {
  const text = withProcess(simpleProcess('KECKLB-07'));
  const found = checkOne(text);
  assert.deepEqual(codes(found, 'PPB201'), []);
  assert.deepEqual(
    found.map((f) => f.code),
    ['PPB401'],
  );
});

test('PPB201 near-miss: without an instansi there is no prefix to compare with', () => {
  const text = withProcess(simpleProcess('KECPWD.07'), variant('instansi:\n  kode: KECKLB\n  nama: Kecamatan Klambu\n', ''));
  const found = checkOne(text);
  assert.deepEqual(codes(found, 'PPB201'), []);
  assert.deepEqual(
    found.map((f) => f.code),
    ['PPB215'],
  );
});
