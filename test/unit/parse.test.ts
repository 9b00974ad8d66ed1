import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PpbWorkspace } from '../../server/src/service';
import { checkFiles, collect, lineOf, variant, VALID } from '../support/check';
import { checkOne, expectExactly } from './helpers';

// PPB001: YAML syntax

test('PPB001: a missing colon lands on the broken line, and is the only diagnostic', () => {
  const text = variant('    singkatan: Sekcam\n', '    singkatan Sekcam\n');
  expectExactly(checkOne(text), [{ line: lineOf(text, 'singkatan Sekcam'), code: 'PPB001', severity: 'error', text: 'singkatan Sekcam' }]);
});

test('PPB001: a line indented wrongly lands on that line', () => {
  const text = variant('    nama: Camat\n', '    nama: Camat\n   induk: x\n');
  const found = checkOne(text);
  assert.deepEqual(
    found.map((f) => `${f.code} ${f.severity} ${f.line}`),
    [`PPB001 error ${lineOf(text, '   induk: x')}`],
  );
  assert.notEqual(found[0]?.message.id, found[0]?.message.en);
});

test('PPB001: a second colon in a plain value lands on that line', () => {
  const text = variant('nama: Camat\n', 'nama: Camat: Kepala\n');
  const found = checkOne(text);
  assert.deepEqual(
    found.map((f) => `${f.code} ${f.line}`),
    [`PPB001 ${lineOf(text, 'Camat: Kepala')}`],
  );
});

test('PPB001: a tab used as indentation is named as such, on its line', () => {
  const text = 'versi: 1\ninstansi:\n\tkode: KECKLB\n';
  const found = checkOne(text);
  expectExactly(found, [{ line: 3, code: 'PPB001', severity: 'error', text: '\t' }]);
  assert.match(found[0]?.message.en ?? '', /[Tt]ab/);
  assert.match(found[0]?.message.id ?? '', /[Tt]ab/);
});

test('PPB001: in a full model the first error of a tab-indented line is on that line', () => {
  const text = variant('  camat:\n    nama: Camat\n', '  camat:\n\tnama: Camat\n');
  const found = checkOne(text);
  assert.ok(found.length > 0 && found.every((f) => f.code === 'PPB001'));
  assert.equal(found[0]?.line, lineOf(text, '\tnama: Camat'));
  assert.equal(found[0]?.text, '\t');
});

test('a tab after a colon (not indentation) is fine', () => {
  assert.deepEqual(checkOne(variant('nama: Camat\n', 'nama:\tCamat\n')), []);
});

// PPB002: more than one document

test('PPB002: a second document after --- is marked at the separator', () => {
  const text = `${VALID}---\nunit:\n  lurah:\n    nama: Lurah\n`;
  expectExactly(checkOne(text), [{ line: lineOf(text, '---'), code: 'PPB002', severity: 'error', text: '---', mentions: ['`---`'] }]);
});

test('PPB002 near-miss: a document start marker before the only document, and an end marker', () => {
  assert.deepEqual(checkOne(`---\n${VALID}`), []);
  assert.deepEqual(checkOne(`${VALID}...\n`), []);
});

// PPB003: duplicate keys

test('PPB003: a key written twice in one mapping marks the second key', () => {
  const text = variant('    singkatan: Sekcam\n', '    singkatan: Sekcam\n    singkatan: Sekcam2\n');
  expectExactly(checkOne(text), [
    { line: lineOf(text, 'singkatan: Sekcam2'), code: 'PPB003', severity: 'error', text: 'singkatan', mentions: ['`singkatan`'] },
  ]);
});

test('PPB003: a step key written twice', () => {
  const text = variant('        waktu: 1 hari\n', '        waktu: 1 hari\n        waktu: 2 hari\n');
  expectExactly(checkOne(text), [
    { line: lineOf(text, 'waktu: 2 hari'), code: 'PPB003', severity: 'error', text: 'waktu', mentions: ['`waktu`'] },
  ]);
});

test('PPB003 near-miss: the same key in two different mappings', () => {
  // `nama` stands in every unit, process and step: one per mapping is fine.
  assert.deepEqual(checkOne(VALID), []);
  assert.ok(VALID.split('nama:').length > 10);
});

// A broken file in a workspace

const UNITS = 'unit:\n  camat:\n    nama: Camat\n';
const USES =
  'versi: 1\ninstansi:\n  kode: KECKLB\n  nama: Kecamatan Klambu\nproses:\n  - kode: KECKLB.01\n    nama: Pelayanan\n    kategori: utama\n    masukan: [Permohonan]\n    keluaran: [Layanan]\n    pelanggan: [camat]\n';

test('a syntax error in one file does not hide the problems of another', () => {
  const uses = USES.replace('pelanggan: [camat]', 'pelanggan: [camat]\n    pemasok: [camatt]');
  const broken = 'unit:\n  camat:\n    nama: [Camat\n';
  const found = checkFiles({ 'a.ppb.yaml': broken, 'b.ppb.yaml': uses });
  assert.deepEqual(
    found.filter((f) => f.file === 'a.ppb.yaml').map((f) => f.code),
    ['PPB001'],
  );
  expectExactly(
    found.filter((f) => f.file === 'b.ppb.yaml'),
    [{ file: 'b.ppb.yaml', line: lineOf(uses, 'camatt'), code: 'PPB207', severity: 'error', text: 'camatt', mentions: ['camatt'] }],
  );
});

test('a broken file keeps its last good model for the others, and shows only its syntax error', () => {
  const ws = new PpbWorkspace();
  assert.deepEqual(checkFiles({ 'a.ppb.yaml': UNITS, 'b.ppb.yaml': USES }, ws), []);
  // Without its colon, `camat` is no unit any more in the broken text: only the last good model knows it.
  const broken = 'unit:\n  camat\n    nama: Camat\n';
  const found = checkFiles({ 'a.ppb.yaml': broken }, ws);
  assert.deepEqual(
    found.map((f) => `${f.file} ${f.code} ${f.line}`),
    ['a.ppb.yaml PPB001 2'],
  );
  // Fixed again: still clean.
  assert.deepEqual(checkFiles({ 'a.ppb.yaml': UNITS }, ws), []);
});

test('a broken file shows no stale rule diagnostics from its last good text', () => {
  const ws = new PpbWorkspace();
  const withDefect = `${UNITS}  seksi:\n    nama: Seksi\n    induk: kepala\n`;
  const before = checkFiles({ 'a.ppb.yaml': withDefect, 'b.ppb.yaml': USES }, ws);
  assert.deepEqual(
    before.map((f) => `${f.file} ${f.code} ${f.text}`),
    ['a.ppb.yaml PPB207 kepala'],
  );
  const after = checkFiles({ 'a.ppb.yaml': `${withDefect}  lurah\n    nama: Lurah\n` }, ws);
  assert.deepEqual(
    after.map((f) => `${f.file} ${f.code}`),
    ['a.ppb.yaml PPB001'],
  );
});

test('removing the broken file drops its last good model too', () => {
  const ws = new PpbWorkspace();
  checkFiles({ 'a.ppb.yaml': UNITS, 'b.ppb.yaml': USES }, ws);
  checkFiles({ 'a.ppb.yaml': 'unit:\n  camat\n    nama: Camat\n' }, ws);
  ws.removeFile('file:///ws/a.ppb.yaml');
  assert.deepEqual(
    collect(ws).map((f) => `${f.file} ${f.code} ${f.text}`),
    ['b.ppb.yaml PPB207 camat'],
  );
});

// Encodings and line ends

test('a byte order mark at the start is fine, and ranges stay right', () => {
  assert.deepEqual(checkOne(`\uFEFF${VALID}`), []);
  const text = `\uFEFF${variant('kategori: pendukung', 'kategori: pendukungg')}`;
  expectExactly(checkOne(text), [
    { line: lineOf(text, 'kategori:'), code: 'PPB103', severity: 'error', text: 'pendukungg', mentions: ['pendukungg'] },
  ]);
});

test('CRLF line ends: a valid model is clean, and ranges mark the same lines and text', () => {
  const crlf = (s: string): string => s.replace(/\n/g, '\r\n');
  assert.deepEqual(checkOne(crlf(VALID)), []);
  const schema = crlf(variant('kategori: pendukung', 'kategori: pendukungg'));
  expectExactly(checkOne(schema), [{ line: lineOf(schema, 'kategori:'), code: 'PPB103', severity: 'error', text: 'pendukungg' }]);
  const rule = crlf(variant('pelanggan: [camat]', 'pelanggan: [camatt]'));
  expectExactly(checkOne(rule), [{ line: lineOf(rule, 'camatt'), code: 'PPB207', severity: 'error', text: 'camatt' }]);
  const dup = crlf(variant('    singkatan: Sekcam\n', '    singkatan: Sekcam\n    singkatan: Sekcam2\n'));
  expectExactly(checkOne(dup), [{ line: lineOf(dup, 'Sekcam2'), code: 'PPB003', severity: 'error', text: 'singkatan' }]);
  const syntax = crlf(variant('    singkatan: Sekcam\n', '    singkatan Sekcam\n'));
  expectExactly(checkOne(syntax), [
    { line: lineOf(syntax, 'singkatan Sekcam'), code: 'PPB001', severity: 'error', text: 'singkatan Sekcam' },
  ]);
});

test('PPB001: a missing colon is named as such, not as a missing quote or bracket', () => {
  const found = checkOne(variant('    singkatan: Sekcam\n', '    singkatan Sekcam\n'));
  assert.match(found[0]?.message.en ?? '', /not followed by a colon/);
  assert.match(found[0]?.message.id ?? '', /tidak diikuti titik dua/);
});

test('PPB001: an unclosed quote is shown where the quote opens, not at the end of the file', () => {
  const text = variant('    hal: Pelimpahan kewenangan\n', '    hal: "Pelimpahan kewenangan\n');
  expectExactly(checkOne(text), [{ line: lineOf(text, 'hal: "Pelimpahan'), code: 'PPB001', severity: 'error', text: '"' }]);
});

test('PPB001: one tab shows one error, not a cascade on the lines after it', () => {
  const text = 'relasi:\n  - dari: bupati\n\tke: camat\n    hal: Arahan\n';
  assert.deepEqual(
    checkOne(text).map((f) => `${f.code} ${f.line}`),
    ['PPB001 3'],
  );
});

test('PPB001: an alias to no anchor is shown at the alias', () => {
  const text = variant('    nama: Camat\n', '    nama: *kepala\n');
  expectExactly(checkOne(text), [{ line: lineOf(text, '*kepala'), code: 'PPB001', severity: 'error', text: '*kepala' }]);
});

test('PPB002 near-miss: a trailing --- with nothing after it is harmless', () => {
  assert.deepEqual(checkOne(`${VALID}---\n# akhir\n`), []);
});
