import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkFiles, collect, lineOf, variant, VALID } from '../../support/check';
import { PpbWorkspace } from '../../../server/src/service';
import { checkOne, codes, expectExactly, splitValid } from '../helpers';

test('PPB210: a step peta naming no map, with the closest code suggested', () => {
  const text = variant('peta: KECKLB.06.04.CFM.01', 'peta: KECKLB.06.04.CFM.09');
  expectExactly(checkOne(text), [
    {
      line: lineOf(text, 'peta: KECKLB.06.04.CFM.09'),
      code: 'PPB210',
      severity: 'error',
      text: 'KECKLB.06.04.CFM.09',
      mentions: ['KECKLB.06.04.CFM.09', 'KECKLB.06.04.CFM.01'],
    },
  ]);
});

test('PPB210: a connector naming a code nobody declares says it looked for a process, sub-process or map', () => {
  const text = variant('peta: KECKLB.06.04.CFM.01', 'peta: KECKLB.06.07');
  const [found, ...more] = checkOne(text);
  assert.deepEqual(more, []);
  assert.equal(found?.text, 'KECKLB.06.07');
  assert.ok(found?.message.en.startsWith('No process, sub-process or map has code `KECKLB.06.07`.'), found?.message.en);
  assert.ok(found?.message.id.startsWith('Tidak ada proses, sub proses atau peta dengan kode `KECKLB.06.07`.'), found?.message.id);
});

test('PPB210: a sub-process lanjut naming no sub-process', () => {
  const text = variant('lanjut: [KECKLB.06.04]', 'lanjut: [KECKLB.06.05]');
  expectExactly(checkOne(text), [
    { line: lineOf(text, 'lanjut: [KECKLB.06.05]'), code: 'PPB210', severity: 'error', text: 'KECKLB.06.05', mentions: ['KECKLB.06.05'] },
  ]);
});

test('PPB210: a relasi proses naming no process', () => {
  const text = variant('    proses: KECKLB.06\n', '    proses: KECKLB.09\n');
  expectExactly(checkOne(text), [
    { line: lineOf(text, 'proses: KECKLB.09'), code: 'PPB210', severity: 'error', text: 'KECKLB.09', mentions: ['KECKLB.09'] },
  ]);
});

test('PPB210 across files: removing the map file flags the peta that points to it', () => {
  const { instansi, proses, peta } = splitValid();
  const at = peta.indexOf('  - kode: KECKLB.06.04.CFM.01');
  const cfm02 = peta.slice(0, at) + peta.slice(peta.indexOf('relasi:'));
  const cfm01 = `peta_lintas_fungsi:\n${peta.slice(at, peta.indexOf('relasi:'))}`;
  const ws = new PpbWorkspace();
  ws.setFile('file:///ws/i.ppb.yaml', instansi);
  ws.setFile('file:///ws/p.ppb.yaml', proses);
  ws.setFile('file:///ws/cfm02.ppb.yaml', cfm02);
  ws.setFile('file:///ws/cfm01.ppb.yaml', cfm01);
  assert.deepEqual(collect(ws), []);
  ws.removeFile('file:///ws/cfm01.ppb.yaml');
  expectExactly(collect(ws), [
    {
      file: 'cfm02.ppb.yaml',
      line: lineOf(cfm02, 'peta: KECKLB.06.04.CFM.01'),
      code: 'PPB210',
      severity: 'error',
      text: 'KECKLB.06.04.CFM.01',
      mentions: ['KECKLB.06.04.CFM.01'],
    },
  ]);
});

test('PPB210 near-miss: references in a variant form resolve', () => {
  const text = variant('peta: KECKLB.06.04.CFM.01', 'peta: KECKLB.6.4.cfm.1')
    .replace('lanjut: [KECKLB.06.04]', 'lanjut: KECKLB-06-04')
    .replace('    proses: KECKLB.06\n', '    proses: KECKLB.6\n');
  assert.deepEqual(codes(checkOne(text), 'PPB210'), []);
  assert.deepEqual(checkOne(text), []);
});

test('PPB210 near-miss: a relasi may name a sub-process, declared in another file', () => {
  const { instansi, proses, peta } = splitValid();
  const mine = variant('    proses: KECKLB.06\n', '    proses: KECKLB.06.03\n', peta);
  assert.deepEqual(checkFiles({ 'i.ppb.yaml': instansi, 'p.ppb.yaml': proses, 'peta.ppb.yaml': mine }), []);
  assert.ok(VALID.includes('proses: KECKLB.06\n'));
});
