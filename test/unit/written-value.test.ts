import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from 'yaml';
import { symbolAt } from '../../server/src/service/features/symbol-at';
import { rewriteValue, writtenValue } from '../../server/src/service/written-value';
import { applyEdits, caretIn } from './features/fixtures';

/** The value under the caret rewritten to `value`: the edit, and the file read back as YAML. */
function rewritten(marked: string, value: string): { newText: string; text: string; data: unknown } {
  const { ws, caret } = caretIn({ 'a.ppb.yaml': marked });
  const text = ws.parsed(caret.uri)?.text ?? '';
  const name = symbolAt(ws, caret.uri, caret.offset);
  assert.ok(name, marked);
  const edit = rewriteValue(text, name.ref, value);
  const after = applyEdits(text, [edit]);
  return { newText: edit.newText, text: after, data: parse(after) };
}

test('a plain or quoted value is replaced whole, inside its quotes, as a rename shows it', () => {
  const plain = rewritten('unit:\n  a:\n    nama: A\n    induk: ca|mat  # kepala\n', 'camat_baru');
  assert.deepEqual([plain.newText, plain.text], ['camat_baru', 'unit:\n  a:\n    nama: A\n    induk: camat_baru  # kepala\n']);
  const quoted = rewritten("relasi:\n  - dari: 'ca|mat'  # kepala\n    ke: bupati\n", 'kepala');
  assert.equal(quoted.text, "relasi:\n  - dari: 'kepala'  # kepala\n    ke: bupati\n");
  const code = rewritten('proses:\n  - kode: "KECKLB.0|6"\n', 'KECKLB.07');
  assert.deepEqual([code.newText, code.text], ['KECKLB.07', 'proses:\n  - kode: "KECKLB.07"\n']);
});

test('a value written with escapes or as a block is written anew, in double quotes, and reads back', () => {
  const escaped = rewritten('proses:\n  - kode: "KECKLB\\x2E|06"\n    nama: P\n', 'KECKLB.07');
  assert.deepEqual(escaped.data, { proses: [{ kode: 'KECKLB.07', nama: 'P' }] });
  const block = rewritten('relasi:\n  - dari: >-\n      ca|mat\n    ke: bupati\n', 'kepala');
  assert.deepEqual(block.data, { relasi: [{ dari: 'kepala', ke: 'bupati' }] });
});

test('where a value stands: inside its quotes when they hold it as is', () => {
  const { ws, caret } = caretIn({ 'a.ppb.yaml': "unit:\n  a:\n    nama: A\n    induk: 'ca|mat'\n" });
  const text = ws.parsed(caret.uri)?.text ?? '';
  const name = symbolAt(ws, caret.uri, caret.offset);
  assert.ok(name);
  const { span, asIs } = writtenValue(text, name.ref);
  assert.deepEqual([text.slice(span.start, span.end), asIs], ['camat', true]);
});
