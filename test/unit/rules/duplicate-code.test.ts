import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkFiles, lineOf, variant, VALID } from '../../support/check';
import { PpbWorkspace } from '../../../server/src/service';
import { checkOne, expectExactly, simpleMap, simpleProcess, withMap, withProcess, withSubProcess } from '../helpers';

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
      // Both spellings, named as one code.
      mentions: ['`KECKLB.06.03.CFM.02`', '`KECKLB.6.3.CFM.2`'],
    },
    {
      line: lineOf(text, 'kode: KECKLB.6.3.CFM.2'),
      code: 'PPB203',
      severity: 'error',
      text: 'KECKLB.6.3.CFM.2',
      mentions: ['`KECKLB.06.03.CFM.02`', '`KECKLB.6.3.CFM.2`'],
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

test('PPB203: each declaration points to every other one, and says the spellings are one code', () => {
  const copy = simpleProcess('KECKLB.6');
  const text = withProcess(copy + simpleProcess('KECKLB-06'));
  const ws = new PpbWorkspace();
  ws.setFile('file:///ws/a.ppb.yaml', text);
  const found = [...ws.diagnostics().values()].flat().filter((d) => d.code === 'PPB203');
  const written = (d: { start: number; end: number }): string => text.slice(d.start, d.end);
  assert.deepEqual(found.map(written).sort(), ['KECKLB-06', 'KECKLB.06', 'KECKLB.6']);
  for (const d of found) {
    assert.deepEqual(
      (d.related ?? []).map((r) => written(r.span)).sort(),
      ['KECKLB-06', 'KECKLB.06', 'KECKLB.6'].filter((c) => c !== written(d)),
      `${written(d)} points to the two others`,
    );
    assert.ok(d.message.en.includes('`KECKLB.06`, `KECKLB.6` and `KECKLB-06` are the same code'), d.message.en);
    assert.ok(d.message.id.includes('`KECKLB.06`, `KECKLB.6` dan `KECKLB-06` adalah kode yang sama'), d.message.id);
  }
});

test('PPB203 near-miss: a code written the same way twice does not speak of spellings', () => {
  const text = withProcess(simpleProcess('KECKLB.06'));
  const found = checkOne(text).filter((f) => f.code === 'PPB203');
  assert.equal(found.length, 2);
  for (const f of found) assert.ok(!f.message.en.includes('same code') && !f.message.id.includes('kode yang sama'), f.message.en);
});
