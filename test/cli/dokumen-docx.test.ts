import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { entry, pdfPageSizes, pdfText, run, toPdf, modelFacts } from '../support/documents';
import { pngSize } from '../support/png';
import { ppb } from '../support/ppb-cli';
import { REPO, TempModel } from '../support/temp-model';

const MODELS = [
  'samples/klambu',
  'test/fixtures/judged/variant-bpom-balai',
  'test/fixtures/judged/valid-bps-pst',
  'test/fixtures/judged/variant-bpsdm-pupr',
  'test/fixtures/judged/valid-kementerian-pora',
].map((m) => path.join(REPO, m));

const EMU_PER_INCH = 914400;

describe('ppb dokumen --out FILE.docx, opened by LibreOffice', () => {
  let out: TempModel;
  before(() => {
    out = new TempModel();
  });
  after(() => out.dispose());

  for (const dir of MODELS) {
    const name = path.basename(dir);
    test(`${name}: LibreOffice reads BAB I–V, the instansi, every code, and a landscape page per map`, async () => {
      const docx = path.join(out.dir, `${name}.docx`);
      const r = ppb(['dokumen', dir, '--out', docx]);
      assert.equal(r.code, 0, r.stderr);
      await toPdf(docx, out.dir);
      const pdf = path.join(out.dir, `${name}.pdf`);
      const text = pdfText(pdf);
      for (const c of ['BAB I', 'PENDAHULUAN', 'BAB II', 'BAB III', 'BAB IV', 'BAB V', 'PENUTUP', 'DAFTAR ISI'])
        assert.ok(text.includes(c), c);
      const f = await modelFacts(dir);
      // In content order (-raw): a code wrapped in a narrow cell still reads whole without white space.
      const flat = run('pdftotext', ['-raw', pdf, '-']).replace(/\s+/g, '');
      assert.ok(flat.includes(f.nama.replace(/\s+/g, '')), f.nama);
      assert.deepEqual(
        f.codes.filter((c) => !flat.includes(c)),
        [],
        'codes missing from the text',
      );
      const landscape = pdfPageSizes(pdf).filter((s) => s.width > s.height);
      assert.equal(landscape.length, f.maps, 'one landscape page per map');
    });
  }

  test('Klambu: Word headings for the navigation pane, and every map at 200 dpi or more as printed', () => {
    const docx = path.join(out.dir, 'klambu.docx');
    const xml = run('unzip', ['-p', docx, entry('word/document.xml')]);
    assert.equal([...xml.matchAll(/<w:pStyle w:val="Heading1"\/>/g)].length, 5, 'BAB I–V as Heading 1');
    assert.ok([...xml.matchAll(/<w:pStyle w:val="Heading2"\/>/g)].length >= 14, 'sections as Heading 2');
    assert.match(xml, /TOC \\h \\o &quot;1-2&quot;|TOC \\o "1-2" \\h|TOC \\h \\o "1-2"/);
    const rels = run('unzip', ['-p', docx, entry('word/_rels/document.xml.rels')]);
    const target = new Map([...rels.matchAll(/Id="([^"]+)"[^>]*Target="([^"]+)"/g)].map((m) => [m[1] ?? '', m[2] ?? '']));
    const pictures = [...xml.matchAll(/<wp:inline\b[\s\S]*?<\/wp:inline>/g)].map(([inline]) => ({
      cx: Number(/<wp:extent cx="(\d+)"/.exec(inline)?.[1]),
      media: target.get(/r:embed="([^"]+)"/.exec(inline)?.[1] ?? '') ?? '',
    }));
    assert.equal(pictures.length, 30);
    for (const p of pictures) {
      const png = execFileSync('unzip', ['-p', docx, entry(`word/${p.media}`)], { maxBuffer: 256 * 1024 * 1024 });
      const dpi = pngSize(png).width / (p.cx / EMU_PER_INCH);
      assert.ok(dpi >= 200, `${p.media}: ${dpi.toFixed(0)} dpi`);
    }
  });
});
