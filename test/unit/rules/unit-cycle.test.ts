import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkFiles, lineOf, variant } from '../../support/check';
import { checkOne, codes, expectExactly } from '../helpers';

test('PPB305: a three-unit loop marks each induk in the loop', () => {
  const text = variant('    nama: Camat\n', '    nama: Camat\n    induk: subbag_umum\n');
  const path = '`camat` → `subbag_umum` → `sekretariat` → `camat`';
  expectExactly(checkOne(text), [
    { line: lineOf(text, 'induk: subbag_umum'), code: 'PPB305', severity: 'warning', text: 'subbag_umum', mentions: [path] },
    { line: lineOf(text, 'induk: camat'), code: 'PPB305', severity: 'warning', text: 'camat', mentions: [path] },
    { line: lineOf(text, 'induk: sekretariat'), code: 'PPB305', severity: 'warning', text: 'sekretariat', mentions: [path] },
  ]);
});

test('PPB305: a unit that is its own parent', () => {
  const text = variant('    nama: Camat\n', '    nama: Camat\n    induk: camat\n');
  expectExactly(checkOne(text), [
    { line: lineOf(text, 'induk: camat'), code: 'PPB305', severity: 'warning', text: 'camat', mentions: ['`camat` → `camat`'] },
  ]);
});

test('PPB305 across files: a loop through units of two files is marked in both', () => {
  const a = variant('    nama: Camat\n', '    nama: Camat\n    induk: lurah\n');
  const b = 'unit:\n  lurah:\n    nama: Lurah\n    induk: camat\n';
  expectExactly(checkFiles({ 'a.ppb.yaml': a, 'b.ppb.yaml': b }), [
    {
      file: 'a.ppb.yaml',
      line: lineOf(a, 'induk: lurah'),
      code: 'PPB305',
      severity: 'warning',
      text: 'lurah',
      mentions: ['lurah', 'camat'],
    },
    { file: 'b.ppb.yaml', line: 4, code: 'PPB305', severity: 'warning', text: 'camat', mentions: ['lurah', 'camat'] },
  ]);
});

test('PPB305: a chain that runs into a loop marks only the loop', () => {
  // subbag_umum → sekretariat → camat → sekretariat: subbag_umum is not in the loop.
  const text = variant('    nama: Camat\n', '    nama: Camat\n    induk: sekretariat\n');
  const found = checkOne(text);
  assert.deepEqual(
    found.map((f) => `${f.code} ${f.line} ${f.text}`).sort(),
    [`PPB305 ${lineOf(text, 'induk: camat')} camat`, `PPB305 ${lineOf(text, 'induk: sekretariat')} sekretariat`].sort(),
  );
});

test('PPB305 near-miss: a tree, a unit under a party, and an unknown induk (PPB207) are no loop', () => {
  assert.deepEqual(checkOne(variant('    nama: Camat\n', '    nama: Camat\n    induk: bupati\n')), []);
  const found = checkOne(variant('    nama: Camat\n', '    nama: Camat\n    induk: gubernur\n'));
  assert.deepEqual(codes(found, 'PPB305'), []);
  assert.deepEqual(
    found.map((f) => f.code),
    ['PPB207'],
  );
});
