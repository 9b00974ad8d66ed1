import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { PpbWorkspace } from '../../../server/src/service';
import { references } from '../../../server/src/service/features/references';
import type { Caret } from '../../support/caret';
import { VALID } from '../../support/check';
import { caretIn, folderWorkspace, mark, offsetIn, splitWithCaret, where } from './fixtures';

function referencesAt({ ws, caret }: { ws: PpbWorkspace; caret: Caret }, includeDeclaration: boolean): string[] {
  return references(ws, caret.uri, caret.offset, includeDeclaration).map((s) => where(ws, s));
}

describe('find references', () => {
  test('a unit: its declaration and every use, in every file', () => {
    const at = splitWithCaret('instansi', 'camat:', 3);
    const uses = [
      'instansi.ppb.yaml:10 camat',
      'peta.ppb.yaml:4 camat',
      'peta.ppb.yaml:23 camat',
      'peta.ppb.yaml:44 camat',
      'proses.ppb.yaml:9 camat',
    ];
    assert.deepEqual(referencesAt(at, true), ['instansi.ppb.yaml:6 camat', ...uses]);
    assert.deepEqual(referencesAt(at, false), uses);
    // The same list from any use.
    assert.deepEqual(referencesAt(splitWithCaret('peta', 'ke: camat', 5), true), ['instansi.ppb.yaml:6 camat', ...uses]);
  });

  test('a code: the sub-process, the `lanjut` that flows to it; a map and the step that continues in it', () => {
    assert.deepEqual(referencesAt(splitWithCaret('proses', 'lanjut: [KECKLB.06.04]', 11), true), [
      'proses.ppb.yaml:16 KECKLB.06.04',
      'proses.ppb.yaml:17 KECKLB.06.04',
    ]);
    assert.deepEqual(referencesAt(splitWithCaret('peta', 'kode: KECKLB.06.04.CFM.01', 8), false), ['peta.ppb.yaml:25 KECKLB.06.04.CFM.01']);
    assert.deepEqual(referencesAt(splitWithCaret('proses', 'kode: KECKLB.06\n', 8), true), [
      'peta.ppb.yaml:46 KECKLB.06',
      'proses.ppb.yaml:2 KECKLB.06',
    ]);
  });

  test('a step: its id and the branches that lead to it, in its own map only', () => {
    const at = caretIn({ 'model.ppb.yaml': mark(VALID, 'id: susun', 5) });
    assert.deepEqual(referencesAt(at, true), ['model.ppb.yaml:56 susun', 'model.ppb.yaml:68 susun']);
  });

  test('a target: its declaration and the processes that serve it', () => {
    assert.deepEqual(referencesAt(splitWithCaret('proses', 'sasaran: [S2]', 11), true), [
      'instansi.ppb.yaml:26 S2',
      'proses.ppb.yaml:5 S2',
    ]);
  });

  test('nothing off an id or code, and nothing breaks on half-written YAML', () => {
    assert.deepEqual(referencesAt(caretIn({ 'model.ppb.yaml': mark(VALID, 'nama: Camat', 8) }), true), []);
    const broken = caretIn({ 'a.ppb.yaml': VALID, 'b.ppb.yaml': 'proses:\n  - kode: KECKLB.07\n    pemasok: [bupa|ti\n    nama: "' });
    assert.deepEqual(referencesAt(broken, false), ['a.ppb.yaml:33 bupati', 'a.ppb.yaml:91 bupati', 'b.ppb.yaml:3 bupati']);
  });
});

test('the Klambu sample: every use of a unit across its seven files', () => {
  const { ws, uri } = folderWorkspace('samples/klambu');
  const instansi = uri('instansi.ppb.yaml');
  const all = references(ws, instansi, offsetIn(ws, instansi, '  seksi_pmd:', 3), true);
  const files = new Set(all.map((s) => s.uri.replace('file:///klambu/', '')));
  assert.deepEqual([...files].sort(), [
    'instansi.ppb.yaml',
    'peta-lintas-fungsi/kecklb-02.ppb.yaml',
    'peta-lintas-fungsi/kecklb-05.ppb.yaml',
    'proses.ppb.yaml',
  ]);
  for (const s of all) assert.equal(ws.parsed(s.uri)?.text.slice(s.start, s.end), 'seksi_pmd');
  const count = [...ws.uris()].reduce((n, u) => n + (ws.parsed(u)?.text.match(/\bseksi_pmd\b/g)?.length ?? 0), 0);
  assert.equal(all.length, count);
});
