import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lineOf, variant, VALID } from '../../support/check';
import { checkOne, codes, expectExactly, SOP_ENTRY, withSop } from '../helpers';

test("PPB402: an activity of an SOP's map without waktu is information on the step", () => {
  const text = withSop(SOP_ENTRY, variant('        waktu: 1 hari\n', ''));
  expectExactly(checkOne(text), [
    {
      line: lineOf(text, 'id: susun'),
      code: 'PPB402',
      severity: 'info',
      text: 'susun',
      mentions: ['Menyusun daftar kebutuhan bahan logistik', 'KECKLB.06.03.CFM.02', '`waktu`'],
    },
  ]);
});

test('PPB402 near-miss: a map without SOPs prints no Waktu column, and a decision needs no time', () => {
  assert.deepEqual(codes(checkOne(variant('        waktu: 1 hari\n', '')), 'PPB402'), []);
  assert.ok(!VALID.includes('jenis: keputusan\n        nama: Sesuai anggaran?\n        pelaksana: sekretariat\n        waktu'));
  assert.deepEqual(codes(checkOne(withSop()), 'PPB402'), [], 'the decision "Sesuai anggaran?" has no waktu and is not said');
});

test("PPB402: an SOP's own steps are read, not its map's", () => {
  const own = `${SOP_ENTRY}        langkah:
          - jenis: mulai
            pelaksana: subbag_umum
          - nama: Mencatat permintaan
            pelaksana: subbag_umum
            keluaran: [Catatan]
          - jenis: selesai
            pelaksana: subbag_umum
`;
  const text = withSop(own, variant('        waktu: 1 hari\n', ''));
  const found = codes(checkOne(text), 'PPB402');
  assert.equal(found.length, 1, found.join('; '));
  assert.match(found[0] ?? '', /PPB402 Mencatat permintaan$/);
});
