import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { FIGURE_MARGIN_MM, figureLayout } from '../../server/src/cli/document/figure-page';
import { docxDocument } from '../../server/src/cli/document/docx-writer';
import { xmlText } from '../../server/src/service';
import type { DocxPicture } from '../../server/src/cli/document/docx-writer';
import type { DocumentOutline } from '../../server/src/service/document/outline';
import { entry, need, run, toPdf } from '../support/documents';
import { drawnPng as png, pngPixels } from '../support/png';

const HOSTILE = '<w:p>&amp;</w:t>]]><script>alert(1)</script>';
const EMU_PER_INCH = 914400;

function outline(): DocumentOutline {
  return {
    title: 'Peta Proses Bisnis Kecamatan Uji 2021-2026',
    cover: {
      titleLines: ['PETA PROSES BISNIS', 'KECAMATAN UJI', 'TAHUN 2021-2026'],
      induk: 'Pemerintah Kabupaten Contoh',
      instansi: 'KECAMATAN UJI',
      alamat: 'Jalan Raya Uji No. 1, Contoh',
      logo: undefined,
      nomor: '100.3.3.2/17/2022',
    },
    foreword: [{ kind: 'paragraph', runs: [{ text: 'Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa.' }] }],
    chapters: [
      {
        id: 'bab-1',
        number: 'BAB I',
        title: 'PENDAHULUAN',
        blocks: [
          { kind: 'heading', level: 2, text: 'A. Latar Belakang', id: 'latar' },
          {
            kind: 'paragraph',
            runs: [
              { text: 'Peta Proses Bisnis ' },
              { text: 'menggambarkan', bold: true },
              { text: ' hubungan kerja', italic: true },
              { text: '.' },
            ],
          },
          { kind: 'heading', level: 3, text: `Uji ${HOSTILE}\u0001 judul`, id: 'hostile' },
          {
            kind: 'list',
            ordered: true,
            items: [
              {
                runs: [{ text: 'Sekretariat' }],
                items: [{ runs: [{ text: 'Subbagian Umum' }] }, { runs: [{ text: 'Subbagian Keuangan' }] }],
              },
              { runs: [{ text: 'Seksi Pemerintahan' }] },
            ],
          },
          {
            kind: 'table',
            header: ['No', 'Unit Kerja', 'Kode'],
            widths: [1, 6, 2],
            rows: [
              [{ text: '1' }, { text: 'Camat', bold: true }, { text: 'CMT' }],
              [{ text: '2' }, { text: 'Sekretariat Kecamatan', indent: 1 }, { text: 'SEK' }],
              [{ text: '3' }, { text: 'Subbagian Umum dan Kepegawaian', indent: 2 }, { text: `SUB ${HOSTILE}\u0001` }],
            ],
          },
          { kind: 'figure', diagramId: 'level0', number: 1, caption: 'Gambar 1 Peta Proses Bisnis Level 0', id: 'gambar-1' },
          { kind: 'figure', diagramId: 'relasi', number: 2, caption: `Gambar 2 Peta Relasi ${HOSTILE}\u0001`, id: 'gambar-2' },
          { kind: 'paragraph', runs: [{ text: 'Teks sesudah peta kembali ke halaman tegak.' }] },
        ],
      },
      {
        id: 'bab-2',
        number: 'BAB II',
        title: 'PENUTUP',
        blocks: [
          { kind: 'heading', level: 2, text: 'A. Kesimpulan', id: 'kesimpulan' },
          { kind: 'list', ordered: false, items: [{ runs: [{ text: 'Butir pertama' }] }, { runs: [{ text: 'Butir kedua' }] }] },
          {
            kind: 'signature',
            signature: {
              placeAndDate: 'Uji, 28 September 2022',
              position: 'CAMAT UJI',
              name: 'Budi Santoso, S.STP',
              nip: 'NIP. 198701012010011001',
            },
          },
        ],
      },
    ],
    toc: [],
    draft: true,
  };
}

const PICTURES = new Map<string, DocxPicture>([
  // As `ppb dokumen` lays them out: a 1500 × 900 drawing on A4 at 2x, a 2000 × 1200 one (relasi) at 2x.
  ['level0', { png: png(3000, 1800), pixelWidth: 3000, pixelHeight: 1800, layout: figureLayout(1500, 900, 'Gambar 1. Level 0') }],
  [
    'relasi',
    { png: png(4000, 2400), pixelWidth: 4000, pixelHeight: 2400, layout: { ...figureLayout(4000, 2400, 'Gambar 2. Relasi'), paper: 'A3' } },
  ],
]);

/** Whether `text` holds a control character XML 1.0 forbids. */
const hasControl = (text: string): boolean =>
  [...text].some((ch) => {
    const c = ch.charCodeAt(0);
    return c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d;
  });

/** Each drawing of document.xml: its name (docPr) and its extent in EMU. */
function drawings(xml: string): { name: string; cx: number; cy: number }[] {
  return [...xml.matchAll(/<wp:inline\b[\s\S]*?<\/wp:inline>/g)].map(([inline]) => ({
    name: /<wp:docPr\b[^>]*\bname="([^"]*)"/.exec(inline)?.[1] ?? '',
    cx: Number(/<wp:extent cx="(\d+)"/.exec(inline)?.[1]),
    cy: Number(/<wp:extent cx="\d+" cy="(\d+)"/.exec(inline)?.[1]),
  }));
}

describe('the DOCX writer', () => {
  let dir: string;
  let docx: string;
  let documentXml: string;
  let parts: string[];
  const unzipped = (name: string): string => run('unzip', ['-p', docx, entry(name)]);

  before(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'ppb-docx-'));
    const logo = { data: png(200, 240), type: 'png' as const, pixelWidth: 200, pixelHeight: 240 };
    const bytes = await docxDocument(outline(), PICTURES, logo);
    docx = path.join(dir, 'dokumen.docx');
    writeFileSync(docx, bytes);
    need('unzip', 'unzip');
    documentXml = unzipped('word/document.xml');
    parts = run('unzip', ['-Z1', docx]).split('\n').filter(Boolean);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('is a zip whose document keeps hostile text literal and drops control characters', () => {
    assert.equal(run('head', ['-c', '2', docx]), 'PK');
    assert.ok(documentXml.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(documentXml.includes('&lt;w:p&gt;&amp;amp;&lt;/w:t&gt;]]&gt;'));
    assert.ok(!documentXml.includes('<script>'));
    assert.ok(!hasControl(documentXml));
    for (const p of parts.filter((name) => name.endsWith('.xml'))) assert.ok(!hasControl(unzipped(p)), p);
  });

  test('has Word headings, a TOC field, a table with a repeated header row and list numbering', () => {
    const heading1 = documentXml.match(/<w:pStyle w:val="Heading1"\/>/g) ?? [];
    assert.equal(heading1.length, 3, 'KATA PENGANTAR and two chapters');
    assert.match(documentXml, /<w:pStyle w:val="Heading2"\/>/);
    assert.match(documentXml, /<w:pStyle w:val="Heading3"\/>/);
    const toc = /<w:instrText[^>]*>(TOC [^<]*)</.exec(documentXml)?.[1] ?? '';
    assert.match(toc, /\\o &quot;1-2&quot;/);
    assert.match(toc, /\\h/);
    assert.match(documentXml, /<w:tbl>/);
    assert.match(documentXml, /<w:tblHeader\/>/);
    assert.match(documentXml, /<w:numPr>/);
    assert.match(documentXml, /<w:bookmarkStart [^>]*w:name="gambar_2"/);
    const numbering = unzipped('word/numbering.xml');
    assert.match(numbering, /<w:lvlText w:val="%1\."\/>/);
    assert.match(numbering, /<w:lvlText w:val="%2\."\/>/);
    const core = unzipped('docProps/core.xml');
    assert.match(core, /<dc:title>Peta Proses Bisnis Kecamatan Uji 2021-2026<\/dc:title>/);
    assert.match(core, /<dc:creator>PPB<\/dc:creator>/);
    assert.match(unzipped('word/styles.xml'), /<w:lang w:val="id-ID"\/>/);
  });

  test('puts each map in a landscape section of its paper, and text back in A4 portrait', () => {
    const sizes = [...documentXml.matchAll(/<w:pgSz ([^>]*)\/>/g)].map(([, attrs]) => attrs ?? '');
    const landscape = sizes.filter((a) => a.includes('w:orient="landscape"'));
    assert.equal(landscape.length, 2, sizes.join('\n'));
    assert.match(landscape[0] ?? '', /w:w="16838" w:h="11906"/);
    assert.match(landscape[1] ?? '', /w:w="23811" w:h="16838"/);
    const portrait = sizes.filter((a) => !a.includes('landscape'));
    assert.ok(portrait.length >= 3, sizes.join('\n'));
    for (const a of portrait) assert.match(a, /w:w="11906" w:h="16838"/);
    // The section after the maps is portrait again.
    assert.doesNotMatch(sizes.at(-1) ?? '', /landscape/);
  });

  test('numbers every page but the cover, and marks every header DRAF', () => {
    const sections = documentXml.match(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g) ?? [];
    assert.ok(sections.length >= 5, String(sections.length));
    const part = (rel: string): string => {
      const rels = unzipped('word/_rels/document.xml.rels');
      const target = new RegExp(`Id="${rel}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${rel}"`).exec(rels);
      return run('unzip', ['-p', docx, `word/${target?.[1] ?? target?.[2]}`]);
    };
    sections.forEach((s, i) => {
      const header = /<w:headerReference w:type="default" r:id="([^"]+)"/.exec(s)?.[1];
      const footer = /<w:footerReference w:type="default" r:id="([^"]+)"/.exec(s)?.[1];
      assert.ok(header && footer, `section ${i} has its own header and footer`);
      assert.match(part(header), />DRAF</, `section ${i}'s header`);
      if (i === 0) assert.doesNotMatch(part(footer), /PAGE/, 'the cover has no number');
      else assert.match(part(footer), /<w:instrText[^>]*>\s*PAGE\s*</, `section ${i}'s footer`);
    });
  });

  test('prints the maps at 200 dpi or more, aspect kept, within the page', () => {
    const found = drawings(documentXml);
    for (const [id, pageMm] of [
      ['level0', [297, 210]],
      ['relasi', [420, 297]],
    ] as const) {
      const d = found.find((x) => x.name === id);
      const picture = PICTURES.get(id);
      assert.ok(d && picture, id);
      const inches = d.cx / EMU_PER_INCH;
      assert.ok(picture.pixelWidth / inches >= 200, `${id}: ${(picture.pixelWidth / inches).toFixed(0)} dpi`);
      assert.ok(Math.abs(d.cx / d.cy - picture.pixelWidth / picture.pixelHeight) < 0.01, `${id}: aspect`);
      const mm = (emu: number): number => emu / 36000;
      const margins = 2 * FIGURE_MARGIN_MM;
      assert.ok(
        mm(d.cx) <= pageMm[0] - margins + 0.5 && mm(d.cy) <= pageMm[1] - margins - picture.layout.captionMm + 0.5,
        `${id}: ${mm(d.cx)} x ${mm(d.cy)} mm, inside the margins, under the caption`,
      );
      assert.ok(mm(d.cx) >= pageMm[0] * 0.6 || mm(d.cy) >= pageMm[1] * 0.6, `${id} fills its page`);
    }
    const logo = found.find((x) => x.name === 'Logo');
    assert.ok(logo && Math.abs(logo.cx / 36000 - 40) < 1, 'the logo is 4 cm wide');
  });

  test('a final document has no DRAF, and no foreword, logo or number when the outline has none', async () => {
    const plain: DocumentOutline = { ...outline(), draft: false, foreword: undefined, cover: { ...outline().cover, nomor: '' } };
    const file = path.join(dir, 'final.docx');
    writeFileSync(file, await docxDocument(plain, PICTURES, undefined));
    const names = run('unzip', ['-Z1', file]).split('\n');
    const xml = run('unzip', ['-p', file, 'word/document.xml']);
    for (const header of names.filter((n) => /^word\/header\d*\.xml$/.test(n)))
      assert.doesNotMatch(run('unzip', ['-p', file, header]), /DRAF/, header);
    assert.doesNotMatch(xml, /KATA PENGANTAR|Nomor:/);
    assert.equal((xml.match(/<w:pStyle w:val="Heading1"\/>/g) ?? []).length, 2);
    assert.ok(!drawings(xml).some((d) => d.name === 'Logo'));
  });

  test('text for XML loses the control characters and lone surrogates XML 1.0 forbids, nothing else', () => {
    assert.equal(xmlText('a\u0000b\u0001c\u0008d\u000be\u000cf\u001fg\ufffeh\uffff'), 'abcdefgh');
    assert.equal(xmlText('tab\tline\nreturn\r'), 'tab\tline\nreturn\r');
    assert.equal(xmlText('lone \ud800 and \udc00 gone, pair \ud83d\ude00 kept'), 'lone  and  gone, pair \ud83d\ude00 kept');
    assert.equal(xmlText(HOSTILE), HOSTILE);
  });

  test('a figure without its picture is an Error naming the diagram', async () => {
    await assert.rejects(docxDocument(outline(), new Map([['level0', PICTURES.get('level0')!]]), undefined), (e: unknown) => {
      assert.ok(e instanceof Error);
      assert.match(e.message, /relasi/);
      return true;
    });
  });

  test('LibreOffice reads it: text, hostile text literally, DRAF, landscape map pages', async () => {
    need('soffice', 'libreoffice-writer-nogui');
    need('pdftotext', 'poppler-utils');
    need('pdfinfo', 'poppler-utils');
    need('pdftoppm', 'poppler-utils');
    await toPdf(docx, dir);
    const pdf = path.join(dir, 'dokumen.pdf');
    assert.ok(existsSync(pdf), 'soffice wrote the PDF');
    const text = run('pdftotext', ['-layout', pdf, '-']);
    for (const expected of [
      'DAFTAR ISI',
      'KATA PENGANTAR',
      'BAB I',
      'PENDAHULUAN',
      'BAB II',
      'PENUTUP',
      'A. Latar Belakang',
      'Sekretariat Kecamatan',
      'Subbagian Umum dan Kepegawaian',
      'Gambar 1 Peta Proses Bisnis Level 0',
      'Gambar 2 Peta Relasi',
      '<script>alert(1)</script>',
      '<w:p>&amp;</w:t>]]>',
      'Budi Santoso, S.STP',
      'DRAF',
    ])
      assert.ok(text.includes(expected), `the PDF holds ${expected}`);
    const info = run('pdfinfo', ['-f', '1', '-l', '999', pdf]);
    const pages = [...info.matchAll(/Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+)/g)].map(([, n, w, h]) => ({
      n: Number(n),
      w: Number(w),
      h: Number(h),
    }));
    const near = (a: number, b: number): boolean => Math.abs(a - b) < 2;
    const a4Landscape = pages.filter((p) => near(p.w, 841.89) && near(p.h, 595.28));
    const a3Landscape = pages.filter((p) => near(p.w, 1190.55) && near(p.h, 841.89));
    assert.equal(a4Landscape.length, 1, info);
    assert.equal(a3Landscape.length, 1, info);
    assert.equal(pages.length - 2, pages.filter((p) => near(p.w, 595.28) && near(p.h, 841.89)).length, 'every other page is A4 portrait');
    const pageText = (n: number): string => run('pdftotext', ['-layout', '-f', String(n), '-l', String(n), pdf, '-']);
    assert.match(pageText(a4Landscape[0]!.n), /Gambar 1 Peta Proses Bisnis Level 0/);
    assert.match(pageText(a3Landscape[0]!.n), /Gambar 2 Peta Relasi/);
    assert.match(pageText(a3Landscape[0]!.n), /DRAF/);
    assert.doesNotMatch(pageText(1), /^\s*1\s*$/m, 'no number on the cover');
    // The map is drawn whole, not cut at the line's height: its frame's bottom edge is low on the page.
    for (const page of [a4Landscape[0]!.n, a3Landscape[0]!.n]) {
      const out = path.join(dir, `page-${page}`);
      run('pdftoppm', ['-png', '-gray', '-r', '60', '-f', String(page), '-l', String(page), '-singlefile', pdf, out]);
      const { width, height, rgba } = pngPixels(readFileSync(`${out}.png`));
      let lowest = -1;
      for (let y = 0; y < height; y++) {
        let dark = 0;
        for (let x = 0; x < width; x++) if ((rgba[(y * width + x) * 4] ?? 255) < 160) dark++;
        if (dark > width / 2) lowest = y;
      }
      assert.ok(lowest / height > 0.75 && lowest / height < 0.97, `page ${page}: the map's lowest line at ${(lowest / height).toFixed(2)}`);
    }
  });
});
