import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PpbWorkspace, type Lang } from '../../../server/src/service';
import { schemaHover, type SchemaHover } from '../../../server/src/service/features/schema-hover';
import { withCaret } from '../../support/caret';
import { VALID, variant } from '../../support/check';

/** Hover where `|` stands after VALID's `from` is replaced by `to`. */
function hoverIn(from: string, to: string, lang: Lang = 'en', ws?: PpbWorkspace): { hover: SchemaHover | undefined; text: string } {
  const { ws: w, caret } = withCaret({ 'model.ppb.yaml': variant(from, to) }, ws);
  return { hover: schemaHover(w, caret.uri, caret.offset, lang), text: w.parsed(caret.uri)?.text ?? '' };
}

const covered = (r: { hover: SchemaHover | undefined; text: string }): string =>
  r.hover ? r.text.slice(r.hover.span.start, r.hover.span.end) : '';

describe('hover from the schema', () => {
  test('a key says what it holds, with its span, in both languages', () => {
    const en = hoverIn('    kategori: pendukung\n', '    kate|gori: pendukung\n');
    assert.equal(covered(en), 'kategori');
    assert.match(en.hover?.contents ?? '', /^\*\*kategori\*\* · Category\n\nGroup of the process on the Level 0 map/);
    const id = hoverIn('    kategori: pendukung\n', '    kate|gori: pendukung\n', 'id');
    assert.match(id.hover?.contents ?? '', /^\*\*kategori\*\* · Kelompok proses\n\nKelompok proses pada Peta Proses Level 0/);
  });

  test('kategori: pendukung says what a supporting process is', () => {
    const en = hoverIn('    kategori: pendukung\n', '    kategori: pendu|kung\n');
    assert.equal(covered(en), 'pendukung');
    assert.match(
      en.hover?.contents ?? '',
      /^\*\*pendukung\*\* · Category\n\nSupport process: provides the resources the other processes need/,
    );
    const id = hoverIn('    kategori: pendukung\n', '    kategori: |pendukung\n', 'id');
    assert.match(id.hover?.contents ?? '', /Proses pendukung: proses yang menyediakan sumber daya bagi proses lain/);
  });

  test('jenis: keputusan says what a decision is', () => {
    const r = hoverIn('        jenis: keputusan\n', '        jenis: keputusan|\n');
    assert.equal(covered(r), 'keputusan');
    assert.match(r.hover?.contents ?? '', /Decision: decision symbol \(diamond\); list the branches in cabang/);
  });

  test('keys at every level: a step, a sub-process, instansi, a unit, a branch map', () => {
    assert.match(hoverIn('        waktu: 1 hari\n', '        wa|ktu: 1 hari\n').hover?.contents ?? '', /Time standard of the step/);
    assert.match(
      hoverIn('        lanjut: [KECKLB.06.04]\n', '        lan|jut: [KECKLB.06.04]\n').hover?.contents ?? '',
      /Code of the sibling sub-process \(same parent\) that follows this one/,
    );
    assert.match(hoverIn('  kode: KECKLB\n', '  ko|de: KECKLB\n').hover?.contents ?? '', /prefix every process and map code starts with/);
    assert.match(hoverIn('    singkatan: Sekcam\n', '    |singkatan: Sekcam\n').hover?.contents ?? '', /short label/);
    assert.match(hoverIn('        cabang:\n', '        cab|ang:\n').hover?.contents ?? '', /each branch label mapped to the identifier/);
    assert.match(hoverIn('relasi:\n', 'rel|asi:\n', 'id').hover?.contents ?? '', /Peta Relasi/);
  });

  test('nothing for ids, codes, free text and keys the format does not know', () => {
    assert.equal(hoverIn('        pelaksana: camat\n', '        pelaksana: ca|mat\n').hover, undefined);
    assert.equal(hoverIn('    nama: Pengadaan Sarana Kantor\n', '    nama: Pengadaan Sa|rana Kantor\n').hover, undefined);
    assert.equal(hoverIn('    nama: Pengadaan Sarana Kantor\n', '    nama_proses|: Pengadaan Sarana Kantor\n').hover, undefined);
    assert.equal(hoverIn('versi: 1\n', '# komentar |di sini\nversi: 1\n').hover, undefined);
  });

  test('in a file that does not parse', () => {
    const ws = new PpbWorkspace();
    ws.setFile('file:///ws/model.ppb.yaml', VALID);
    const r = hoverIn('        jenis: keputusan\n', '        jenis: keputu|san\n        nama: "unclosed\n', 'en', ws);
    assert.ok((ws.parsed('file:///ws/model.ppb.yaml')?.syntaxErrors.length ?? 0) > 0);
    assert.match(r.hover?.contents ?? '', /Decision/);
  });
});
