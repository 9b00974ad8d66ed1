import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { hostileModel, PAYLOADS } from '../export/hostile-model';
import { need, pdfPageSizes, pdfText, run, modelFacts } from '../support/documents';
import { drawnPng } from '../support/png';
import { ppb } from '../support/ppb-cli';
import { REPO, TempModel } from '../support/temp-model';

const KLAMBU = path.join(REPO, 'samples/klambu');
const JUDGED = path.join(REPO, 'test/fixtures/judged');
/** Other agencies and other code forms: a Balai POM (`POM-05.01.CFM.01`, SOPs), BPS, BPSDM PUPR (`5.2.5_CFM.01`), a ministry. */
const OTHERS = ['variant-bpom-balai', 'valid-bps-pst', 'variant-bpsdm-pupr', 'valid-kementerian-pora'].map((m) => path.join(JUDGED, m));

/** A PDF's text in content order with no white space: a label wrapped over lines still reads whole. */
const squeezed = (pdf: string): string => run('pdftotext', ['-raw', pdf, '-']).replace(/\s+/g, '');
const squeeze = (text: string): string => text.replace(/\s+/g, '');

/** The pages that hold a raster picture: the maps are vector drawings (without shadows, which a PDF would rasterize). */
function picturePages(pdf: string): number[] {
  need('pdfimages', 'poppler-utils');
  const pages = run('pdfimages', ['-list', pdf])
    .split('\n')
    .slice(2)
    .filter((l) => l.trim() !== '')
    .map((l) => Number(l.trim().split(/\s+/)[0]));
  return [...new Set(pages)];
}

const CHAPTERS = ['BAB I', 'PENDAHULUAN', 'BAB II', 'BAB III', 'BAB IV', 'HASIL PENYUSUNAN PETA PROSES BISNIS', 'BAB V', 'PENUTUP'];

describe('ppb dokumen --out FILE.pdf', () => {
  let out: TempModel;
  before(() => {
    need('pdftotext', 'poppler-utils');
    out = new TempModel();
  });
  after(() => out.dispose());

  for (const dir of [KLAMBU, ...OTHERS]) {
    const name = path.basename(dir);
    test(`${name}: the PDF holds BAB I–V, the instansi, every process and map code and every step name`, async () => {
      const pdf = path.join(out.dir, `${name}.pdf`);
      const r = ppb(['dokumen', dir, '--out', pdf]);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stderr, /Document written to .*: \d+ maps?, \d+ pages/);
      const text = pdfText(pdf);
      for (const c of CHAPTERS) assert.ok(text.includes(c), c);
      const all = squeezed(pdf);
      const f = await modelFacts(dir);
      assert.ok(all.includes(squeeze(f.nama)), f.nama);
      const missing = [...f.codes, ...f.steps].filter((t) => !all.includes(squeeze(t)));
      assert.deepEqual(missing, [], `not in the PDF's text`);
    });
  }

  test('Klambu: every map on a landscape page of its own (the Peta Relasi on A3), text on A4 portrait', () => {
    const pdf = path.join(out.dir, 'klambu.pdf');
    if (!existsSync(pdf)) assert.equal(ppb(['dokumen', KLAMBU, '--out', pdf]).code, 0);
    const sizes = pdfPageSizes(pdf);
    const landscape = sizes.map((s, i) => ({ ...s, page: i + 1 })).filter((s) => s.width > s.height);
    assert.equal(landscape.length, 30, 'one landscape page per map');
    const a3 = landscape.filter((s) => Math.round(s.width) === 1191);
    assert.ok(
      a3.some((s) => pdfText(pdf, s.page, s.page).includes('Peta Relasi Kecamatan Klambu')),
      'the Peta Relasi on A3',
    );
    for (const s of sizes.filter((x) => x.width < x.height)) assert.deepEqual([Math.round(s.width), Math.round(s.height)], [595, 842]);
  });

  test("Klambu: the table of contents' page numbers are the pages the headings and maps are printed on", () => {
    const pdf = path.join(out.dir, 'klambu.pdf');
    if (!existsSync(pdf)) assert.equal(ppb(['dokumen', KLAMBU, '--out', pdf]).code, 0);
    const toc = pdfText(pdf, 2, 4);
    const entries = [...toc.matchAll(/^\s*((?:BAB [IV]+|[A-E]\. |Gambar \d+\.)[^\n]*?)\s{2,}(\d+)\s*$/gm)].map((m) => ({
      text: (m[1] ?? '').trim(),
      page: Number(m[2]),
    }));
    assert.ok(entries.length >= 40, `${entries.length} entries read`);
    for (const e of entries) {
      const page = squeeze(pdfText(pdf, e.page, e.page));
      assert.ok(page.includes(squeeze(e.text).slice(0, 25)), `${e.text} on page ${e.page}`);
    }
  });

  test('Klambu: every page but the cover carries its number in the footer', () => {
    const pdf = path.join(out.dir, 'klambu.pdf');
    if (!existsSync(pdf)) assert.equal(ppb(['dokumen', KLAMBU, '--out', pdf]).code, 0);
    const pages = pdfPageSizes(pdf).length;
    assert.doesNotMatch(pdfText(pdf, 1, 1).trim(), /\n\s*1\s*$/, 'no number on the cover');
    for (let p = 2; p <= pages; p++) assert.match(pdfText(pdf, p, p).trimEnd(), new RegExp(`(^|\\s)${p}$`), `page ${p}`);
  });

  test('Klambu: the signature closes BAB V with the place and date written out, the head, and the NIP', () => {
    const pdf = path.join(out.dir, 'klambu.pdf');
    if (!existsSync(pdf)) assert.equal(ppb(['dokumen', KLAMBU, '--out', pdf]).code, 0);
    const last = pdfText(pdf, pdfPageSizes(pdf).length);
    for (const t of ['Klambu, 28 September 2022', 'CAMAT KLAMBU', 'Rustamaji, S.S.T.P., M.Si.', 'NIP. 198710132006021002'])
      assert.ok(last.includes(t), t);
  });
});

describe('ppb dokumen refuses what it should, and writes whole or nothing', () => {
  let model: TempModel;
  before(() => {
    model = TempModel.fromFolder(KLAMBU);
  });
  after(() => model.dispose());

  test('a model with errors: the errors listed as ppb check lists them, exit 1, and no file', () => {
    const file = path.join(model.dir, 'proses.ppb.yaml');
    const good = readFileSync(file, 'utf8');
    writeFileSync(file, good.replace('pelanggan: [masyarakat, pemdes, bupati]', 'pelanggan: [masyarakat, pemdes, bupatii]'));
    try {
      const pdf = path.join(model.dir, 'out', 'dokumen.pdf');
      const r = ppb(['dokumen', model.dir, '--out', pdf]);
      assert.equal(r.code, 1, r.stderr);
      assert.match(r.stderr, /proses\.ppb\.yaml:\d+:\d+: error PPB\d+ .*bupatii/);
      assert.match(r.stderr, /the model has 1 error \(above\); no document written\. .*--draf/);
      assert.equal(existsSync(pdf), false);
      const id = ppb(['dokumen', model.dir, '--out', pdf, '--lang', 'id']);
      assert.match(id.stderr, /dokumen tidak dibuat/);

      const draft = ppb(['dokumen', model.dir, '--out', pdf, '--draf']);
      assert.equal(draft.code, 0, draft.stderr);
      assert.match(draft.stderr, /written as a draft/);
      const pages = pdfPageSizes(pdf).length;
      for (let p = 1; p <= pages; p++) assert.ok(pdfText(pdf, p, p).includes('DRAF'), `DRAF on page ${p}`);
    } finally {
      writeFileSync(file, good);
    }
  });

  test('an existing file is kept without --force (exit 2), replaced with it; no temporary file is left', () => {
    const pdf = path.join(model.dir, 'ada.pdf');
    writeFileSync(pdf, 'the user’s own file');
    const r = ppb(['dokumen', model.dir, '--out', pdf]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /this file exists: .*ada\.pdf\. Nothing written; use --force/);
    assert.equal(readFileSync(pdf, 'utf8'), 'the user’s own file');
    const forced = ppb(['dokumen', model.dir, '--out', pdf, '--force']);
    assert.equal(forced.code, 0, forced.stderr);
    assert.equal(readFileSync(pdf).subarray(0, 5).toString(), '%PDF-');
    assert.deepEqual(
      readdirSync(model.dir).filter((n) => n.endsWith('.tmp')),
      [],
    );
  });

  test('a name that is not .docx or .pdf, two folders, or an export option is a usage error (exit 2)', () => {
    const txt = ppb(['dokumen', model.dir, '--out', path.join(model.dir, 'x.txt')]);
    assert.equal(txt.code, 2);
    assert.match(txt.stderr, /--out .*x\.txt: the document is written as \.docx \(Word\) or \.pdf/);
    assert.equal(ppb(['dokumen', model.dir, KLAMBU, '--out', 'x.pdf']).code, 2);
    assert.match(ppb(['dokumen', model.dir, '--out', 'x.pdf', '--scale', '2']).stderr, /invalid option: --scale \(export\)/);
    assert.match(ppb(['export', model.dir, '--out', 'x', '--draf']).stderr, /invalid option: --draf \(dokumen, sop\)/);
    assert.equal(existsSync(path.join(model.dir, 'x.txt')), false);
  });
});

describe("ppb dokumen: the agency's own text and logo", () => {
  let model: TempModel;
  before(() => {
    model = TempModel.fromFolder(KLAMBU);
  });
  after(() => model.dispose());

  test('dokumen/latar-belakang.md replaces the standard text; an unknown name is said, with the closest', () => {
    model.write('dokumen/latar-belakang.md', 'Teks **latar belakang** kami sendiri.\n\n1. butir pertama\n2. butir <b>kedua</b>\n');
    model.write('dokumen/latar-belakng.md', 'salah nama');
    const pdf = path.join(model.dir, 'teks.pdf');
    const r = ppb(['dokumen', model.dir, '--out', pdf]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /dokumen\/latar-belakng\.md` names no section .* Did you mean `latar-belakang\.md`\?/);
    const text = pdfText(pdf);
    assert.ok(text.includes('Teks latar belakang kami sendiri.'));
    assert.ok(text.includes('butir <b>kedua</b>'), 'HTML in Markdown is text');
    assert.ok(!text.includes('Reformasi birokrasi menuntut'), 'the standard text of the section is gone');
    assert.ok(text.includes('B. Maksud, Tujuan dan Manfaat'), 'other sections keep theirs');
    assert.ok(!text.includes('salah nama'));
  });

  test('instansi.logo: on the cover of both formats; missing, it is an error and no document', () => {
    writeFileSync(path.join(model.dir, 'logo.png'), drawnPng(300, 360));
    const instansi = path.join(model.dir, 'instansi.ppb.yaml');
    const good = readFileSync(instansi, 'utf8');
    writeFileSync(instansi, good.replace('  periode: 2021-2026\n', '  periode: 2021-2026\n  logo: logo.png\n'));
    try {
      const pdf = path.join(model.dir, 'logo.pdf');
      assert.equal(ppb(['dokumen', model.dir, '--out', pdf]).code, 0);
      assert.deepEqual(picturePages(pdf), [1], 'the logo on the cover is the one picture: the maps are vector');
      const docx = path.join(model.dir, 'logo.docx');
      assert.equal(ppb(['dokumen', model.dir, '--out', docx]).code, 0);
      const media = run('unzip', ['-Z1', docx])
        .split('\n')
        .filter((n) => n.startsWith('word/media/'));
      assert.equal(media.length, 31, 'the logo and 30 maps');

      writeFileSync(instansi, good.replace('  periode: 2021-2026\n', '  periode: 2021-2026\n  logo: ../../etc/passwd.png\n'));
      const r = ppb(['dokumen', model.dir, '--out', path.join(model.dir, 'tanpa-logo.pdf')]);
      assert.equal(r.code, 1);
      assert.match(
        r.stderr,
        /instansi\.ppb\.yaml: error instansi\.logo \.\.\/\.\.\/etc\/passwd\.png: (no such file|the file is outside the model folder)/,
      );
      assert.equal(existsSync(path.join(model.dir, 'tanpa-logo.pdf')), false);
    } finally {
      writeFileSync(instansi, good);
    }
  });
});

describe('ppb dokumen: hostile labels stay literal text', () => {
  let model: TempModel;
  before(() => {
    model = new TempModel();
    const m = JSON.parse(hostileModel()) as Record<string, Record<string, unknown>>;
    m.instansi = {
      ...m.instansi,
      induk: PAYLOADS[1],
      alamat: PAYLOADS[8],
      tugas: PAYLOADS[2],
      fungsi: PAYLOADS.slice(0, 12),
      pengesahan: { tempat: PAYLOADS[6] },
    };
    model.write('hostile.ppb.yaml', JSON.stringify(m, null, 2));
    model.write('dokumen/penutup.md', `${PAYLOADS[0]}\n\n| a | b |\n|---|---|\n| ${PAYLOADS[5]} | x |\n`);
  });
  after(() => model.dispose());

  /** Payloads pdftotext gives back as written: ASCII, on one line. */
  const ascii = PAYLOADS.filter((p) => /^[\x20-\x7e]+$/.test(p) && p.length < 200);

  test('in the PDF every payload is printed as its characters, and none became a picture or a link', () => {
    const pdf = path.join(model.dir, 'hostile.pdf');
    const r = ppb(['dokumen', model.dir, '--out', pdf]);
    assert.equal(r.code, 0, r.stderr);
    const all = squeezed(pdf);
    const missing = ascii.filter((p) => !all.includes(squeeze(p)));
    assert.deepEqual(missing, []);
    assert.deepEqual(picturePages(pdf), [], 'no picture at all: none from <img>, and the maps are vector');
    assert.doesNotMatch(readFileSync(pdf).toString('latin1'), /\/URI\s*\(/, 'no link from <a href>');
  });

  test('in the DOCX every payload is escaped text in the XML, never an element', () => {
    const docx = path.join(model.dir, 'hostile.docx');
    const r = ppb(['dokumen', model.dir, '--out', docx]);
    assert.equal(r.code, 0, r.stderr);
    const xml = run('unzip', ['-p', docx, 'word/document.xml']);
    assert.ok(xml.includes('&lt;script&gt;window.__pwned=1&lt;/script&gt;'));
    for (const tag of ['<script', '<img', '<iframe', '<svg', '<style', '<a ', '<body', '<math']) assert.ok(!xml.includes(tag), tag);
  });
});
