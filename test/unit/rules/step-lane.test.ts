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

// Joint steps (format 1.1): `pelaksana` as a list, each id checked on its own.
const JOINT_FROM = '      - nama: Mengirim barang\n        pelaksana: penyedia\n';
const joint = (performers: string): string => variant(JOINT_FROM, `      - nama: Mengirim barang\n        pelaksana: ${performers}\n`);

test('PPB208 joint step: each id that is not a lane is marked on its own, the lanes listed', () => {
  const text = joint('[penyedia, camat, bupati]');
  const line = lineOf(text, 'pelaksana: [penyedia, camat');
  expectExactly(checkOne(text), [
    { line, code: 'PPB208', severity: 'error', text: 'camat', mentions: ['camat', 'KECKLB.06.04.CFM.01', '`subbag_umum`, `penyedia`'] },
    { line, code: 'PPB208', severity: 'error', text: 'bupati', mentions: ['bupati', 'KECKLB.06.04.CFM.01'] },
  ]);
});

test('PPB208 near-miss: a joint step whose performers are all lanes is clean', () => {
  assert.deepEqual(checkOne(joint('[penyedia, subbag_umum]')), []);
  assert.deepEqual(checkOne(joint('\n          - subbag_umum\n          - penyedia')), []);
});

test('PPB207 joint step: an unknown id in the list is marked alone, with a suggestion; its neighbours are not', () => {
  const text = joint('[penyedia, subbag_umun]');
  expectExactly(checkOne(text), [
    {
      line: lineOf(text, 'subbag_umun'),
      code: 'PPB207',
      severity: 'error',
      text: 'subbag_umun',
      mentions: ['subbag_umun', 'subbag_umum'],
    },
  ]);
});

test('PPB105 joint step: the same performer twice is named, with both places', () => {
  const text = joint('[penyedia, subbag_umum, penyedia]');
  const found = checkOne(text);
  expectExactly(found, [
    {
      line: lineOf(text, 'pelaksana: [penyedia, subbag_umum, penyedia]'),
      code: 'PPB105',
      severity: 'error',
      text: '[penyedia, subbag_umum, penyedia]',
      mentions: ['`penyedia`', '1', '3'],
    },
  ]);
  assert.match(found[0]?.message.en ?? '', /names `penyedia` twice \(items 1 and 3\)/);
  assert.match(found[0]?.message.id ?? '', /menyebut `penyedia` dua kali \(butir 1 dan 3\)/);
});

test('PPB102 near-miss: a performer that is neither an id nor a list of ids is a type error, not a lane error', () => {
  const found = checkOne(joint('{nama: penyedia}'));
  assert.deepEqual(
    found.map((f) => f.code),
    ['PPB102'],
  );
});
