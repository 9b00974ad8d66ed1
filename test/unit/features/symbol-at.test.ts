import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { occurrences, symbolAt } from '../../../server/src/service/features/symbol-at';
import type { Reference } from '../../../server/src/service/reference-table';
import { variant, VALID } from '../../support/check';
import { caretIn, mark, splitWithCaret, where, withSecondMap } from './fixtures';

const FILE = 'model.ppb.yaml';
const MAP = 'KECKLB.6.3.CFM.2';

/** Whether a name is declared or used where it is written. */
const declaresOrUses = (r: Reference): string => (r.declares ? 'declaration' : 'reference');

/** The name at the caret, as `kind key declaration|reference "text" (role)`. */
function at(text: string): string {
  const { ws, caret } = caretIn({ [FILE]: text });
  const s = symbolAt(ws, caret.uri, caret.offset);
  return s ? `${s.kind} ${s.key} ${declaresOrUses(s)} "${s.ref.value}" (${s.role})` : 'nothing';
}

describe('symbolAt: what stands at the cursor', () => {
  const cases: [string, string, number, string][] = [
    ['a unit id in its declaration key', 'camat:', 2, 'party camat declaration "camat" (unit)'],
    ['a party id in its declaration key', 'bupati:', 1, 'party bupati declaration "bupati" (stakeholder)'],
    ['an `induk`', 'induk: camat', 8, 'party camat reference "camat" (parent)'],
    ['a `pemasok`', 'pemasok: [bupati]', 12, 'party bupati reference "bupati" (supplier)'],
    ['a `pelanggan`', 'pelanggan: [camat]', 13, 'party camat reference "camat" (customer)'],
    ["a sub-process's `pelaksana`", 'pelaksana: [subbag_umum]', 15, 'party subbag_umum reference "subbag_umum" (performer)'],
    ["a map's lanes", 'pelaksana: [subbag_umum, sekretariat, camat]', 27, 'party sekretariat reference "sekretariat" (lane)'],
    ["a step's `pelaksana`", 'pelaksana: camat', 13, 'party camat reference "camat" (stepPerformer)'],
    ['`relasi.dari`', 'dari: bupati', 7, 'party bupati reference "bupati" (relationFrom)'],
    ['`relasi.ke`', 'ke: camat', 5, 'party camat reference "camat" (relationTo)'],
    ['a Level 0 `kode`', 'kode: KECKLB.06\n', 9, 'code KECKLB.6 declaration "KECKLB.06" (processCode)'],
    ['a sub-process `kode`', 'kode: KECKLB.06.03\n', 16, 'code KECKLB.6.3 declaration "KECKLB.06.03" (processCode)'],
    ['a sub-process `lanjut`', 'lanjut: [KECKLB.06.04]', 12, 'code KECKLB.6.4 reference "KECKLB.06.04" (nextProcess)'],
    ["a map's `kode`", 'kode: KECKLB.06.03.CFM.02', 20, `code ${MAP} declaration "KECKLB.06.03.CFM.02" (mapCode)`],
    ["a step's `peta`", 'peta: KECKLB.06.04.CFM.01', 8, 'code KECKLB.6.4.CFM.1 reference "KECKLB.06.04.CFM.01" (linkedMap)'],
    ['`relasi.proses`', 'proses: KECKLB.06', 10, 'code KECKLB.6 reference "KECKLB.06" (relationProcess)'],
    ['a step `id`', 'id: susun', 5, `step ${MAP}#susun declaration "susun" (stepId)`],
    ['a `cabang` value', 'Ya: setujui', 5, `step ${MAP}#setujui reference "setujui" (branch)`],
    ['another `cabang` value', 'Tidak: susun', 8, `step ${MAP}#susun reference "susun" (branch)`],
    ['a `sasaran` declaration', 'kode: S2', 7, 'target S2 declaration "S2" (target)'],
    ["a process's `sasaran`", 'sasaran: [S2]', 11, 'target S2 reference "S2" (processTarget)'],
    ['the caret right after an id', 'induk: camat\n', 12, 'party camat reference "camat" (parent)'],
    ['the caret right before an id', 'induk: camat\n', 7, 'party camat reference "camat" (parent)'],
  ];
  for (const [what, needle, offset, expected] of cases) {
    test(what, () => assert.equal(at(mark(VALID, needle, offset)), expected));
  }

  const nothing: [string, string, number][] = [
    ['a key', 'nama: Camat', 2],
    ['a name (free text)', 'nama: Camat', 8],
    ['an input (free text)', 'masukan: [DPA', 12],
    ['an enum value', 'kategori: pendukung', 12],
    ['a step kind', 'jenis: keputusan', 9],
    ['a branch label', 'Ya: setujui', 1],
    ['the instansi code (a prefix, not a process)', 'kode: KECKLB\n', 8],
    ['the space between a key and its value', 'induk: camat', 6],
  ];
  for (const [what, needle, offset] of nothing) {
    test(`nothing on ${what}`, () => assert.equal(at(mark(VALID, needle, offset)), 'nothing'));
  }

  test("a step's `lanjut`, single or a list", () => {
    const single = variant('        waktu: 1 hari\n', '        waktu: 1 hari\n        lanjut: periksa\n');
    assert.equal(at(mark(single, 'lanjut: periksa', 10)), `step ${MAP}#periksa reference "periksa" (nextStep)`);
    const list = variant('        waktu: 1 hari\n', '        waktu: 1 hari\n        lanjut: [periksa, setujui]\n');
    assert.equal(at(mark(list, 'lanjut: [periksa, setujui]', 20)), `step ${MAP}#setujui reference "setujui" (nextStep)`);
  });

  test('step ids are scoped to their map', () => {
    assert.equal(at(mark(withSecondMap('susun'), 'id: susun', 5, 2)), 'step KECKLB.6.4.CFM.2#susun declaration "susun" (stepId)');
    assert.equal(at(mark(withSecondMap('susun'), 'Tidak: susun', 8)), `step ${MAP}#susun reference "susun" (branch)`);
  });

  test('a quoted value and a variant code', () => {
    assert.equal(at(mark(variant('induk: camat', "induk: 'camat'"), "induk: 'camat'", 9)), 'party camat reference "camat" (parent)');
    const bpsdm = 'peta_lintas_fungsi:\n  - kode: BPSDM-5.2.5_CFM.01\n    nama: Evaluasi\n';
    assert.equal(at(mark(bpsdm, 'BPSDM', 3)), 'code BPSDM.5.2.5.CFM.1 declaration "BPSDM-5.2.5_CFM.01" (mapCode)');
  });
});

describe('occurrences: every declaration and use across the files of the workspace', () => {
  const list = (ws: Parameters<typeof occurrences>[0], s: Reference): string[] =>
    occurrences(ws, s).map((o) => `${declaresOrUses(o)} ${where(ws, o.ref.span)}`);

  test('a unit declared in one file and used in the others', () => {
    const { ws, caret } = splitWithCaret('peta', 'pelaksana: camat', 12);
    const s = symbolAt(ws, caret.uri, caret.offset);
    assert.ok(s);
    assert.equal(s.key, 'camat');
    assert.deepEqual(list(ws, s), [
      'declaration instansi.ppb.yaml:6 camat',
      'reference instansi.ppb.yaml:10 camat',
      'reference peta.ppb.yaml:4 camat',
      'reference peta.ppb.yaml:23 camat',
      'reference peta.ppb.yaml:44 camat',
      'reference proses.ppb.yaml:9 camat',
    ]);
  });

  test('a code and the step that continues in it, across files', () => {
    const { ws, caret } = splitWithCaret('proses', 'kode: KECKLB.06.04', 9);
    const s = symbolAt(ws, caret.uri, caret.offset);
    assert.ok(s);
    assert.deepEqual(list(ws, s), ['reference proses.ppb.yaml:16 KECKLB.06.04', 'declaration proses.ppb.yaml:17 KECKLB.06.04']);
    assert.deepEqual(
      occurrences(ws, { kind: 'code', key: 'KECKLB.6.4.CFM.1' }).map((o) => `${declaresOrUses(o)} ${where(ws, o.ref.span)}`),
      ['reference peta.ppb.yaml:25 KECKLB.06.04.CFM.01', 'declaration peta.ppb.yaml:28 KECKLB.06.04.CFM.01'],
    );
  });

  test('a target and the process that serves it', () => {
    const { ws } = splitWithCaret('instansi', 'kode: S2', 7);
    assert.deepEqual(
      occurrences(ws, { kind: 'target', key: 'S2' }).map((o) => `${declaresOrUses(o)} ${where(ws, o.ref.span)}`),
      ['declaration instansi.ppb.yaml:26 S2', 'reference proses.ppb.yaml:5 S2'],
    );
  });
});

describe('half-written YAML', () => {
  test('a broken file is read as it stands now, without a crash', () => {
    const text = 'unit:\n  camat:\n    nama: [Camat\n  sekcam:\n    nama: Sek\n    induk: ca|mat\n';
    const { ws, caret } = caretIn({ 'a.ppb.yaml': text });
    assert.ok(ws.parsed(caret.uri)?.syntaxErrors.length);
    const s = symbolAt(ws, caret.uri, caret.offset);
    assert.equal(s?.key, 'camat');
    assert.equal(where(ws, s.ref.span), 'a.ppb.yaml:6 camat');
  });

  test('a file cut in the middle of a list, an empty file, a file of text', () => {
    for (const text of ['proses:\n  - kode: KECKLB.01\n    pelaksana: [ca|m', '|', 'just| text', '- [|', 'unit:\n  |', ': : |']) {
      const { ws, caret } = caretIn({ 'a.ppb.yaml': text });
      assert.doesNotThrow(() => symbolAt(ws, caret.uri, caret.offset));
    }
    const { ws, caret } = caretIn({ 'a.ppb.yaml': 'proses:\n  - kode: KECKLB.01\n    pelaksana: [ca|m' });
    assert.equal(symbolAt(ws, caret.uri, caret.offset)?.key, 'cam');
  });

  test('an unknown file answers nothing', () => {
    const { ws } = caretIn({ 'a.ppb.yaml': VALID.replace('camat:', 'ca|mat:') });
    assert.equal(symbolAt(ws, 'file:///ws/none.ppb.yaml', 3), undefined);
  });
});
