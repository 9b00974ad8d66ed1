import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import type { PpbWorkspace } from '../../../server/src/service';
import { codeLenses } from '../../../server/src/service/features/code-lens';
import { completions } from '../../../server/src/service/features/completion';
import { documentSymbols, type PpbOutlineItem } from '../../../server/src/service/features/document-symbols';
import { hover } from '../../../server/src/service/features/hover';
import { references } from '../../../server/src/service/features/references';
import { rename } from '../../../server/src/service/features/rename';
import type { Caret } from '../../support/caret';
import { collect } from '../../support/check';
import { REPO } from '../../support/temp-model';
import { applyEdits, caretIn, mark, where } from './fixtures';

// samples/belajar/09-sop: one map with two SOPs that name each other in `keterkaitan`.
const SAMPLE = readFileSync(path.join(REPO, 'samples/belajar/09-sop/contoh.ppb.yaml'), 'utf8');
type At = { ws: PpbWorkspace; caret: Caret };
const at = (needle: string, offset = 1, text = SAMPLE): At => caretIn({ 'contoh.ppb.yaml': mark(text, needle, offset) });
const hoverOf = (a: At, lang: 'id' | 'en'): string => hover(a.ws, a.caret.uri, a.caret.offset, lang)?.contents ?? '';

describe('SOPs in the editor (format 1.1)', () => {
  test('the sample checks clean', () => {
    assert.deepEqual(collect(at('versi').ws), []);
  });

  test('hover of an SOP code: its map, number, dates written the Indonesian way, and who approves it', () => {
    const a = at('- kode: KELSKM.01.01.CFM.01.SOP.01', 10);
    const en = hoverOf(a, 'en');
    assert.match(en, /^\*\*`KELSKM\.01\.01\.CFM\.01\.SOP\.01`\*\* · Penerbitan Surat Pengantar Kelurahan/);
    assert.match(en, /Map: `KELSKM\.01\.01\.CFM\.01` Penerbitan Surat Pengantar Kelurahan/);
    assert.match(en, /Number: 470\/012\/SOP\/2023/);
    assert.match(en, /Made: 4 January 2021 · Revised: 15 March 2023 · Effective: 1 April 2023/);
    assert.match(en, /Approved by: Lurah \(`lurah`\)/);
    const id = hoverOf(a, 'id');
    assert.match(id, /Dibuat: 4 Januari 2021 · Direvisi: 15 Maret 2023 · Efektif: 1 April 2023/);
    assert.match(id, /Disahkan oleh: Lurah/);
    const second = at('- kode: KELSKM.01.01.CFM.01.SOP.02', 10);
    assert.match(hoverOf(second, 'en'), /Approved by: the instansi's head \(default\)/);
  });

  test('hover of a map lists its SOPs; a keterkaitan code is hovered as the SOP it names', () => {
    assert.match(
      hoverOf(at('- kode: KELSKM.01.01.CFM.01 ', 10), 'en'),
      /SOP \(2\):\n- `KELSKM\.01\.01\.CFM\.01\.SOP\.01` Penerbitan Surat Pengantar Kelurahan\n- `KELSKM\.01\.01\.CFM\.01\.SOP\.02`/,
    );
    const related = at('          - KELSKM.01.01.CFM.01.SOP.02', 14);
    assert.match(hoverOf(related, 'en'), /^\*\*`KELSKM\.01\.01\.CFM\.01\.SOP\.02`\*\* · Penerbitan Surat Pengantar secara Daring/);
  });

  test('references of an SOP code: its declaration and the keterkaitan that names it', () => {
    const a = at('- kode: KELSKM.01.01.CFM.01.SOP.01', 10);
    assert.deepEqual(
      references(a.ws, a.caret.uri, a.caret.offset, true).map((s) => where(a.ws, s).replace(/:\d+ /, ' ')),
      ['contoh.ppb.yaml KELSKM.01.01.CFM.01.SOP.01', 'contoh.ppb.yaml KELSKM.01.01.CFM.01.SOP.01'],
    );
  });

  test('renaming the map takes its SOPs and the keterkaitan that name them along; the title stays', () => {
    const a = at('- kode: KELSKM.01.01.CFM.01 ', 10);
    const r = rename(a.ws, a.caret.uri, a.caret.offset, 'KELSKM.01.01.CFM.03');
    assert.ok(r && 'edits' in r, JSON.stringify(r));
    const after = applyEdits(a.ws.parsed(a.caret.uri)?.text ?? '', r.edits);
    assert.equal(after.match(/KELSKM\.01\.01\.CFM\.03\.SOP\.0[12]/g)?.length, 4);
    assert.doesNotMatch(after, /CFM\.01/);
    assert.match(after, /- SOP Pelayanan Administrasi Terpadu Kecamatan/);
    a.ws.setFile(a.caret.uri, after);
    assert.deepEqual(collect(a.ws), []);
  });

  test('completion of a new SOP code: the next free number under its map, in the map’s notation', () => {
    const text = SAMPLE.replace(
      '      - kode: KELSKM.01.01.CFM.01.SOP.02\n',
      '      - kode: |\n        nama: Baru\n      - kode: KELSKM.01.01.CFM.01.SOP.02\n',
    );
    const { ws, caret } = caretIn({ 'contoh.ppb.yaml': text });
    const items = completions(ws, caret.uri, caret.offset, 'en');
    assert.equal(items[0]?.label, 'KELSKM.01.01.CFM.01.SOP.03');
    assert.equal(items[0]?.preselect, true);
    // A map printed the BPOM way, with no SOP yet.
    const first = `${SAMPLE.slice(0, SAMPLE.indexOf('    sop:\n'))}    sop:\n      - kode: |\n        nama: Baru\n`.replaceAll(
      'KELSKM.01.01.CFM.01',
      'KELSKM-01.01/CFM.01',
    );
    const b = caretIn({ 'contoh.ppb.yaml': first });
    const label = completions(b.ws, b.caret.uri, b.caret.offset, 'en')[0]?.label;
    assert.equal(label, 'KELSKM-01.01/CFM.01/SOP.01', 'the first SOP is written the way the map writes its CFM');
  });

  test('the outline shows the SOPs under their map; the code lens counts them', () => {
    const a = at('versi');
    const all = (items: PpbOutlineItem[]): PpbOutlineItem[] => items.flatMap((i) => [i, ...all(i.children)]);
    const map = all(documentSymbols(a.ws, a.caret.uri, 'en')).find((i) => i.kind === 'map');
    assert.deepEqual(
      map?.children.filter((c) => c.kind === 'sop').map((c) => c.name),
      ['KELSKM.01.01.CFM.01.SOP.01', 'KELSKM.01.01.CFM.01.SOP.02'],
    );
    const lens = codeLenses(a.ws, a.caret.uri, 'id').find((l) => l.command === undefined);
    assert.equal(lens?.title, '4 langkah · 2 jalur · 0 keputusan · 2 SOP');
  });
});

describe('a new SOP item (format 1.1)', () => {
  test('on a blank line of sop: a snippet with the next free code, the name, the dates and the legal basis to fill', () => {
    const text = SAMPLE.replace('      - kode: KELSKM.01.01.CFM.01.SOP.02\n', '      |\n      - kode: KELSKM.01.01.CFM.01.SOP.02\n');
    const { ws, caret } = caretIn({ 'contoh.ppb.yaml': text });
    const snippet = completions(ws, caret.uri, caret.offset, 'en').find((i) => i.label === 'new SOP of this map');
    assert.ok(snippet, 'the SOP snippet is offered');
    assert.equal(
      snippet.insertText,
      '- kode: ${1:KELSKM.01.01.CFM.01.SOP.03}\n        nama: $2\n        tanggal_pembuatan: $3\n        tanggal_efektif: $4\n        dasar_hukum:\n          - $5',
    );
  });
});

describe("an SOP's own steps in the editor (format 1.1)", () => {
  test('hover of a branch target: the step of the SOP, not of the map', () => {
    const a = at('Ya: tandatangani', 5);
    const en = hoverOf(a, 'en');
    assert.match(en, /^\*\*`tandatangani`\*\* · Menandatangani surat pengantar secara elektronik/);
    assert.match(en, /step 4 of SOP `KELSKM\.01\.01\.CFM\.01\.SOP\.02`/);
    assert.match(hoverOf(a, 'id'), /langkah 4 SOP `KELSKM\.01\.01\.CFM\.01\.SOP\.02`/);
  });

  test('completion of a branch target offers the SOP’s step ids, not the map’s', () => {
    const text = SAMPLE.replace('              Tidak: kembalikan\n', '              Tidak: |\n');
    const { ws, caret } = caretIn({ 'contoh.ppb.yaml': text });
    assert.deepEqual(
      completions(ws, caret.uri, caret.offset, 'en').map((i) => i.label),
      ['kembalikan', 'tandatangani', 'selesai'],
    );
  });

  test('renaming a step id of the SOP changes its uses in the SOP only', () => {
    const a = at('- id: kembalikan', 7);
    const r = rename(a.ws, a.caret.uri, a.caret.offset, 'tolak');
    assert.ok(r && 'edits' in r);
    assert.equal(r.edits.length, 2);
    const after = applyEdits(a.ws.parsed(a.caret.uri)?.text ?? '', r.edits);
    assert.match(after, /Tidak: tolak\n/);
    a.ws.setFile(a.caret.uri, after);
    assert.deepEqual(collect(a.ws), []);
  });

  test('the outline shows the SOP’s steps under it, and the hover of its code counts them', () => {
    const a = at('- kode: KELSKM.01.01.CFM.01.SOP.02', 10);
    const all = (items: PpbOutlineItem[]): PpbOutlineItem[] => items.flatMap((i) => [i, ...all(i.children)]);
    const sop = all(documentSymbols(a.ws, a.caret.uri, 'en')).find((i) => i.name === 'KELSKM.01.01.CFM.01.SOP.02');
    assert.deepEqual(
      sop?.children.map((c) => c.name),
      [
        'Start',
        'Permohonan daring lengkap?',
        'Mengembalikan permohonan kepada warga melalui aplikasi',
        'Menandatangani surat pengantar secara elektronik',
        'selesai',
      ],
    );
    assert.match(hoverOf(a, 'en'), /5 steps of its own/);
    assert.match(hoverOf(at('- kode: KELSKM.01.01.CFM.01.SOP.01', 10), 'id'), /Mengikuti langkah peta/);
  });
});
