import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, test } from 'node:test';
import { printPage } from '../../server/src/cli/document/print-html';
import { figureLayout } from '../../server/src/cli/document/figure-page';
import { findPpbFiles } from '../../server/src/node/ppb-files';
import { PpbWorkspace, type Block, type DocumentOutline } from '../../server/src/service';
import { REPO } from '../support/temp-model';

async function klambu(): Promise<PpbWorkspace> {
  const ws = new PpbWorkspace();
  for (const f of await findPpbFiles(path.join(REPO, 'samples/klambu'))) ws.setFile(pathToFileURL(f).href, readFileSync(f, 'utf8'));
  return ws;
}

const text = (blocks: readonly Block[]): string =>
  blocks
    .map((b) =>
      b.kind === 'paragraph'
        ? b.runs.map((r) => r.text).join('')
        : b.kind === 'heading'
          ? b.text
          : b.kind === 'list'
            ? b.items.map((i) => i.runs.map((r) => r.text).join('')).join('\n')
            : b.kind === 'table'
              ? b.rows.map((r) => r.map((c) => c.text).join(' | ')).join('\n')
              : b.kind === 'figure'
                ? b.caption
                : JSON.stringify(b.signature),
    )
    .join('\n');

const headings = (o: DocumentOutline, chapter: number): string[] =>
  (o.chapters[chapter]?.blocks ?? []).flatMap((b) => (b.kind === 'heading' && b.level === 2 ? [b.text] : []));

describe('the document outline (ws.document)', () => {
  test('Klambu: the cover, BAB I–V with their sections, the maps numbered in BAB IV, the signature closing BAB V', async () => {
    const { outline, warnings } = (await klambu()).document(new Map(), false);
    assert.deepEqual(warnings, []);
    assert.deepEqual(outline.cover.titleLines, ['PETA PROSES BISNIS', 'KECAMATAN KLAMBU', 'KABUPATEN GROBOGAN', 'TAHUN 2021-2026']);
    assert.equal(outline.cover.induk, 'Pemerintah Kabupaten Grobogan');
    assert.deepEqual(
      outline.chapters.map((c) => `${c.number} ${c.title}`),
      [
        'BAB I PENDAHULUAN',
        'BAB II TUGAS, FUNGSI, SUSUNAN ORGANISASI, TUJUAN DAN SASARAN',
        'BAB III PRINSIP DAN TAHAPAN PENYUSUNAN PETA PROSES BISNIS',
        'BAB IV HASIL PENYUSUNAN PETA PROSES BISNIS',
        'BAB V PENUTUP',
      ],
    );
    assert.deepEqual(headings(outline, 3), [
      'A. Peta Proses (Level 0)',
      'B. Peta Sub Proses (Level 1)',
      'C. Peta Relasi',
      'D. Peta Lintas Fungsi (Level n)',
      'E. Daftar Proses Bisnis dan Peta',
    ]);
    const figures = outline.chapters.flatMap((c) => c.blocks.filter((b) => b.kind === 'figure'));
    assert.equal(figures.length, 30);
    assert.deepEqual(
      figures.map((f) => f.number),
      Array.from({ length: 30 }, (_, i) => i + 1),
    );
    assert.equal(figures[19]?.caption, 'Gambar 20. KECKLB.06.03.CFM.02 Penyediaan Bahan Logistik Kantor');
    const bab2 = text(outline.chapters[1]?.blocks ?? []);
    assert.match(bab2, /Kecamatan Klambu mempunyai tugas melaksanakan koordinasi/);
    assert.match(bab2, /1\.1\.2 \| Subbagian Umum dan Kepegawaian \| Subbag Umpeg/);
    assert.match(text(outline.chapters[0]?.blocks ?? []), /4 proses utama, 1 proses manajemen, dan 1 proses pendukung/);
    const last = outline.chapters[4]?.blocks.at(-1);
    assert.equal(last?.kind, 'signature');
    if (last?.kind === 'signature')
      assert.deepEqual(last.signature, {
        placeAndDate: 'Klambu, 28 September 2022',
        position: 'CAMAT KLAMBU',
        name: 'Rustamaji, S.S.T.P., M.Si.',
        nip: 'NIP. 198710132006021002',
      });
    assert.ok(
      outline.toc.some((e) => e.level === 3 && e.text.startsWith('Gambar 30.')),
      'maps in the table of contents',
    );
  });

  test("an agency's Markdown replaces a section's words, keeps its table; an unknown name is a warning with the closest", async () => {
    const { outline, warnings } = (await klambu()).document(
      new Map([
        ['susunan-organisasi', 'Bagan kami **sendiri**.'],
        ['penutup', ''],
        ['ruang-lingkup.md', 'x'],
      ]),
      false,
    );
    const bab2 = outline.chapters[1]?.blocks ?? [];
    assert.match(text(bab2), /Bagan kami sendiri\./);
    assert.doesNotMatch(text(bab2), /Susunan organisasi Kecamatan Klambu Kabupaten Grobogan adalah/);
    assert.ok(bab2.some((b) => b.kind === 'table' && b.header.includes('Unit Organisasi')));
    assert.deepEqual(
      outline.chapters[4]?.blocks.map((b) => b.kind),
      ['signature'],
      'an empty file leaves no words',
    );
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]?.en ?? '', /`dokumen\/ruang-lingkup\.md\.md` names no section/);
    assert.match(warnings[0]?.id ?? '', /tidak menamai bagian dokumen mana pun/);
  });

  test('a section with nothing to show is left out and the letters close up; a model without instansi still gives a draft', () => {
    const ws = new PpbWorkspace();
    ws.setFile(
      'file:///m/a.ppb.yaml',
      'versi: 1\nproses:\n  - kode: X.01\n    nama: Satu\n    kategori: utama\n    masukan: [a]\n    keluaran: [b]\n',
    );
    const { outline } = ws.document(new Map(), true);
    assert.equal(outline.draft, true);
    assert.deepEqual(headings(outline, 1), ['A. Tugas dan Fungsi']);
    assert.deepEqual(headings(outline, 0), ['A. Latar Belakang', 'B. Maksud, Tujuan dan Manfaat', 'C. Ruang Lingkup']);
    const last = outline.chapters[4]?.blocks.at(-1);
    assert.equal(last?.kind === 'signature' && last.signature.placeAndDate, '……………………, ……………………', 'a dotted line to fill in');
  });
});

describe('the printed page of the PDF', () => {
  test('every text is escaped and the page allows no script', () => {
    const hostile = '</p><script>alert(1)</script><img src=x onerror=alert(2)>&amp;"\'\u0001';
    const ws = new PpbWorkspace();
    ws.setFile('file:///m/a.ppb.yaml', JSON.stringify({ versi: 1, instansi: { kode: 'X', nama: hostile, alamat: hostile } }));
    const { outline } = ws.document(new Map([['penutup', `# ${hostile}\n\n${hostile}`]]), false);
    const { html } = printPage({ outline, figures: new Map(), logo: undefined, pages: undefined });
    assert.ok(!html.includes('<script'), 'no script element');
    assert.ok(!html.includes('<img src=x'), 'no picture from a label');
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(!html.includes('\u0001'), 'control characters dropped');
    assert.match(
      html,
      /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:">/,
    );
  });

  test('a map that would print under 6 pt on A4 goes on A3; a small one is never enlarged past 12 pt', () => {
    // Klambu's Peta Relasi, drawn without its title as the document draws it.
    const relasi = figureLayout(2960, 2034, 'Gambar 8. Peta Relasi Kecamatan Klambu');
    assert.equal(relasi.paper, 'A3');
    assert.ok(relasi.pt >= 6, `${relasi.pt} pt`);
    const small = figureLayout(300, 200, 'Gambar 1. Kecil');
    assert.equal(small.paper, 'A4');
    assert.ok(Math.abs(small.pt - 12) < 0.01, `${small.pt} pt`);
    const wide = figureLayout(2000, 600, 'Gambar 2. Lebar');
    assert.ok(wide.widthMm <= 281 + 1e-9 && wide.heightMm <= 194 - wide.captionMm + 1e-9);
  });
});
