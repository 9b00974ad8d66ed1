import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lineOf } from '../../support/check';
import { POM_MODEL } from './pom-model';
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
  // PPB401 once for the file, at its first variant code, counting all three.
  assert.deepEqual(
    found.map((f) => `${f.code} ${f.text}`),
    ['PPB401 KECKLB.7'],
  );
  assert.match(found[0]?.message.en ?? '', /^3 codes in this file/);
});

const POM_MAP_CASES: { kode: string; example: string }[] = [
  // The real misprint of a printed Balai POM form: CEM for CFM.
  { kode: 'POM-14.02/CEM.02', example: 'POM-14.02/CFM.02' },
  // CFM left out: the example puts it back before the number.
  { kode: 'POM-14.02.05', example: 'POM-14.02.CFM.05' },
  // A map under a map.
  { kode: 'POM-14.02/CFM.01/CFM.01', example: 'POM-14.02/CFM.01' },
];
for (const { kode, example } of POM_MAP_CASES) {
  test(`PPB202: map code ${kode} gets an example made from it, ${example}, in both languages`, () => {
    const text = withMap(simpleMap(kode), POM_MODEL);
    const found = checkOne(text).filter((f) => f.code === 'PPB202');
    expectExactly(found, [
      { line: lineOf(text, `kode: ${kode}\n`), code: 'PPB202', severity: 'error', text: kode, mentions: [kode, example] },
    ]);
  });
}

test('PPB202: a Level 0 code KECKLB.07.01 gets the example KECKLB.07, a sub-process KECKLB.07.05 under KECKLB.06 gets KECKLB.06.05', () => {
  const level0 = withProcess(simpleProcess('KECKLB.07.01'));
  expectExactly(checkOne(level0), [
    { line: lineOf(level0, 'kode: KECKLB.07.01\n'), code: 'PPB202', severity: 'error', text: 'KECKLB.07.01', mentions: ['`KECKLB.07`'] },
  ]);
  const sub = withSubProcess('KECKLB.07.05');
  expectExactly(checkOne(sub), [
    { line: lineOf(sub, 'kode: KECKLB.07.05'), code: 'PPB202', severity: 'error', text: 'KECKLB.07.05', mentions: ['`KECKLB.06.05`'] },
  ]);
});

test('PPB202 near-miss: POM-14.01/CFM.01 and POM-14.01CFM.01 are map codes under POM-14.01', () => {
  for (const kode of ['POM-14.01/CFM.01', 'POM-14.01CFM.01', 'POM-14.01_cfm.1']) {
    const text = withMap(simpleMap(kode), POM_MODEL);
    const found = checkOne(text);
    assert.deepEqual(
      found.filter((f) => f.severity !== 'info').map((f) => `${f.code} ${f.text}`),
      [],
      kode,
    );
  }
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
