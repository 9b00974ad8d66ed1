import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { PpbWorkspace } from '../../../server/src/service';
import { definition } from '../../../server/src/service/features/definition';
import { findReferences, symbolAt } from '../../../server/src/service/features/symbol-at';
import type { Caret } from '../../support/caret';
import { variant, VALID } from '../../support/check';
import { caretIn, folderWorkspace, JUDGED_FOLDERS, mark, offsetIn, splitWithCaret, where, withSecondMap } from './fixtures';

function definitionsAt({ ws, caret }: { ws: PpbWorkspace; caret: Caret }): string[] {
  return definition(ws, caret.uri, caret.offset).map((s) => where(ws, s));
}

const one = (text: string): { ws: PpbWorkspace; caret: Caret } => caretIn({ 'model.ppb.yaml': text });

describe('go to definition', () => {
  test('a unit used in one file is declared in another', () => {
    assert.deepEqual(definitionsAt(splitWithCaret('peta', 'pelaksana: camat', 13)), ['instansi.ppb.yaml:6 camat']);
    assert.deepEqual(definitionsAt(splitWithCaret('proses', 'pemasok: [bupati]', 12)), ['instansi.ppb.yaml:16 bupati']);
    assert.deepEqual(definitionsAt(splitWithCaret('peta', 'dari: bupati', 7)), ['instansi.ppb.yaml:16 bupati']);
    assert.deepEqual(definitionsAt(splitWithCaret('instansi', 'induk: sekretariat', 9)), ['instansi.ppb.yaml:8 sekretariat']);
  });

  test('a code used in one file is declared in another', () => {
    assert.deepEqual(definitionsAt(splitWithCaret('peta', 'proses: KECKLB.06', 9)), ['proses.ppb.yaml:2 KECKLB.06']);
    assert.deepEqual(definitionsAt(splitWithCaret('peta', 'peta: KECKLB.06.04.CFM.01', 9)), ['peta.ppb.yaml:28 KECKLB.06.04.CFM.01']);
    assert.deepEqual(definitionsAt(splitWithCaret('proses', 'lanjut: [KECKLB.06.04]', 11)), ['proses.ppb.yaml:17 KECKLB.06.04']);
  });

  test('a code written in a variant form finds its declaration', () => {
    const text = variant('peta: KECKLB.06.04.CFM.01', 'peta: KECKLB-6.4_CFM.1');
    assert.deepEqual(definitionsAt(one(mark(text, 'peta: KECKLB-6', 8))), ['model.ppb.yaml:76 KECKLB.06.04.CFM.01']);
  });

  test('a step id goes to the step of the same map, never to one of another map', () => {
    assert.deepEqual(definitionsAt(one(mark(withSecondMap('setujui'), 'Ya: setujui', 5))), ['model.ppb.yaml:69 setujui']);
  });

  test('a target goes to its `sasaran` declaration', () => {
    assert.deepEqual(definitionsAt(splitWithCaret('proses', 'sasaran: [S2]', 11)), ['instansi.ppb.yaml:26 S2']);
  });

  test('a declaration is its own definition; a double declaration gives both', () => {
    assert.deepEqual(definitionsAt(one(mark(VALID, 'camat:', 2))), ['model.ppb.yaml:6 camat']);
    const twice = caretIn({ 'a.ppb.yaml': VALID, 'b.ppb.yaml': 'unit:\n  camat:\n    nama: Camat lagi\n    induk: ca|mat\n' });
    assert.deepEqual(definitionsAt(twice), ['a.ppb.yaml:6 camat', 'b.ppb.yaml:2 camat']);
  });

  test('nothing for an unknown id, free text, or a key', () => {
    assert.deepEqual(definitionsAt(one(mark(variant('induk: camat', 'induk: camatt'), 'induk: camatt', 8))), []);
    assert.deepEqual(definitionsAt(one(mark(VALID, 'nama: Camat', 8))), []);
    assert.deepEqual(definitionsAt(one(mark(VALID, 'nama: Camat', 1))), []);
  });

  test('a half-written file still points into the other files, and crashes nothing', () => {
    const { ws, caret } = caretIn({
      'instansi.ppb.yaml': VALID.slice(0, VALID.indexOf('proses:')),
      'peta.ppb.yaml': 'peta_lintas_fungsi:\n  - kode: X\n    pelaksana: [camat, sub|bag_umum\n    langkah: [',
    });
    assert.ok(ws.parsed(caret.uri)?.syntaxErrors.length);
    assert.deepEqual(definitionsAt({ ws, caret }), ['instansi.ppb.yaml:12 subbag_umum']);
  });
});

describe('definitions on real models read from disk', () => {
  test('the Klambu sample: a lane in a map file goes to the unit in instansi.ppb.yaml', () => {
    const { ws, uri } = folderWorkspace('samples/klambu');
    const peta = uri('peta-lintas-fungsi/kecklb-06.ppb.yaml');
    const found = definition(ws, peta, offsetIn(ws, peta, 'pelaksana: [subbag_umum', 13)).map((s) => where(ws, s));
    const line = (ws.parsed(uri('instansi.ppb.yaml'))?.text.split('\n').indexOf('  subbag_umum:') ?? -2) + 1;
    assert.deepEqual(found, [`instansi.ppb.yaml:${line} subbag_umum`]);
  });

  test('in every valid judged model, every reference has exactly one declaration', () => {
    for (const folder of JUDGED_FOLDERS.filter((f) => f.startsWith('valid-') || f.startsWith('variant-'))) {
      const { ws } = folderWorkspace(`test/fixtures/judged/${folder}`);
      const refs = findReferences(ws, (s) => !s.declares);
      assert.ok(refs.length > 0 || folder === 'valid-minimal-instansi-only', folder);
      for (const r of refs) {
        const found = definition(ws, r.ref.span.uri, r.ref.span.start);
        assert.equal(found.length, 1, `${folder} ${where(ws, r.ref.span)} → ${found.map((s) => where(ws, s)).join(', ')}`);
        const target = found[0] && symbolAt(ws, found[0].uri, found[0].start);
        assert.deepEqual(target && [target.kind, target.key, target.declares], [r.kind, r.key, true]);
      }
    }
  });
});
