import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lineOf, variant } from '../support/check';
import { checkOne, expectExactly, FILE } from './helpers';
import { checkFiles } from '../support/check';

// PPB101: unknown keys

test('PPB101: a typo key beside the real one is marked on the key, with a suggestion', () => {
  const text = variant('    kategori: pendukung\n', '    nama_proses: Penunjang\n    kategori: pendukung\n');
  const found = checkOne(text);
  expectExactly(found, [
    { line: lineOf(text, 'nama_proses'), code: 'PPB101', severity: 'error', text: 'nama_proses', mentions: ['nama_proses'] },
  ]);
  assert.ok(found[0]?.message.en.includes('Did you mean `nama`?'), found[0]?.message.en);
  assert.ok(found[0]?.message.id.includes('Mungkin maksud Anda `nama`?'), found[0]?.message.id);
});

test('PPB101: a typo replacing a required key also says the key is missing, at the item', () => {
  const text = variant(
    '    nama: Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\n',
    '    nama_proses: Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\n',
  );
  const found = checkOne(text);
  expectExactly(found, [
    { line: lineOf(text, 'nama_proses'), code: 'PPB101', severity: 'error', text: 'nama_proses', mentions: ['nama_proses', '`nama`'] },
    { line: lineOf(text, 'kode: KECKLB.06\n'), code: 'PPB104', severity: 'error', text: 'kode', mentions: ['`nama`'] },
  ]);
});

test('PPB101: an unknown top-level key', () => {
  const text = variant('relasi:', 'relasii:');
  expectExactly(checkOne(text), [
    { line: lineOf(text, 'relasii:'), code: 'PPB101', severity: 'error', text: 'relasii', mentions: ['relasii', '`relasi`'] },
  ]);
});

// PPB102: wrong type

test('PPB102: a text where a list is expected marks the value', () => {
  const text = variant('masukan: [DPA Kecamatan]\n    keluaran', 'masukan: DPA Kecamatan\n    keluaran');
  expectExactly(checkOne(text), [
    { line: lineOf(text, 'masukan: DPA Kecamatan'), code: 'PPB102', severity: 'error', text: 'DPA Kecamatan', mentions: ['`masukan`'] },
  ]);
});

test('PPB102: a number where a text is expected marks the value', () => {
  const text = variant('nama: Camat', 'nama: 123');
  expectExactly(checkOne(text), [
    { line: lineOf(text, 'nama: 123'), code: 'PPB102', severity: 'error', text: '123', mentions: ['`nama`'] },
  ]);
});

test('PPB102: an unquoted NIP is a number, so a type error (not a pattern error), and the example is quoted', () => {
  const text = variant('  nama: Kecamatan Klambu\n', '  nama: Kecamatan Klambu\n  pimpinan:\n    nip: 198710132006021002\n');
  const found = checkOne(text);
  expectExactly(found, [
    { line: lineOf(text, 'nip:'), code: 'PPB102', severity: 'error', text: '198710132006021002', mentions: ['`nip`'] },
  ]);
  assert.ok(found[0]?.message.en.includes('`nip: "198710132006021002"`'), found[0]?.message.en);
});

test('PPB102: a unit written as a text instead of a mapping', () => {
  const text = variant('  camat:\n    nama: Camat\n', '  camat: Camat\n');
  expectExactly(checkOne(text), [
    { line: lineOf(text, 'camat: Camat'), code: 'PPB102', severity: 'error', text: 'Camat', mentions: ['`camat`'] },
  ]);
});

test('PPB102: a text for versi is one type error, not also an enum error', () => {
  const text = variant('versi: 1', 'versi: satu');
  expectExactly(checkOne(text), [{ line: 1, code: 'PPB102', severity: 'error', text: 'satu', mentions: ['`versi`'] }]);
});

test('PPB102: a file that is a list, not a mapping, says so without an empty key name', () => {
  const found = checkFiles({ [FILE]: '- a\n- b\n' });
  assert.deepEqual(
    found.map((f) => f.code),
    ['PPB102'],
  );
  assert.ok(!found[0]?.message.en.includes('``'), found[0]?.message.en);
  assert.ok(!found[0]?.message.id.includes('``'), found[0]?.message.id);
});

// PPB103: outside the set

test('PPB103: kategori outside its set marks the value and suggests the closest', () => {
  const text = variant('kategori: pendukung', 'kategori: pendukungg');
  const found = checkOne(text);
  expectExactly(found, [
    {
      line: lineOf(text, 'kategori:'),
      code: 'PPB103',
      severity: 'error',
      text: 'pendukungg',
      mentions: ['pendukungg', '`pendukung`', '`utama`'],
    },
  ]);
});

test('PPB103: jenis outside its set gives one diagnostic (no `if` noise, no required nama/pelaksana noise)', () => {
  const text = variant('jenis: keputusan', 'jenis: keputsan');
  expectExactly(checkOne(text), [
    { line: lineOf(text, 'jenis: keputsan'), code: 'PPB103', severity: 'error', text: 'keputsan', mentions: ['keputsan', '`keputusan`'] },
  ]);
});

test('PPB103: alur outside its set {berurutan, bebas} (format 1.1) marks the value; near-miss: bebas is fine', () => {
  const text = variant('    sub_proses:\n', '    alur: acak\n    sub_proses:\n');
  expectExactly(checkOne(text), [
    { line: lineOf(text, 'alur: acak'), code: 'PPB103', severity: 'error', text: 'acak', mentions: ['acak', '`bebas`', '`berurutan`'] },
  ]);
  assert.deepEqual(checkOne(text.replace('alur: acak', 'alur: bebas')), []);
});

test('PPB103: versi 2 is outside the set {1}', () => {
  const text = variant('versi: 1', 'versi: 2');
  expectExactly(checkOne(text), [{ line: 1, code: 'PPB103', severity: 'error', text: '2', mentions: ['`versi`', '`1`'] }]);
});

// PPB104: required keys

test('PPB104: a process without nama is marked at the item first key', () => {
  const text = variant('    nama: Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\n', '');
  expectExactly(checkOne(text), [
    { line: lineOf(text, 'kode: KECKLB.06\n'), code: 'PPB104', severity: 'error', text: 'kode', mentions: ['`nama`'] },
  ]);
});

test('PPB104: a keputusan without pelaksana: exactly one diagnostic, at the step first key', () => {
  const text = variant('        nama: Sesuai anggaran?\n        pelaksana: sekretariat\n', '        nama: Sesuai anggaran?\n');
  expectExactly(checkOne(text), [
    { line: lineOf(text, 'id: periksa'), code: 'PPB104', severity: 'error', text: 'id', mentions: ['`pelaksana`'] },
  ]);
});

test('PPB104: the key named in a required message is not repeated as its own title', () => {
  const text = variant('        nama: Sesuai anggaran?\n        pelaksana: sekretariat\n', '        nama: Sesuai anggaran?\n');
  const [f] = checkOne(text);
  assert.ok(f && !f.message.en.includes('`pelaksana` (pelaksana)'), f?.message.en);
});

test('PPB104: a penghubung without peta: exactly one diagnostic, at the step first key', () => {
  const text = variant(
    '        keluaran: [Barang, Berita acara serah terima]\n',
    '        keluaran: [Barang, Berita acara serah terima]\n      - jenis: penghubung\n        nama: Ke peta penerimaan\n        pelaksana: penyedia\n',
  );
  expectExactly(checkOne(text), [
    { line: lineOf(text, 'jenis: penghubung'), code: 'PPB104', severity: 'error', text: 'jenis', mentions: ['`peta`'] },
  ]);
});

test('PPB104: a penghubung with its peta is fine', () => {
  const text = variant(
    '        keluaran: [Barang, Berita acara serah terima]\n',
    '        keluaran: [Barang, Berita acara serah terima]\n      - jenis: penghubung\n        nama: Kembali ke logistik\n        pelaksana: penyedia\n        peta: KECKLB.06.03.CFM.02\n',
  );
  assert.deepEqual(checkOne(text), []);
});

test('PPB104: a missing key of a mapping value is marked at the parent key', () => {
  const text = variant('  kode: KECKLB\n', '');
  expectExactly(checkOne(text), [
    { line: lineOf(text, 'instansi:'), code: 'PPB104', severity: 'error', text: 'instansi', mentions: ['`kode`'] },
  ]);
  const unit = variant('    nama: Camat\n', '    singkatan: Cmt\n');
  expectExactly(checkOne(unit), [
    { line: lineOf(unit, '  camat:'), code: 'PPB104', severity: 'error', text: 'camat', mentions: ['`nama`'] },
  ]);
});

test('PPB104: a relasi without ke is marked at the item first key', () => {
  const text = variant('    ke: camat\n', '');
  expectExactly(checkOne(text), [
    { line: lineOf(text, '  - dari: bupati'), code: 'PPB104', severity: 'error', text: 'dari', mentions: ['`ke`'] },
  ]);
});

// PPB105: wrong form

test('PPB105: a unit id that is not a lower-case id is marked on the key', () => {
  const text = variant('pemangku_kepentingan:\n', '  Seksi_PMD:\n    nama: Seksi PMD\npemangku_kepentingan:\n');
  expectExactly(checkOne(text), [
    { line: lineOf(text, 'Seksi_PMD'), code: 'PPB105', severity: 'error', text: 'Seksi_PMD', mentions: ['Seksi_PMD'] },
  ]);
});

test('PPB105: a NIP that is not 18 digits, a period in the wrong form, an instansi code with a dash', () => {
  const nip = variant('  nama: Kecamatan Klambu\n', '  nama: Kecamatan Klambu\n  pimpinan:\n    nip: "1987"\n');
  expectExactly(checkOne(nip), [{ line: lineOf(nip, 'nip:'), code: 'PPB105', severity: 'error', text: '"1987"', mentions: ['1987'] }]);
  const periode = variant('  nama: Kecamatan Klambu\n', '  nama: Kecamatan Klambu\n  periode: 2021/2026\n');
  expectExactly(checkOne(periode), [
    { line: lineOf(periode, 'periode:'), code: 'PPB105', severity: 'error', text: '2021/2026', mentions: ['2021/2026', '2021-2026'] },
  ]);
});

test('PPB105: an empty text and an empty lanjut list', () => {
  const nama = variant('nama: Camat', "nama: ''");
  expectExactly(checkOne(nama), [{ line: lineOf(nama, "nama: ''"), code: 'PPB105', severity: 'error', text: "''", mentions: ['`nama`'] }]);
  const lanjut = variant('        keluaran: [Nota persetujuan]\n', '        keluaran: [Nota persetujuan]\n        lanjut: []\n');
  expectExactly(checkOne(lanjut), [
    { line: lineOf(lanjut, 'lanjut: []'), code: 'PPB105', severity: 'error', text: '[]', mentions: ['`lanjut`'] },
  ]);
});

// Nothing to say

test('an empty file and a comment-only file give no diagnostic', () => {
  assert.deepEqual(checkFiles({ 'kosong.ppb.yaml': '' }), []);
  assert.deepEqual(checkFiles({ 'catatan.ppb.yaml': '# Peta proses bisnis\n# disusun kemudian\n' }), []);
  assert.deepEqual(checkFiles({ 'spasi.ppb.yaml': '\n\n   \n' }), []);
});

test('a step without jenis is an aktivitas: waktu as a number is fine, as a list is one type error', () => {
  assert.deepEqual(checkOne(variant('waktu: 1 hari', 'waktu: 2')), []);
  const text = variant('waktu: 1 hari', 'waktu: [1 hari]');
  expectExactly(checkOne(text), [
    { line: lineOf(text, 'waktu:'), code: 'PPB102', severity: 'error', text: '[1 hari]', mentions: ['`waktu`'] },
  ]);
});
