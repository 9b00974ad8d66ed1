import assert from 'node:assert/strict';
import { mkdirSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { hostileSopModel, PAYLOADS } from '../export/hostile-model';
import { entry, need, pdfPageSizes, pdfText, run, toPdf } from '../support/documents';
import { ppb } from '../support/ppb-cli';
import { missingFromSop, sopFacts, squeeze, type SopFacts } from '../support/sop-facts';
import { REPO, TempModel } from '../support/temp-model';

const MODELS = [
  'samples/klambu',
  'samples/belajar/09-sop',
  'test/fixtures/judged/variant-bpom-balai',
  'test/fixtures/sop/dinas-dukcapil',
].map((m) => path.join(REPO, m));

/** The files of one SOP in each format, and what the model says it must hold. */
interface Written {
  readonly facts: SopFacts;
  readonly docx: string;
  /** Chromium's PDF of the same SOP (`ppb sop --format pdf`). */
  readonly pdf: string;
  /** LibreOffice's PDF of the DOCX. */
  readonly office: string;
}

const decode = (xml: string): string =>
  xml
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The tables of document.xml, each as its cells' texts (a cell's paragraphs joined by a space), with the XML before it. */
function wordTables(xml: string): { before: string; cells: string[] }[] {
  const tables: { before: string; cells: string[] }[] = [];
  let end = 0;
  for (const m of xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)) {
    const cells = [...(m[1] ?? '').matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map(([, tc]) =>
      [...(tc ?? '').matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
        .map(([p]) => decode([...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1] ?? '').join('')))
        .filter((t) => t !== '')
        .join(' '),
    );
    tables.push({ before: xml.slice(end, m.index), cells });
    end = m.index + m[0].length;
  }
  return tables;
}

describe('ppb sop --format docx, opened by LibreOffice', () => {
  let out: TempModel;
  const written = new Map<string, Written[]>();
  before(async () => {
    need('soffice', 'libreoffice-writer');
    need('pdftotext', 'poppler-utils');
    out = new TempModel();
    const office = path.join(out.dir, 'office');
    mkdirSync(office);
    for (const dir of MODELS) {
      const name = path.basename(dir);
      const [docxDir, pdfDir] = [path.join(out.dir, `${name}-docx`), path.join(out.dir, `${name}-pdf`)];
      const docx = ppb(['sop', dir, '--out', docxDir, '--format', 'docx']);
      assert.equal(docx.code, 0, docx.stderr);
      assert.equal(ppb(['sop', dir, '--out', pdfDir]).code, 0);
      const facts = await sopFacts(dir);
      const files = readdirSync(docxDir).sort();
      assert.equal(files.length, facts.length, `${name}: one DOCX per SOP`);
      written.set(
        name,
        files.map((f) => {
          const stem = f.replace(/\.docx$/, '');
          // The file's name is the code made safe: `/` (and other characters) become `_`.
          const fact = facts.find((x) => x.kode.replace(/[^A-Za-z0-9.-]/g, '_') === stem);
          assert.ok(fact, `${f}: which SOP?`);
          return {
            facts: fact,
            docx: path.join(docxDir, f),
            pdf: path.join(pdfDir, `${stem}.pdf`),
            office: path.join(office, `${stem}.pdf`),
          };
        }),
      );
    }
    // One start of LibreOffice for every file.
    await toPdf(
      [...written.values()].flat().map((w) => w.docx),
      office,
    );
  });
  after(() => out.dispose());

  const sops = (name: string): Written[] => {
    const list = written.get(name);
    assert.ok(list && list.length > 0, name);
    return list;
  };

  for (const dir of MODELS) {
    const name = path.basename(dir);

    test(`${name}: every DOCX opens in LibreOffice with as many A4 landscape pages as the PDF of the same SOP, DRAF on each page of a draft, "Halaman n dari m"`, () => {
      for (const w of sops(name)) {
        const sizes = pdfPageSizes(w.office);
        assert.equal(sizes.length, pdfPageSizes(w.pdf).length, `${path.basename(w.docx)}: pages in Word vs the PDF`);
        for (const s of sizes) assert.deepEqual([Math.round(s.width), Math.round(s.height)], [842, 595], path.basename(w.docx));
        const table: number[] = [];
        sizes.forEach((_, i) => {
          const page = pdfText(w.office, i + 1, i + 1);
          assert.equal(/\bDRAF\b/.test(page), w.facts.draft, `${path.basename(w.docx)} page ${i + 1}: DRAF`);
          assert.ok(page.includes(`Halaman ${i + 1} dari ${sizes.length}`), `${path.basename(w.docx)} page ${i + 1}: its number`);
          if (page.includes('Kegiatan')) table.push(i + 1);
        });
        const inPdf = sizes.map((_, i) => i + 1).filter((n) => pdfText(w.pdf, n, n).includes('Kegiatan'));
        assert.ok(inPdf.length > 0, `${path.basename(w.pdf)}: a procedure page`);
        assert.deepEqual(table, inPdf, `${path.basename(w.docx)}: the pages that open with the table's header, in Word as in the PDF`);
      }
    });

    test(`${name}: LibreOffice reads the identity labels, every lane, and each step as its numbered row with its Waktu between Kelengkapan and Output`, () => {
      for (const w of sops(name)) {
        const text = run('pdftotext', ['-raw', w.office, '-']);
        // The flow (symbols, branch labels) is a picture in Word.
        assert.deepEqual(missingFromSop(text, w.facts, false), [], `${path.basename(w.docx)}: missing from its text`);
      }
    });

    test(`${name}: document.xml holds real Word tables, each step's name the text of a table cell, and a floating picture behind the text before each procedure table`, () => {
      for (const w of sops(name)) {
        const file = path.basename(w.docx);
        const xml = run('unzip', ['-p', w.docx, entry('word/document.xml')]);
        const tables = wordTables(xml);
        const pages = pdfPageSizes(w.pdf).length;
        assert.equal(tables.length, pages, `${file}: a table per page`);
        const cells = new Set(tables.flatMap((t) => t.cells.map(squeeze)));
        assert.deepEqual(
          w.facts.steps.flatMap((s) => (s.nama !== undefined && !cells.has(squeeze(s.nama)) ? [s.nama] : [])),
          [],
          `${file}: step names not alone in a cell`,
        );
        const procedure = tables.filter((t) => t.cells.includes('Kegiatan'));
        const procedurePages = pdfPageSizes(w.pdf)
          .map((_, i) => pdfText(w.pdf, i + 1, i + 1))
          .filter((t) => t.includes('Kegiatan')).length;
        assert.equal(procedure.length, procedurePages, `${file}: procedure tables`);
        for (const [i, t] of procedure.entries()) {
          const anchors = [...t.before.matchAll(/<wp:anchor\b[^>]*>/g)].map(([a]) => a);
          assert.equal(anchors.length, 1, `${file}: procedure table ${i + 1}: its flow picture`);
          assert.match(anchors[0] ?? '', /behindDoc="1"/, `${file}: the picture behind the table's text`);
        }
        assert.equal([...xml.matchAll(/<wp:anchor\b/g)].length, procedure.length, `${file}: no other floating picture`);
      }
    });
  }
});

describe('ppb sop --format docx: hostile labels', () => {
  let model: TempModel;
  before(() => {
    model = new TempModel();
    model.write('hostile.ppb.yaml', hostileSopModel());
  });
  after(() => model.dispose());

  test('every payload is escaped text in every XML part of the DOCX (document, header, footer), never an element', () => {
    const out = path.join(model.dir, 'docx');
    const r = ppb(['sop', model.dir, '--out', out, '--format', 'docx']);
    assert.equal(r.code, 0, r.stderr);
    const files = readdirSync(out);
    assert.deepEqual(files.sort(), ['KECKLB.01.01.CFM.01.SOP.01.docx', 'KECKLB.01.01.CFM.02.SOP.docx']);
    for (const f of files) {
      const docx = path.join(out, f);
      const parts = run('unzip', ['-Z1', docx])
        .split('\n')
        .filter((n) => n.endsWith('.xml'));
      const xml = parts.map((p) => run('unzip', ['-p', docx, entry(p)])).join('\n');
      for (const tag of [
        '<script',
        '<img',
        '<iframe',
        '<svg',
        '<style',
        '<a ',
        '<body',
        '<math',
        '<object',
        '<embed',
        '<details',
        '<input',
      ])
        assert.ok(!xml.includes(tag), `${f}: ${tag}`);
      assert.ok(xml.includes('&lt;script&gt;window.__pwned=1&lt;/script&gt;'), `${f}: the payload as text`);
      const text = squeeze(decode([...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1] ?? '').join('')));
      assert.deepEqual(
        PAYLOADS.filter((p) => p.length < 200 && f.includes('SOP.01') && !text.includes(squeeze(p))),
        [],
        `${f}: payloads not in its text`,
      );
    }
  });
});
