import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkFiles, lineOf, variant } from '../../support/check';
import { checkOne, codes, expectExactly, splitValid } from '../helpers';

test('PPB208: a step performed by a known unit that is not a lane of its map', () => {
  const text = variant('        pelaksana: penyedia\n', '        pelaksana: camat\n');
  expectExactly(checkOne(text), [
    {
      line: lineOf(text, 'nama: Mengirim barang') + 1,
      code: 'PPB208',
      severity: 'error',
      text: 'camat',
      mentions: ['camat', 'KECKLB.06.04.CFM.01'],
    },
  ]);
});

test('PPB208 across files: lanes and units declared elsewhere', () => {
  const { instansi, proses, peta } = splitValid();
  const mine = variant('        pelaksana: penyedia\n', '        pelaksana: bupati\n', peta);
  expectExactly(checkFiles({ 'i.ppb.yaml': instansi, 'p.ppb.yaml': proses, 'peta.ppb.yaml': mine }), [
    {
      file: 'peta.ppb.yaml',
      line: lineOf(mine, 'pelaksana: bupati'),
      code: 'PPB208',
      severity: 'error',
      text: 'bupati',
      mentions: ['bupati'],
    },
  ]);
});

test('PPB208 near-miss: a map that lists no lanes takes any known performer', () => {
  const text = variant('    pelaksana: [subbag_umum, penyedia]\n', '').replace(
    '        pelaksana: penyedia\n',
    '        pelaksana: camat\n',
  );
  assert.deepEqual(checkOne(text), []);
});

test('PPB208 near-miss: an unknown performer is PPB207 only', () => {
  const found = checkOne(variant('        pelaksana: penyedia\n', '        pelaksana: camatt\n'));
  assert.deepEqual(codes(found, 'PPB208'), []);
  assert.deepEqual(
    found.map((f) => f.code),
    ['PPB207'],
  );
});

test('PPB208 near-miss: an empty list of lanes does not put every step outside its lanes', () => {
  const text = variant('    pelaksana: [subbag_umum, penyedia]\n', '    pelaksana: []\n');
  assert.deepEqual(codes(checkOne(text), 'PPB208'), []);
});
