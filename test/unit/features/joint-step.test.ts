import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { PpbWorkspace } from '../../../server/src/service';
import { documentSymbols, type PpbOutlineItem } from '../../../server/src/service/features/document-symbols';
import { hover } from '../../../server/src/service/features/hover';
import { references } from '../../../server/src/service/features/references';
import { rename } from '../../../server/src/service/features/rename';
import type { Caret } from '../../support/caret';
import { collect, lineOf, variant } from '../../support/check';
import { applyEdits, caretIn, mark, where } from './fixtures';

// A joint step (format 1.1): `Mengirim barang` done together by the supplier and the general affairs unit.
const JOINT = variant(
  '      - nama: Mengirim barang\n        pelaksana: penyedia\n',
  '      - nama: Mengirim barang\n        pelaksana: [penyedia, subbag_umum]\n',
);

type At = { ws: PpbWorkspace; caret: Caret };
const at = (needle: string, offset = 1): At => caretIn({ 'model.ppb.yaml': mark(JOINT, needle, offset) });

describe('a joint step in the editor (format 1.1)', () => {
  test('hover on each id of the list names that performer', () => {
    const second = at('subbag_umum]', 2);
    const h = hover(second.ws, second.caret.uri, second.caret.offset, 'en');
    assert.match(h?.contents ?? '', /^\*\*`subbag_umum`\*\* · Subbagian Umum dan Kepegawaian/);
    const first = at('penyedia, subbag', 2);
    assert.match(hover(first.ws, first.caret.uri, first.caret.offset, 'id')?.contents ?? '', /^\*\*`penyedia`\*\* · Penyedia Barang\/Jasa/);
  });

  test('the performer counts the joint step among its steps', () => {
    const a = at('penyedia, subbag', 2);
    assert.match(hover(a.ws, a.caret.uri, a.caret.offset, 'en')?.contents ?? '', /Performs 1 step in 1 map: `KECKLB\.06\.04\.CFM\.01`/);
    const near = caretIn({
      'model.ppb.yaml': mark(variant('[penyedia, subbag_umum]', 'penyedia', JOINT), '    pelaksana: [subbag_umum, penyedia]', 30),
    });
    assert.match(hover(near.ws, near.caret.uri, near.caret.offset, 'en')?.contents ?? '', /Performs 1 step in 1 map/);
  });

  test('references of a unit include its place in a joint step, and only that id', () => {
    const a = at('penyedia:', 2);
    assert.deepEqual(
      references(a.ws, a.caret.uri, a.caret.offset, false).map((s) => where(a.ws, s)),
      [
        `model.ppb.yaml:${lineOf(JOINT, '    pelaksana: [subbag_umum, penyedia]')} penyedia`,
        `model.ppb.yaml:${lineOf(JOINT, '[penyedia, subbag_umum]')} penyedia`,
      ],
    );
  });

  test('rename of a unit changes its id inside the list and leaves its neighbour', () => {
    const a = at('penyedia, subbag', 2);
    const r = rename(a.ws, a.caret.uri, a.caret.offset, 'rekanan');
    assert.ok(r && 'edits' in r);
    const after = applyEdits(a.ws.parsed(a.caret.uri)?.text ?? '', r.edits);
    assert.match(after, /pelaksana: \[rekanan, subbag_umum\]/);
    a.ws.setFile(a.caret.uri, after);
    assert.deepEqual(collect(a.ws), []);
  });

  test('the outline shows every performer of the step', () => {
    const a = at('penyedia, subbag', 2);
    const all = (items: PpbOutlineItem[]): PpbOutlineItem[] => items.flatMap((i) => [i, ...all(i.children)]);
    const step = all(documentSymbols(a.ws, a.caret.uri, 'en')).find((i) => i.name === 'Mengirim barang');
    assert.equal(step?.detail, 'penyedia + subbag_umum');
  });

  test('hover on a step id that leads to a joint step says who performs it together', () => {
    const text = variant(
      '        keluaran: [Surat pesanan]\n      - nama: Mengirim barang\n',
      '        keluaran: [Surat pesanan]\n        lanjut: kirim\n      - id: kirim\n        nama: Mengirim barang\n',
      JOINT,
    );
    const b = caretIn({ 'model.ppb.yaml': mark(text, 'lanjut: kirim', 9) });
    assert.match(
      hover(b.ws, b.caret.uri, b.caret.offset, 'en')?.contents ?? '',
      /Performed together by: Penyedia Barang\/Jasa \(`penyedia`\), Subbagian Umum dan Kepegawaian \(`subbag_umum`\)/,
    );
    assert.match(hover(b.ws, b.caret.uri, b.caret.offset, 'id')?.contents ?? '', /Pelaksana bersama: Penyedia Barang\/Jasa/);
    assert.deepEqual(collect(b.ws), []);
  });
});
