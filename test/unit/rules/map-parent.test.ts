import assert from 'node:assert/strict';
import { test } from 'node:test';
import { collect, lineOf, variant } from '../../support/check';
import { PpbWorkspace } from '../../../server/src/service';
import { checkOne, codes, expectExactly, simpleMap, splitValid, withMap } from '../helpers';

test('PPB206: a map under a sub-process that does not exist', () => {
  const text = withMap(simpleMap('KECKLB.06.05.CFM.01'));
  expectExactly(checkOne(text), [
    {
      line: lineOf(text, 'kode: KECKLB.06.05.CFM.01'),
      code: 'PPB206',
      severity: 'error',
      text: 'KECKLB.06.05.CFM.01',
      mentions: ['KECKLB.06.05.CFM.01', 'KECKLB.06.05'],
    },
  ]);
});

test('PPB206 near-miss: a map under another map breaks the code hierarchy (PPB202), not a missing parent', () => {
  const text = withMap(simpleMap('KECKLB.06.03.CFM.02.CFM.01'));
  expectExactly(checkOne(text), [
    {
      line: lineOf(text, 'kode: KECKLB.06.03.CFM.02.CFM.01'),
      code: 'PPB202',
      severity: 'error',
      text: 'KECKLB.06.03.CFM.02.CFM.01',
      mentions: ['KECKLB.06.03.CFM.02.CFM.01'],
    },
  ]);
});

test('PPB206 across files: removing a sub-process in one file flags its map in another', () => {
  const { instansi, proses, peta } = splitValid();
  const ws = new PpbWorkspace();
  ws.setFile('file:///ws/instansi.ppb.yaml', instansi);
  ws.setFile('file:///ws/proses.ppb.yaml', proses);
  ws.setFile('file:///ws/peta.ppb.yaml', peta);
  assert.deepEqual(collect(ws), []);
  // KECKLB.06.04 goes; so does the `lanjut` to it, to keep one defect.
  const noFlow = variant('        lanjut: [KECKLB.06.04]\n', '', proses);
  const without = noFlow.slice(0, noFlow.indexOf('      - kode: KECKLB.06.04\n'));
  assert.ok(without.length > 0 && !without.includes('KECKLB.06.04'));
  ws.setFile('file:///ws/proses.ppb.yaml', without);
  expectExactly(collect(ws), [
    {
      file: 'peta.ppb.yaml',
      line: lineOf(peta, 'kode: KECKLB.06.04.CFM.01'),
      code: 'PPB206',
      severity: 'error',
      text: 'KECKLB.06.04.CFM.01',
      mentions: ['KECKLB.06.04.CFM.01', 'KECKLB.06.04'],
    },
  ]);
});

test('PPB206 near-miss: a map directly under a Level 0 process, and a gap in CFM numbers', () => {
  assert.deepEqual(checkOne(withMap(simpleMap('KECKLB.06.CFM.01') + simpleMap('KECKLB.06.03.CFM.04'))), []);
});

test('PPB206 near-miss: a parent named in a variant form still resolves', () => {
  const found = checkOne(withMap(simpleMap('KECKLB.6.3.CFM.3')));
  assert.deepEqual(codes(found, 'PPB206'), []);
  assert.deepEqual(
    found.map((f) => f.code),
    ['PPB401'],
  );
});

test('PPB206 near-miss: a map code with a foreign prefix is PPB201 alone', () => {
  const found = checkOne(withMap(simpleMap('KECPWD.06.05.CFM.01')));
  assert.deepEqual(codes(found, 'PPB206'), []);
  assert.deepEqual(
    found.map((f) => f.code),
    ['PPB201'],
  );
});
