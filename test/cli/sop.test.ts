import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { hostileSopModel, PAYLOADS } from '../export/hostile-model';
import { launchChromium } from '../support/chromium';
import { need, pdfPageSizes, pdfText, run } from '../support/documents';
import { drawnPng } from '../support/png';
import { ppb } from '../support/ppb-cli';
import { missingFromSop, sopFacts, squeeze, type SopFacts } from '../support/sop-facts';
import { REPO, TempModel } from '../support/temp-model';

const KLAMBU = path.join(REPO, 'samples/klambu');
const SOP_SAMPLE = path.join(REPO, 'samples/belajar/09-sop');
const BPOM = path.join(REPO, 'test/fixtures/judged/variant-bpom-balai');
/** A Dinas Dukcapil: an SOP with every identity field, 18 steps over six lanes, two loops back; a map without SOP. */
const DUKCAPIL = path.join(REPO, 'test/fixtures/sop/dinas-dukcapil');

/** A4 landscape in points. */
const A4_LANDSCAPE = [842, 595];

/** Each page's text, laid out (`pdftotext -layout -f n -l n`). */
const pagesOf = (pdf: string): string[] => pdfPageSizes(pdf).map((_, i) => pdfText(pdf, i + 1, i + 1));
/** The whole text in content order: cells read whole, row by row. */
const rawText = (pdf: string, page?: number): string =>
  run('pdftotext', ['-raw', ...(page ? ['-f', String(page), '-l', String(page)] : []), pdf, '-']);
const hasDraf = (page: string): boolean => /\bDRAF\b/.test(page);

/** Every page A4 landscape, numbered "Halaman n dari m" beside the SOP's number, DRAF on each page of a draft (and on none else). */
function assertPages(pdf: string, nomor: string, draft: boolean): string[] {
  const sizes = pdfPageSizes(pdf);
  assert.ok(sizes.length >= 2, `${pdf}: ${sizes.length} pages`);
  for (const s of sizes) assert.deepEqual([Math.round(s.width), Math.round(s.height)], A4_LANDSCAPE, pdf);
  const pages = pagesOf(pdf);
  assert.equal(pages.filter(hasDraf).length, draft ? pages.length : 0, `${path.basename(pdf)}: pages marked DRAF`);
  pages.forEach((text, i) => {
    assert.ok(text.includes(`Halaman ${i + 1} dari ${pages.length}`), `${path.basename(pdf)} page ${i + 1}: its number`);
    assert.ok(squeeze(text).includes(squeeze(nomor)), `${path.basename(pdf)} page ${i + 1}: ${nomor} in the footer`);
  });
  return pages;
}

/** The numbers of the off-page connectors on a page: lines that are a number alone. */
const connectorNumbers = (pdf: string, page: number): number[] =>
  rawText(pdf, page)
    .split('\n')
    .filter((l) => /^\d+$/.test(l.trim()))
    .map(Number);

describe('ppb sop: Klambu, 22 maps and no declared SOP, as PDF drafts', () => {
  let out: TempModel;
  let facts: SopFacts[];
  before(async () => {
    need('pdftotext', 'poppler-utils');
    out = new TempModel();
    facts = await sopFacts(KLAMBU);
    const r = ppb(['sop', KLAMBU, '--out', out.dir]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /22 SOPs \(22 drafts\) written to .*: 22 files/);
  });
  after(() => out.dispose());

  test('one file per cross-functional map, named <map code>.SOP.pdf, and nothing else', () => {
    assert.equal(facts.length, 22);
    assert.deepEqual(readdirSync(out.dir).sort(), facts.map((f) => `${f.map}.SOP.pdf`).sort());
  });

  test('every page of every draft is A4 landscape, marked DRAF, and numbered "Halaman n dari m" beside the draft\'s code', () => {
    for (const f of facts) assertPages(path.join(out.dir, `${f.kode}.pdf`), f.kode, true);
  });

  test("every draft prints the identity labels, each lane's short name (else its name), and each step as its numbered row with its Waktu between Kelengkapan and Output", () => {
    for (const f of facts) {
      const pdf = path.join(out.dir, `${f.kode}.pdf`);
      assert.deepEqual(missingFromSop(rawText(pdf), f), [], `${f.kode}: missing from the PDF's text`);
      assert.ok(pdfText(pdf, 1, 1).includes('NOMOR SOP'), `${f.kode}: the identity sheet first`);
    }
  });

  test('a draft names its map and its approver is the head (instansi.pimpinan), with name and NIP', () => {
    const first = pdfText(path.join(out.dir, 'KECKLB.06.03.CFM.02.SOP.pdf'), 1, 1);
    for (const t of [
      'Penyediaan Bahan Logistik Kantor',
      'Camat Klambu',
      'Rustamaji, S.S.T.P., M.Si.',
      'NIP. 198710132006021002',
      'KECAMATAN KLAMBU',
    ])
      assert.ok(first.includes(t), t);
  });
});

/** The SOPs declared in the realistic 1.1 models, with what their identity sheet must print. */
const DECLARED = [
  {
    dir: SOP_SAMPLE,
    kode: 'KELSKM.01.01.CFM.01.SOP.01',
    file: 'KELSKM.01.01.CFM.01.SOP.01.pdf',
    nomor: '470/012/SOP/2023',
    dates: { pembuatan: '4 Januari 2021', revisi: '15 Maret 2023', efektif: '1 April 2023' },
    approver: 'Lurah',
  },
  {
    dir: SOP_SAMPLE,
    kode: 'KELSKM.01.01.CFM.01.SOP.02',
    file: 'KELSKM.01.01.CFM.01.SOP.02.pdf',
    nomor: 'KELSKM.01.01.CFM.01.SOP.02',
    dates: { pembuatan: '15 Maret 2023', revisi: '', efektif: '1 April 2023' },
    approver: '',
  },
  {
    dir: BPOM,
    kode: 'POM-06.02/CFM.01/SOP.01',
    file: 'POM-06.02_CFM.01_SOP.01.pdf',
    nomor: 'POM-06.02/CFM.01/SOP.01',
    dates: { pembuatan: '1 Juli 2019', revisi: '14 November 2022', efektif: '2 Januari 2023' },
    approver: 'Kepala Balai',
  },
  {
    dir: BPOM,
    kode: 'POM-06.02/CFM.01/SOP.02',
    file: 'POM-06.02_CFM.01_SOP.02.pdf',
    nomor: 'POM-06.02/CFM.01/SOP.02',
    dates: { pembuatan: '1 Juli 2019', revisi: '', efektif: '1 Agustus 2019' },
    approver: 'Kepala Balai',
  },
  {
    dir: BPOM,
    kode: 'POM-14.02CFM.01/SOP.01',
    file: 'POM-14.02CFM.01_SOP.01.pdf',
    nomor: 'POM-14.02CFM.01/SOP.01',
    dates: { pembuatan: '3 Februari 2020', revisi: '', efektif: '2 Maret 2020' },
    approver: 'Kepala Balai',
  },
  {
    dir: DUKCAPIL,
    kode: 'DUKCAPIL.02.01.CFM.01.SOP.01',
    file: 'DUKCAPIL.02.01.CFM.01.SOP.01.pdf',
    nomor: '474.1/027/SOP/2023',
    dates: { pembuatan: '10 Januari 2022', revisi: '5 Juni 2023', efektif: '3 Juli 2023' },
    approver: 'Kepala Dinas',
  },
];
/** Their files, with a draft for each map that declares none. */
const FILES: Record<string, string[]> = {
  [SOP_SAMPLE]: ['KELSKM.01.01.CFM.01.SOP.01.pdf', 'KELSKM.01.01.CFM.01.SOP.02.pdf'],
  [BPOM]: [
    'POM-06.02_CFM.01_SOP.01.pdf',
    'POM-06.02_CFM.01_SOP.02.pdf',
    'POM-07.02_CFM.01.SOP.pdf',
    'POM-10.02_CFM.01.SOP.pdf',
    'POM-14.02CFM.01_SOP.01.pdf',
  ],
  [DUKCAPIL]: ['DUKCAPIL.01.01.CFM.01.SOP.pdf', 'DUKCAPIL.02.01.CFM.01.SOP.01.pdf'],
};

describe('ppb sop: SOPs declared under their maps (format 1.1), as PDF', () => {
  let out: TempModel;
  const facts = new Map<string, SopFacts[]>();
  const outOf = (dir: string): string => path.join(out.dir, path.basename(dir));
  before(async () => {
    out = new TempModel();
    for (const dir of Object.keys(FILES)) {
      facts.set(dir, await sopFacts(dir));
      const r = ppb(['sop', dir, '--out', outOf(dir)]);
      assert.equal(r.code, 0, r.stderr);
    }
  });
  after(() => out.dispose());

  for (const dir of Object.keys(FILES)) {
    test(`${path.basename(dir)}: a file per declared SOP named by its code (made safe), a draft per map without SOP, nothing else`, () => {
      assert.deepEqual(readdirSync(outOf(dir)).sort(), FILES[dir]);
    });
  }

  for (const d of DECLARED) {
    test(`${d.kode}: its number, the dates written out in Indonesian, the approver, every identity box's items, and its steps`, () => {
      const f = facts.get(d.dir)?.find((x) => x.kode === d.kode);
      assert.ok(f?.sop, `${d.kode} declared`);
      const pdf = path.join(outOf(d.dir), d.file);
      assert.ok(existsSync(pdf), d.file);
      const pages = assertPages(pdf, d.nomor, false);
      const first = pages[0] ?? '';
      assert.match(first, new RegExp(`NOMOR SOP +${d.nomor.replace(/[./]/g, '\\$&')}`));
      for (const [label, date] of [
        ['TANGGAL PEMBUATAN', d.dates.pembuatan],
        ['TANGGAL REVISI', d.dates.revisi],
        ['TANGGAL EFEKTIF', d.dates.efektif],
      ] as const)
        assert.match(first, new RegExp(`${label}${date ? ` +${date}` : ' *$'}`, 'm'), `${label} ${date}`);
      if (d.approver) assert.ok(first.includes(d.approver), d.approver);
      assert.ok(squeeze(first).includes(squeeze(f.sop.nama ?? '')), 'NAMA SOP');
      const all = squeeze(rawText(pdf));
      const boxes = [
        ...f.sop.dasarHukum,
        ...f.sop.kualifikasiPelaksana,
        ...f.sop.keterkaitan.map((k) => k.value),
        ...f.sop.peralatan,
        ...f.sop.peringatan,
        ...f.sop.pencatatan,
      ];
      assert.deepEqual(
        boxes.filter((t) => !all.includes(squeeze(t))),
        [],
        'identity items missing',
      );
      assert.deepEqual(missingFromSop(rawText(pdf), f), [], 'missing from the table');
    });
  }

  test("09-sop: the second SOP prints its own steps (a decision with Ya and Tidak), not its map's", () => {
    const pdf = path.join(outOf(SOP_SAMPLE), 'KELSKM.01.01.CFM.01.SOP.02.pdf');
    const all = squeeze(rawText(pdf));
    for (const t of ['2 Permohonan daring lengkap?', '3 Mengembalikan permohonan kepada warga melalui aplikasi', 'Ya', 'Tidak'])
      assert.ok(all.includes(squeeze(t)), t);
    assert.ok(!all.includes(squeeze('Memeriksa berkas dan menyiapkan surat pengantar')), "the map's own step");
  });

  test('the drafts beside declared SOPs: BPOM POM-07.02/CFM.01 and Dukcapil DUKCAPIL.01.01.CFM.01 marked DRAF on every page, with their steps', async () => {
    for (const [dir, file, kode] of [
      [BPOM, 'POM-07.02_CFM.01.SOP.pdf', 'POM-07.02/CFM.01.SOP'],
      [DUKCAPIL, 'DUKCAPIL.01.01.CFM.01.SOP.pdf', 'DUKCAPIL.01.01.CFM.01.SOP'],
    ] as const) {
      const pdf = path.join(outOf(dir), file);
      assertPages(pdf, kode, true);
      const f = (await sopFacts(dir)).find((x) => x.kode === kode);
      assert.ok(f);
      assert.deepEqual(missingFromSop(rawText(pdf), f), [], kode);
    }
  });

  test('Dukcapil: the 18 steps continue over procedure pages; each repeats the table header ("Kegiatan"); each break has its connector number at the bottom of one page and the top of the next', () => {
    const pdf = path.join(outOf(DUKCAPIL), 'DUKCAPIL.02.01.CFM.01.SOP.01.pdf');
    const pages = pagesOf(pdf);
    assert.ok(pages[0]?.includes('NOMOR SOP') && !pages[0].includes('Kegiatan'), 'page 1: the identity sheet');
    const procedure = pages.map((_, i) => i + 1).filter((n) => n > 1);
    assert.ok(procedure.length >= 2, `${procedure.length} procedure pages`);
    for (const n of procedure) {
      const text = pages[n - 1] ?? '';
      for (const h of ['No', 'Kegiatan', 'Pelaksana', 'Mutu Baku', 'Kelengkapan', 'Waktu', 'Output', 'Keterangan'])
        assert.ok(text.includes(h), `page ${n}: ${h}`);
      const raw = squeeze(rawText(pdf, n));
      for (const lane of ['Pemohon', 'Front Office', 'Seksi Lahir', 'Operator SIAK', 'Kabid Capil', 'Kadis'])
        assert.ok(raw.includes(squeeze(lane)), `page ${n}: ${lane}`);
    }
    const numbers = procedure.map((n) => connectorNumbers(pdf, n));
    procedure.slice(1).forEach((n, i) => {
      const shared = (numbers[i] ?? []).filter((x) => (numbers[i + 1] ?? []).includes(x));
      assert.ok(shared.length > 0, `pages ${n - 1} and ${n} share no connector number: ${JSON.stringify(numbers)}`);
    });
    const all = numbers.flat().sort((a, b) => a - b);
    const distinct = [...new Set(all)];
    assert.ok(distinct.length >= 2, 'the continuation and the loop back from step 10 to step 7');
    assert.deepEqual(
      all,
      distinct.flatMap((x) => [x, x]),
      'each connector number on two pages',
    );
  });
});

/** An SVG file as Chromium's XML parser reads it. */
interface SvgRead {
  readonly file: string;
  readonly parseErrors: number;
  readonly root: string;
  readonly width: string | null;
  readonly height: string | null;
  readonly elements: string[];
  readonly scripts: number;
  readonly handlers: string[];
  /** Each `<image>`'s href, its first 30 characters. */
  readonly images: string[];
  readonly texts: string;
}

async function readSvgs(files: readonly string[]): Promise<SvgRead[]> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const sources = files.map((f) => readFileSync(f, 'utf8'));
    const read = await page.evaluate((list) => {
      return list.map((source) => {
        const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
        const root = doc.documentElement;
        const all = [root, ...root.querySelectorAll('*')];
        return {
          parseErrors: doc.getElementsByTagName('parsererror').length,
          root: `${root.namespaceURI} ${root.localName}`,
          width: root.getAttribute('width'),
          height: root.getAttribute('height'),
          elements: [...new Set(all.map((e) => e.localName))].sort(),
          scripts: doc.getElementsByTagName('script').length,
          handlers: all.flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${e.localName} ${a.name}`)),
          images: [...root.querySelectorAll('image')].map((i) =>
            (i.getAttribute('href') ?? i.getAttribute('xlink:href') ?? '').slice(0, 30),
          ),
          texts: [...root.querySelectorAll('text')]
            .map((t) => [...t.querySelectorAll('tspan')].map((s) => s.textContent ?? '').join('\n'))
            .join('\n'),
        };
      });
    }, sources);
    return read.map((r, i) => ({ ...r, file: files[i] ?? '' }));
  } finally {
    await browser.close();
  }
}

/** The elements an SOP page is drawn with. */
const SVG_ELEMENTS = ['polygon', 'polyline', 'rect', 'svg', 'text', 'tspan'];

describe('ppb sop --format svg: one file per page', () => {
  let out: TempModel;
  before(() => {
    out = new TempModel();
  });
  after(() => out.dispose());

  test('Dukcapil and 09-sop: <name>-1.svg … <name>-n.svg, as many as the PDF has pages; each well-formed SVG of A4 landscape, drawn with the expected elements only, its text as text', async () => {
    const svgFiles: string[] = [];
    for (const dir of [DUKCAPIL, SOP_SAMPLE]) {
      const pdfDir = path.join(out.dir, `${path.basename(dir)}-pdf`);
      const svgDir = path.join(out.dir, `${path.basename(dir)}-svg`);
      assert.equal(ppb(['sop', dir, '--out', pdfDir]).code, 0);
      const r = ppb(['sop', dir, '--out', svgDir, '--format', 'svg']);
      assert.equal(r.code, 0, r.stderr);
      const svgs = readdirSync(svgDir);
      for (const pdf of readdirSync(pdfDir)) {
        const name = pdf.replace(/\.pdf$/, '');
        const pages = pdfPageSizes(path.join(pdfDir, pdf)).length;
        const mine = svgs.filter((f) => f.startsWith(`${name}-`));
        assert.deepEqual(
          mine.sort(),
          Array.from({ length: pages }, (_, i) => `${name}-${i + 1}.svg`).sort(),
          `${name}: one SVG per PDF page`,
        );
        svgFiles.push(...mine.map((f) => path.join(svgDir, f)));
      }
      assert.equal(svgs.length, svgFiles.filter((f) => f.startsWith(svgDir)).length, 'no other file');
    }
    const read = await readSvgs(svgFiles);
    for (const r of read) {
      const name = path.basename(r.file);
      assert.equal(r.parseErrors, 0, name);
      assert.equal(r.root, 'http://www.w3.org/2000/svg svg', name);
      assert.deepEqual([r.width, r.height], ['297mm', '210mm'], name);
      assert.deepEqual(
        r.elements.filter((e) => !SVG_ELEMENTS.includes(e)),
        [],
        name,
      );
      assert.equal(r.scripts, 0, name);
      assert.deepEqual(r.handlers, [], name);
    }
    const page = (file: string): string => read.find((r) => path.basename(r.file) === file)?.texts ?? '';
    assert.ok(page('DUKCAPIL.02.01.CFM.01.SOP.01-1.svg').includes('10 Januari 2022'));
    const steps = squeeze(
      read
        .filter((r) => path.basename(r.file).startsWith('DUKCAPIL.02.01.CFM.01.SOP.01-'))
        .map((r) => r.texts)
        .join(''),
    );
    const f = (await sopFacts(DUKCAPIL)).find((x) => x.kode === 'DUKCAPIL.02.01.CFM.01.SOP.01');
    assert.deepEqual(
      f?.steps.flatMap((s) => (s.nama && !steps.includes(squeeze(s.nama)) ? [s.nama] : [])),
      [],
      'step names as SVG text',
    );
  });

  test('--kode in a variant spelling selects the SOP written another way (POM-06.02.CFM.01.SOP.01 → POM-06.02/CFM.01/SOP.01), and a map code its draft', () => {
    const dir = path.join(out.dir, 'kode');
    const r = ppb(['sop', BPOM, '--out', dir, '--format', 'svg', '--kode', 'POM-06.02.CFM.01.SOP.01', '--kode', 'POM-10.02/CFM.01']);
    assert.equal(r.code, 0, r.stderr);
    const names = [...new Set(readdirSync(dir).map((f) => f.replace(/-\d+\.svg$/, '')))].sort();
    assert.deepEqual(names, ['POM-06.02_CFM.01_SOP.01', 'POM-10.02_CFM.01.SOP']);
  });
});

describe('ppb sop --format svg: the logo', () => {
  let model: TempModel;
  before(() => {
    model = TempModel.fromFolder(SOP_SAMPLE);
    writeFileSync(path.join(model.dir, 'logo.png'), drawnPng(300, 360));
    const file = path.join(model.dir, 'contoh.ppb.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('  nama: Kelurahan Sukamaju\n', '  nama: Kelurahan Sukamaju\n  logo: logo.png\n'),
    );
  });
  after(() => model.dispose());

  test("instansi.logo: the identity page's SVG holds it as one <image> of a data: URL (nothing fetched); no other page has an image", async () => {
    const out = path.join(model.dir, 'svg');
    const r = ppb(['sop', model.dir, '--out', out, '--format', 'svg']);
    assert.equal(r.code, 0, r.stderr);
    const read = await readSvgs(readdirSync(out).map((f) => path.join(out, f)));
    assert.equal(read.length, 4);
    for (const s of read) {
      const name = path.basename(s.file);
      assert.deepEqual(s.images, name.endsWith('-1.svg') ? ['data:image/png;base64,iVBORw0K'] : [], name);
      assert.deepEqual(
        s.elements.filter((e) => !SVG_ELEMENTS.includes(e)),
        name.endsWith('-1.svg') ? ['image'] : [],
        name,
      );
    }
  });
});

describe('ppb sop refuses what it should, and writes all or nothing', () => {
  let model: TempModel;
  const file = (): string => path.join(model.dir, 'contoh.ppb.yaml');
  let good = '';
  before(() => {
    model = TempModel.fromFolder(SOP_SAMPLE);
    good = readFileSync(file(), 'utf8');
  });
  after(() => model.dispose());

  test('a model with an error: the error listed as ppb check lists it, exit 1, and no file; with --draf every SOP written, DRAF on every page', () => {
    writeFileSync(file(), good.replace('disahkan_oleh: lurah', 'disahkan_oleh: lurahh'));
    try {
      const out = path.join(model.dir, 'salah');
      const r = ppb(['sop', model.dir, '--out', out]);
      assert.equal(r.code, 1, r.stderr);
      assert.match(r.stderr, /contoh\.ppb\.yaml:\d+:\d+: error PPB\d+ .*lurahh/);
      assert.match(r.stderr, /the model has 1 error \(above\); no SOP written\. .*--draf/);
      assert.equal(existsSync(out), false, 'no folder, no file');
      assert.match(ppb(['sop', model.dir, '--out', out, '--lang', 'id']).stderr, /SOP tidak dibuat/);

      const draft = ppb(['sop', model.dir, '--out', out, '--draf']);
      assert.equal(draft.code, 0, draft.stderr);
      assert.match(draft.stderr, /every SOP is written as a draft/);
      assert.deepEqual(readdirSync(out).sort(), ['KELSKM.01.01.CFM.01.SOP.01.pdf', 'KELSKM.01.01.CFM.01.SOP.02.pdf']);
      for (const pdf of readdirSync(out)) {
        const pages = pagesOf(path.join(out, pdf));
        assert.ok(pages.length >= 2);
        pages.forEach((p, i) => assert.ok(hasDraf(p), `${pdf} page ${i + 1}: DRAF`));
      }
    } finally {
      writeFileSync(file(), good);
    }
  });

  test('an existing file: exit 2 and nothing written (the file untouched, the other SOP not written); with --force both written', () => {
    const out = path.join(model.dir, 'ada');
    const mine = path.join(out, 'KELSKM.01.01.CFM.01.SOP.01.pdf');
    model.write('ada/KELSKM.01.01.CFM.01.SOP.01.pdf', 'the user’s own file');
    const r = ppb(['sop', model.dir, '--out', out]);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /this file exists: .*KELSKM\.01\.01\.CFM\.01\.SOP\.01\.pdf\. Nothing written; use --force/);
    assert.equal(readFileSync(mine, 'utf8'), 'the user’s own file');
    assert.deepEqual(readdirSync(out), ['KELSKM.01.01.CFM.01.SOP.01.pdf']);
    const forced = ppb(['sop', model.dir, '--out', out, '--force']);
    assert.equal(forced.code, 0, forced.stderr);
    assert.equal(readFileSync(mine).subarray(0, 5).toString(), '%PDF-');
    assert.deepEqual(readdirSync(out).sort(), ['KELSKM.01.01.CFM.01.SOP.01.pdf', 'KELSKM.01.01.CFM.01.SOP.02.pdf']);
  });

  test('--kode: an SOP code writes that SOP only, a map code all SOPs of the map; an unknown code exit 2 with the close codes; --format xyz exit 2', () => {
    const one = path.join(model.dir, 'satu');
    assert.equal(ppb(['sop', model.dir, '--out', one, '--kode', 'KELSKM.01.01.CFM.01.SOP.02']).code, 0);
    assert.deepEqual(readdirSync(one), ['KELSKM.01.01.CFM.01.SOP.02.pdf']);

    const map = path.join(model.dir, 'peta');
    assert.equal(ppb(['sop', model.dir, '--out', map, '--kode', 'KELSKM.01.01.CFM.01', '--format', 'svg']).code, 0);
    assert.deepEqual([...new Set(readdirSync(map).map((f) => f.replace(/-\d+\.svg$/, '')))].sort(), [
      'KELSKM.01.01.CFM.01.SOP.01',
      'KELSKM.01.01.CFM.01.SOP.02',
    ]);

    const none = path.join(model.dir, 'tidak-ada');
    const unknown = ppb(['sop', model.dir, '--out', none, '--kode', 'KELSKM.01.01.CFM.01.SOP.03']);
    assert.equal(unknown.code, 2, unknown.stderr);
    assert.match(
      unknown.stderr,
      /no SOP or cross-functional map KELSKM\.01\.01\.CFM\.01\.SOP\.03 .*Close codes: .*KELSKM\.01\.01\.CFM\.01\.SOP\.0[12]/,
    );
    const format = ppb(['sop', model.dir, '--out', none, '--format', 'xyz']);
    assert.equal(format.code, 2, format.stderr);
    assert.match(format.stderr, /--format must be pdf, docx, svg, not xyz/);
    assert.equal(existsSync(none), false);
  });
});

describe('ppb sop: hostile labels stay literal text', () => {
  let model: TempModel;
  /** Payloads pdftotext gives back as written: ASCII, on one line. */
  const ascii = PAYLOADS.filter((p) => /^[\x20-\x7e]+$/.test(p) && p.length < 200);
  before(() => {
    model = new TempModel();
    model.write('hostile.ppb.yaml', hostileSopModel());
  });
  after(() => model.dispose());

  test('in the PDF every payload (steps, lanes, SOP identity) is printed as its characters', () => {
    const out = path.join(model.dir, 'pdf');
    const r = ppb(['sop', model.dir, '--out', out]);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(readdirSync(out).sort(), ['KECKLB.01.01.CFM.01.SOP.01.pdf', 'KECKLB.01.01.CFM.02.SOP.pdf']);
    const all = readdirSync(out)
      .map((f) => squeeze(rawText(path.join(out, f))))
      .join('');
    assert.deepEqual(
      ascii.filter((p) => !all.includes(squeeze(p))),
      [],
    );
    for (const f of readdirSync(out))
      assert.doesNotMatch(readFileSync(path.join(out, f)).toString('latin1'), /\/URI\s*\(/, `${f}: no link`);
  });

  test('in the SVG: no script, no handler, only the expected elements; every payload is the text of <text>', async () => {
    const out = path.join(model.dir, 'svg');
    const r = ppb(['sop', model.dir, '--out', out, '--format', 'svg']);
    assert.equal(r.code, 0, r.stderr);
    const files = readdirSync(out).map((f) => path.join(out, f));
    for (const f of files) assert.ok(!readFileSync(f, 'utf8').includes('<script'), `${f}: <script as markup`);
    const read = await readSvgs(files);
    for (const s of read) {
      assert.equal(s.parseErrors, 0, s.file);
      assert.equal(s.scripts, 0, s.file);
      assert.deepEqual(s.handlers, [], s.file);
      assert.deepEqual(
        s.elements.filter((e) => !SVG_ELEMENTS.includes(e)),
        [],
        s.file,
      );
    }
    const texts = squeeze(read.map((s) => s.texts).join(''));
    assert.deepEqual(
      PAYLOADS.filter((p) => !texts.includes(squeeze(p))),
      [],
    );
  });
});
