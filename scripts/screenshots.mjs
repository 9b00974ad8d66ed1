// The README's pictures: one map of each kind from samples/klambu, drawn by `ppb export` itself
// (the same code as every export) into docs/images/, three pages of its document and two of
// SOP AP documents, and one cross-functional map exported as BPMN and as draw.io, opened in
// bpmn-js and in maxGraph (draw.io's drawing library). Needs Chromium, like `ppb export`, and
// poppler-utils.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const maps = ['L0', 'relasi', 'KECKLB.06', 'KECKLB.06.03.CFM.02'];

function run(args) {
  const r = spawnSync(process.execPath, args, { cwd: repo, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

run(['scripts/build.mjs']);
// The viewers of the BPMN and draw.io pictures are the tests' own (out/test, by `tsc -b`).
run([path.join(repo, 'node_modules/typescript/bin/tsc'), '-b']);
// Scale 1 keeps the repository small; `ppb export` draws at 2 by default.
run([
  'bin/ppb.js',
  'export',
  'samples/klambu',
  '--out',
  'docs/images',
  '--format',
  'png',
  '--scale',
  '1',
  '--force',
  ...maps.flatMap((m) => ['--map', m]),
]);

// Three pages of the Peta Proses Bisnis document `ppb dokumen` writes: the cover, BAB II, and a
// map's page, found by their text and printed to PNG by poppler's pdftoppm (poppler-utils).
const dir = mkdtempSync(path.join(os.tmpdir(), 'ppb-screens-'));
try {
  const pdf = path.join(dir, 'dokumen.pdf');
  run(['bin/ppb.js', 'dokumen', 'samples/klambu', '--out', pdf]);
  const pages = Number(/Pages:\s+(\d+)/.exec(tool('pdfinfo', [pdf]))?.[1] ?? 0);
  const pageWith = (...texts) => {
    for (let p = 1; p <= pages; p++) {
      const text = tool('pdftotext', ['-f', String(p), '-l', String(p), pdf, '-']);
      if (texts.every((t) => text.includes(t))) return p;
    }
    throw new Error(`no page of the document holds ${texts.join(' and ')}`);
  };
  for (const [name, page] of [
    ['dokumen-sampul', 1],
    ['dokumen-bab-2', pageWith('Susunan organisasi Kecamatan Klambu')],
    ['dokumen-peta', pageWith('Gambar 20. KECKLB.06.03.CFM.02', 'Selesai')],
  ]) {
    tool('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-singlefile',
      '-f',
      String(page),
      '-l',
      String(page),
      pdf,
      path.join(repo, 'docs/images', name),
    ]);
  }
  // Two pages of SOP AP documents `ppb sop` writes: a declared SOP's identity sheet, and a
  // procedure page of a Klambu draft (a decision, a loop back, an off-page connector).
  const sops = path.join(dir, 'sop');
  run(['bin/ppb.js', 'sop', 'samples/belajar/09-sop', '--out', sops, '--kode', 'KELSKM.01.01.CFM.01.SOP.01']);
  run(['bin/ppb.js', 'sop', 'samples/klambu', '--out', sops, '--kode', 'KECKLB.06.03.CFM.02']);
  for (const [name, file, page] of [
    ['sop-identitas', 'KELSKM.01.01.CFM.01.SOP.01.pdf', 1],
    ['sop-prosedur', 'KECKLB.06.03.CFM.02.SOP.pdf', 2],
  ]) {
    tool('pdftoppm', [
      '-png',
      '-r',
      '80',
      '-singlefile',
      '-f',
      String(page),
      '-l',
      String(page),
      path.join(sops, file),
      path.join(repo, 'docs/images', name),
    ]);
  }
  // One cross-functional map as the editable files `ppb export` writes, opened by real readers:
  // the BPMN in bpmn-js's viewer, the .drawio in maxGraph, each at its drawing's places.
  const editable = path.join(dir, 'editable');
  const map = 'KECKLB.06.03.CFM.02';
  for (const format of ['bpmn', 'drawio'])
    run(['bin/ppb.js', 'export', 'samples/klambu', '--out', editable, '--format', format, '--map', map]);
  const { launchChromium } = await import('../out/test/support/chromium.js');
  const { bpmnScreenshot } = await import('../out/test/export/bpmn-view.js');
  const { drawioScreenshot } = await import('../out/test/export/drawio-view.js');
  const browser = await launchChromium();
  try {
    const read = (ext) => readFileSync(path.join(editable, `${map}.${ext}`), 'utf8');
    await bpmnScreenshot(browser, read('bpmn'), path.join(repo, 'docs/images/bpmn-js.png'));
    await drawioScreenshot(browser, read('drawio'), path.join(repo, 'docs/images/drawio.png'), 1);
  } finally {
    await browser.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

function tool(command, args) {
  const r = spawnSync(command, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')}: ${r.error?.message ?? r.stderr}`);
  return r.stdout;
}
