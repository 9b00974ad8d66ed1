import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lineOf } from '../../support/check';
import { checkOne, codes, SOP_ENTRY, withSop } from '../helpers';

test('PPB306: each identity box an SOP leaves empty is a warning on its code, naming the box and its key', () => {
  const text = withSop(
    SOP_ENTRY.replace('        tanggal_efektif: 2023-04-01\n', '')
      .replace('        peralatan: [Komputer, Printer]\n', '')
      .replace('        pencatatan: [Kartu persediaan]\n', ''),
  );
  const found = checkOne(text);
  assert.deepEqual(
    found.map((f) => `${f.line} ${f.code} ${f.severity} ${f.text}`),
    Array.from({ length: 3 }, () => `${lineOf(text, 'kode: KECKLB.06.03.CFM.02.SOP.01')} PPB306 warning KECKLB.06.03.CFM.02.SOP.01`),
  );
  const boxes: [string, string][] = [
    ['TANGGAL EFEKTIF', 'tanggal_efektif'],
    ['Peralatan/Perlengkapan', 'peralatan'],
    ['Pencatatan dan Pendataan', 'pencatatan'],
  ];
  boxes.forEach(([box, key], i) => {
    for (const lang of ['id', 'en'] as const) {
      const message = found[i]?.message[lang] ?? '';
      assert.ok(message.includes(box) && message.includes(`\`${key}\``), `${lang}: ${message}`);
    }
  });
});

test('PPB306 near-miss: a complete SOP, or one without a revision date (a first edition), says nothing', () => {
  assert.deepEqual(codes(checkOne(withSop()), 'PPB306'), []);
  assert.deepEqual(codes(checkOne(withSop(SOP_ENTRY.replace('        tanggal_revisi: 2023-03-15\n', ''))), 'PPB306'), []);
});

test('PPB306: an SOP of only a code and a name has eight empty boxes', () => {
  const text = withSop('      - kode: KECKLB.06.03.CFM.02.SOP.01\n        nama: Penyediaan Bahan Logistik Kantor\n');
  assert.equal(codes(checkOne(text), 'PPB306').length, 8);
});
