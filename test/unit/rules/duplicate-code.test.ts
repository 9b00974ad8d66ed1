import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkFiles, lineOf, variant, VALID } from '../../support/check';
import { checkOne, expectExactly, simpleMap, simpleProcess, withMap, withSubProcess } from '../helpers';

test('PPB203: the same process code in two files is reported in both', () => {
  const other = `proses:\n${simpleProcess('KECKLB.06')}`;
  expectExactly(checkFiles({ 'a.ppb.yaml': VALID, 'b.ppb.yaml': other }), [
    {
      file: 'a.ppb.yaml',
      line: lineOf(VALID, 'kode: KECKLB.06\n'),
      code: 'PPB203',
      severity: 'error',
      text: 'KECKLB.06',
      mentions: ['KECKLB.06'],
    },
    { file: 'b.ppb.yaml', line: 2, code: 'PPB203', severity: 'error', text: 'KECKLB.06', mentions: ['KECKLB.06'] },
  ]);
});

test('PPB203: a sub-process code written twice under one parent', () => {
  const text = withSubProcess('KECKLB.06.04');
  expectExactly(checkOne(text), [
    { line: lineOf(text, 'kode: KECKLB.06.04\n'), code: 'PPB203', severity: 'error', text: 'KECKLB.06.04', mentions: ['KECKLB.06.04'] },
    { line: lineOf(text, 'kode: KECKLB.06.04\n', 2), code: 'PPB203', severity: 'error', text: 'KECKLB.06.04', mentions: ['KECKLB.06.04'] },
  ]);
});

test('PPB203: a map code and its variant spelling are the same code', () => {
  const text = withMap(simpleMap('KECKLB.6.3.CFM.2'));
  expectExactly(checkOne(text), [
    {
      line: lineOf(text, 'kode: KECKLB.06.03.CFM.02'),
      code: 'PPB203',
      severity: 'error',
      text: 'KECKLB.06.03.CFM.02',
      mentions: ['KECKLB.06.03.CFM.02'],
    },
    {
      line: lineOf(text, 'kode: KECKLB.6.3.CFM.2'),
      code: 'PPB203',
      severity: 'error',
      text: 'KECKLB.6.3.CFM.2',
      mentions: ['KECKLB.6.3.CFM.2'],
    },
    {
      line: lineOf(text, 'kode: KECKLB.6.3.CFM.2'),
      code: 'PPB401',
      severity: 'info',
      text: 'KECKLB.6.3.CFM.2',
      mentions: ['KECKLB.6.3.CFM.2'],
    },
  ]);
});

test('PPB203: a sasaran code declared twice', () => {
  const text = variant(
    '        nama: Meningkatnya kualitas kinerja dan akuntabilitas\n',
    '        nama: Meningkatnya kualitas kinerja dan akuntabilitas\n      - kode: S1\n        nama: Sasaran ganda\n',
  );
  expectExactly(checkOne(text), [
    { line: lineOf(text, 'kode: S1'), code: 'PPB203', severity: 'error', text: 'S1', mentions: ['S1'] },
    { line: lineOf(text, 'kode: S1', 2), code: 'PPB203', severity: 'error', text: 'S1', mentions: ['S1'] },
  ]);
});

test('PPB203 near-miss: numbering gaps and a map next to its sub-process are different codes', () => {
  const text = withMap(simpleMap('KECKLB.06.03.CFM.07'), withSubProcess('KECKLB.06.09'));
  assert.deepEqual(checkOne(text), []);
});
