import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lineOf, variant } from '../../support/check';
import { checkOne, codes, expectExactly, withMap } from '../helpers';

/** A decision whose `Tidak` branch goes to the last step, which is not `selesai`. */
const DEAD_END = `  - kode: KECKLB.06.04.CFM.02
    nama: Pemeriksaan berkas
    langkah:
      - jenis: mulai
        pelaksana: subbag_umum
      - id: periksa
        jenis: keputusan
        nama: Lengkap?
        pelaksana: subbag_umum
        cabang:
          Ya: terima
          Tidak: tolak
      - id: terima
        jenis: selesai
        pelaksana: subbag_umum
      - id: tolak
        nama: Menolak berkas
        pelaksana: subbag_umum
        keluaran: [Surat penolakan]
`;

test('PPB302: the last step, not a selesai, is a dead end', () => {
  const text = withMap(DEAD_END);
  expectExactly(checkOne(text), [
    { line: lineOf(text, 'id: tolak'), code: 'PPB302', severity: 'warning', text: 'tolak', mentions: ['tolak', '`selesai`'] },
  ]);
});

test('PPB302: a loop without exit is marked on every step caught in it', () => {
  const text = withMap(`  - kode: KECKLB.06.04.CFM.02
    nama: Putaran
    langkah:
      - jenis: mulai
        pelaksana: subbag_umum
      - id: ulang
        nama: Mengulang
        pelaksana: subbag_umum
        keluaran: [Draf]
        lanjut: ulang
      - jenis: selesai
        pelaksana: subbag_umum
`);
  const mulai = lineOf(text, 'nama: Putaran') + 2;
  const selesai = lineOf(text, 'lanjut: ulang') + 1;
  expectExactly(checkOne(text), [
    { line: mulai, code: 'PPB302', severity: 'warning', text: 'mulai', mentions: ['mulai'] },
    { line: lineOf(text, 'id: ulang'), code: 'PPB302', severity: 'warning', text: 'ulang', mentions: ['ulang'] },
    // The loop also leaves `selesai` unreachable: that is PPB301's to say.
    { line: selesai, code: 'PPB301', severity: 'warning', text: 'selesai' },
  ]);
});

test('PPB302: a step without an id is named by its nama', () => {
  const noId = withMap(`  - kode: KECKLB.06.04.CFM.02
    nama: Tanpa ujung
    langkah:
      - jenis: mulai
        pelaksana: subbag_umum
      - id: akhir
        jenis: selesai
        pelaksana: subbag_umum
      - nama: Mengarsipkan
        pelaksana: subbag_umum
        keluaran: [Arsip]
`);
  const found = checkOne(noId);
  const line = lineOf(noId, 'nama: Mengarsipkan');
  expectExactly(found, [
    { line, code: 'PPB301', severity: 'warning', text: 'Mengarsipkan', mentions: ['Mengarsipkan'] },
    { line, code: 'PPB302', severity: 'warning', text: 'Mengarsipkan', mentions: ['Mengarsipkan'] },
  ]);
});

test('PPB302 near-miss: the dead end given a lanjut to selesai', () => {
  const text = withMap(variant('keluaran: [Surat penolakan]\n', 'keluaran: [Surat penolakan]\n        lanjut: terima\n', DEAD_END));
  assert.deepEqual(checkOne(text), []);
});

test('PPB302 near-miss: a loop with an exit (VALID: periksa → Tidak → susun) and a map without selesai', () => {
  const noEnd = variant(
    '        keluaran: [Barang, Berita acara serah terima]\n      - jenis: selesai\n        pelaksana: subbag_umum\n',
    '        keluaran: [Barang, Berita acara serah terima]\n',
  );
  const found = checkOne(noEnd);
  assert.deepEqual(codes(found, 'PPB302'), []);
  assert.deepEqual(
    found.map((f) => f.code),
    ['PPB213'],
  );
});

test('PPB302 near-miss: a lanjut to an unknown step gives PPB209 alone, no flow warnings', () => {
  const text = variant('Ya: setujui', 'Ya: setuju');
  assert.deepEqual(
    checkOne(text).map((f) => f.code),
    ['PPB209'],
  );
});

test('PPB302 near-miss (1.1): a branch that ends by handing over to another map is no dead end', () => {
  // BPS: a request that does not suit this service is passed on to another service's map.
  const text = withMap(
    DEAD_END.replace(
      '      - id: tolak\n        nama: Menolak berkas\n        pelaksana: subbag_umum\n        keluaran: [Surat penolakan]\n',
      '      - id: tolak\n        jenis: penghubung\n        nama: Diteruskan ke layanan lain\n        peta: KECKLB.06.04.CFM.01\n',
    ),
  );
  assert.ok(text.includes('jenis: penghubung'));
  assert.deepEqual(checkOne(text), []);
});

test('PPB302 (1.1): a last connector with a lanjut back into the map does not end its path', () => {
  const text = withMap(
    DEAD_END.replace(
      '      - id: tolak\n        nama: Menolak berkas\n        pelaksana: subbag_umum\n        keluaran: [Surat penolakan]\n',
      '      - id: tolak\n        jenis: penghubung\n        peta: KECKLB.06.04.CFM.01\n        lanjut: [lagi]\n      - id: lagi\n        nama: Mengulang\n        pelaksana: subbag_umum\n        keluaran: [Berkas]\n        lanjut: [tolak]\n',
    ),
  );
  expectExactly(checkOne(text), [
    { line: lineOf(text, 'id: tolak'), code: 'PPB302', severity: 'warning', text: 'tolak', mentions: ['tolak'] },
    { line: lineOf(text, 'id: lagi'), code: 'PPB302', severity: 'warning', text: 'lagi', mentions: ['lagi'] },
  ]);
});
