import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lineOf } from '../../support/check';
import { checkOne, codes, expectExactly, simpleMap, simpleProcess, withMap, withProcess, withSubProcess } from '../helpers';

for (const kode of ['KECKLB.07.01', 'KECKLB', 'KECKLB.AB']) {
  test(`PPB202: Level 0 code ${kode} is not the prefix plus one number`, () => {
    const text = withProcess(simpleProcess(kode));
    expectExactly(checkOne(text), [
      { line: lineOf(text, `kode: ${kode}\n    nama: Proses uji`), code: 'PPB202', severity: 'error', text: kode, mentions: [kode] },
    ]);
  });
}

for (const kode of ['KECKLB.07.05', 'KECKLB.06.05.01']) {
  test(`PPB202: sub-process ${kode} under KECKLB.06 is not its parent's code plus one segment`, () => {
    const text = withSubProcess(kode);
    expectExactly(checkOne(text), [
      { line: lineOf(text, `kode: ${kode}`), code: 'PPB202', severity: 'error', text: kode, mentions: [kode, 'KECKLB.06'] },
    ]);
  });
}

for (const kode of ['KECKLB.06.03.05', 'KECKLB.CFM.01']) {
  test(`PPB202: map code ${kode} is not a process code plus .CFM.NN`, () => {
    const text = withMap(simpleMap(kode));
    expectExactly(checkOne(text), [
      { line: lineOf(text, `kode: ${kode}`), code: 'PPB202', severity: 'error', text: kode, mentions: [kode] },
    ]);
  });
}

test('PPB202: a Level 2 sub-process whose code skips its parent', () => {
  const text = withSubProcess('KECKLB.06.05').replace(
    '        keluaran: [Keluaran]\n',
    '        keluaran: [Keluaran]\n        sub_proses:\n          - kode: KECKLB.06.06.01\n            nama: Rincian\n            masukan: [a]\n            keluaran: [b]\n',
  );
  expectExactly(checkOne(text), [
    {
      line: lineOf(text, 'kode: KECKLB.06.06.01'),
      code: 'PPB202',
      severity: 'error',
      text: 'KECKLB.06.06.01',
      mentions: ['KECKLB.06.06.01', 'KECKLB.06.05'],
    },
  ]);
});

test('PPB202 near-miss: a valid Level 2 sub-process and a map under a Level 0 process', () => {
  const text = withMap(
    simpleMap('KECKLB.06.CFM.01'),
    withSubProcess('KECKLB.06.05').replace(
      '        keluaran: [Keluaran]\n',
      '        keluaran: [Keluaran]\n        sub_proses:\n          - kode: KECKLB.06.05.01\n            nama: Rincian\n            masukan: [a]\n            keluaran: [b]\n',
    ),
  );
  assert.deepEqual(checkOne(text), []);
});

test('PPB202 near-miss: variant forms of a correct hierarchy are information only', () => {
  const text = withMap(
    simpleMap('KECKLB.7.1.CFM.1'),
    withProcess(
      simpleProcess('KECKLB.7').replace(
        '    keluaran: [Keluaran]\n',
        '    keluaran: [Keluaran]\n    sub_proses:\n      - kode: KECKLB-07-1\n        nama: Sub\n        masukan: [a]\n        keluaran: [b]\n',
      ),
    ),
  );
  const found = checkOne(text);
  assert.deepEqual(codes(found, 'PPB202'), []);
  assert.deepEqual([...new Set(found.map((f) => f.severity))], ['info']);
  assert.equal(found.length, 3);
});

test('PPB202 near-miss: a code with the wrong prefix is left to PPB201', () => {
  const text = withSubProcess('KECPWD.06.05');
  const found = checkOne(text);
  assert.deepEqual(codes(found, 'PPB202'), []);
  assert.deepEqual(
    found.map((f) => f.code),
    ['PPB201'],
  );
});
