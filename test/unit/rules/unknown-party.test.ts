import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkFiles, collect, lineOf, variant, VALID } from '../../support/check';
import { PpbWorkspace } from '../../../server/src/service';
import { checkOne, codes, expectExactly, splitValid } from '../helpers';

/** Each place that names a unit or party, changed to a name nobody declares. */
const PLACES: { key: string; from: string; to: string; name: string; guess?: string }[] = [
  { key: 'pemasok', from: 'pemasok: [bupati]', to: 'pemasok: [bupatii]', name: 'bupatii', guess: 'bupati' },
  { key: 'pelanggan', from: 'pelanggan: [camat]', to: 'pelanggan: [kades]', name: 'kades' },
  {
    key: 'sub-process pelaksana',
    from: 'pelaksana: [subbag_umum]\n        masukan: [DPA',
    to: 'pelaksana: [subbag_umm]\n        masukan: [DPA',
    name: 'subbag_umm',
    guess: 'subbag_umum',
  },
  { key: 'induk', from: '    induk: camat\n', to: '    induk: kepala\n', name: 'kepala' },
  { key: 'relasi dari', from: '  - dari: bupati', to: '  - dari: gubernur', name: 'gubernur' },
  { key: 'relasi ke', from: '    ke: camat', to: '    ke: lurah', name: 'lurah' },
  {
    key: 'map lanes',
    from: 'pelaksana: [subbag_umum, sekretariat, camat]',
    to: 'pelaksana: [subbag_umum, sekretariat, camat, kasi]',
    name: 'kasi',
  },
  {
    key: 'step pelaksana',
    from: '        pelaksana: sekretariat\n',
    to: '        pelaksana: sekretaris\n',
    name: 'sekretaris',
    guess: 'sekretariat',
  },
];

for (const p of PLACES) {
  test(`PPB207: an unknown name in ${p.key}`, () => {
    const text = variant(p.from, p.to);
    const line = lineOf(text, p.to.split('\n')[0] ?? p.to);
    expectExactly(checkOne(text), [
      { line, code: 'PPB207', severity: 'error', text: p.name, mentions: [p.name, ...(p.guess ? [p.guess] : [])] },
    ]);
  });
}

test('PPB207 near-miss: units declared in another file are known', () => {
  const { instansi, proses, peta } = splitValid();
  assert.deepEqual(checkFiles({ 'a.ppb.yaml': instansi, 'b.ppb.yaml': proses, 'c.ppb.yaml': peta }), []);
});

test('PPB207 across files: removing the unit file flags the uses in other files', () => {
  const unitStart = VALID.indexOf('unit:');
  const unitEnd = VALID.indexOf('pemangku_kepentingan:');
  const units = VALID.slice(unitStart, unitEnd);
  const rest = VALID.slice(0, unitStart) + VALID.slice(unitEnd);
  const ws = new PpbWorkspace();
  ws.setFile('file:///ws/unit.ppb.yaml', units);
  ws.setFile('file:///ws/model.ppb.yaml', rest);
  assert.deepEqual(collect(ws), []);
  ws.removeFile('file:///ws/unit.ppb.yaml');
  const found = collect(ws);
  assert.ok(found.length > 0);
  assert.ok(found.every((f) => f.code === 'PPB207' && f.file === 'model.ppb.yaml' && f.severity === 'error'));
  const names = new Set(found.map((f) => f.text));
  assert.deepEqual([...names].sort(), ['camat', 'sekretariat', 'subbag_umum']);
  // e.g. `pelanggan: [camat]` of KECKLB.06, exactly on the name
  assert.ok(found.some((f) => f.line === lineOf(rest, 'pelanggan: [camat]') && f.text === 'camat'));
  assert.equal(codes(found, 'PPB207').length, found.length);
});

test('PPB207 across files: a unit renamed in one file flags the old name used in another', () => {
  const { instansi, proses, peta } = splitValid();
  const ws = new PpbWorkspace();
  checkFiles({ 'i.ppb.yaml': instansi, 'p.ppb.yaml': proses, 'peta.ppb.yaml': peta }, ws);
  const renamed = variant('  penyedia:\n', '  rekanan:\n', instansi);
  ws.setFile('file:///ws/i.ppb.yaml', renamed);
  const found = collect(ws);
  expectExactly(found, [
    {
      file: 'peta.ppb.yaml',
      line: lineOf(peta, 'pelaksana: [subbag_umum, penyedia]'),
      code: 'PPB207',
      severity: 'error',
      text: 'penyedia',
      mentions: ['penyedia'],
    },
    {
      file: 'peta.ppb.yaml',
      line: lineOf(peta, 'pelaksana: penyedia'),
      code: 'PPB207',
      severity: 'error',
      text: 'penyedia',
      mentions: ['penyedia'],
    },
  ]);
});
