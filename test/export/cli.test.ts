import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, test } from 'node:test';
import { toMermaid } from '../../server/src/service';
import { VALID } from '../support/check';
import { ppb } from '../support/ppb-cli';
import { REPO, TempModel } from '../support/temp-model';
import { catalogOf } from './helpers';

/** What `ppb export` does without drawing: Mermaid text, names, refusals, messages. No browser. */
describe('ppb export: files, names and refusals', () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'ppb-export-cli-'));
  let n = 0;
  const fresh = (): string => path.join(tmp, `out${++n}`);
  after(() => rmSync(tmp, { recursive: true, force: true }));
  // A browser that cannot be found: mmd must not need one, svg must say how to get one.
  const noBrowser = { CHROME_PATH: '/nonexistent/chrome', HOME: tmp };

  test('--format mmd writes the Mermaid text of every map and never looks for a browser', async () => {
    const out = fresh();
    const r = ppb(['export', 'samples/klambu', '--out', out, '--format', 'mmd'], REPO, noBrowser);
    assert.equal(r.code, 0, r.stderr);
    const catalog = await catalogOf(path.join(REPO, 'samples/klambu'));
    const list = catalog.list();
    assert.equal(list.length, 30);
    assert.deepEqual(readdirSync(out).sort(), list.map((d) => `${d.exportName}.mmd`).sort());
    for (const d of list) {
      const diagram = catalog.get(d.id);
      assert.ok(diagram);
      assert.equal(readFileSync(path.join(out, `${d.exportName}.mmd`), 'utf8'), toMermaid(diagram), d.id);
    }
    assert.match(r.stderr, /^\[1\/30\] KECKLB\.L0\.mmd$/m);
    assert.match(r.stderr, /^30 of 30 maps written to .* in \d+\.\d s\.$/m);
  });

  test('svg and png without a browser: say how to get one, exit 2, write nothing', () => {
    for (const format of ['svg', 'png']) {
      const out = fresh();
      const r = ppb(['export', 'samples/klambu', '--out', out, '--format', format], REPO, noBrowser);
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, /CHROME_PATH points to \/nonexistent\/chrome, which is not an executable file/);
      assert.ok(!existsSync(out) || readdirSync(out).length === 0);
      const id = ppb(['export', 'samples/klambu', '--out', out, '--format', format, '--lang', 'id'], REPO, noBrowser);
      assert.match(id.stderr, /CHROME_PATH menunjuk \/nonexistent\/chrome/);
    }
  });

  test('an existing file is not overwritten without --force: exit 2, named, nothing written', () => {
    const out = fresh();
    assert.equal(ppb(['export', 'samples/klambu', '--out', out, '--format', 'mmd', '--map', 'L0']).code, 0);
    const l0 = path.join(out, 'KECKLB.L0.mmd');
    writeFileSync(l0, 'mine');
    const r = ppb(['export', 'samples/klambu', '--out', out, '--format', 'mmd']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /this file exists: .*KECKLB\.L0\.mmd\. Nothing written; use --force to overwrite\./);
    assert.equal(readFileSync(l0, 'utf8'), 'mine');
    assert.deepEqual(readdirSync(out), ['KECKLB.L0.mmd'], 'all or nothing: no other map was written');
    const forced = ppb(['export', 'samples/klambu', '--out', out, '--format', 'mmd', '--force']);
    assert.equal(forced.code, 0, forced.stderr);
    assert.notEqual(readFileSync(l0, 'utf8'), 'mine');
    assert.equal(readdirSync(out).length, 30, 'no temporary file left behind');
  });

  test('a write that fails midway (the file size limit, as a full disk would) leaves no partial file: exit 2, each file named, the maps that fit written whole', () => {
    const whole = fresh();
    assert.equal(ppb(['export', 'samples/klambu', '--out', whole, '--format', 'mmd']).code, 0);
    const sizes = readdirSync(whole).map((f) => ({ f, size: statSync(path.join(whole, f)).size }));
    // Half the maps are larger than the limit: their writes stop after `limit` bytes (EFBIG).
    const limit = [...sizes].sort((a, b) => a.size - b.size)[Math.floor(sizes.length / 2)]?.size ?? 0;
    const fit = sizes
      .filter((s) => s.size <= limit)
      .map((s) => s.f)
      .sort();
    const tooLarge = sizes.filter((s) => s.size > limit).map((s) => s.f);
    assert.ok(fit.length > 0 && tooLarge.length > 0);
    const out = fresh();
    const r = ppb(['export', 'samples/klambu', '--out', out, '--format', 'mmd'], REPO, {}, ['prlimit', `--fsize=${limit}`, '--']);
    assert.equal(r.code, 2, r.stderr);
    for (const f of tooLarge)
      assert.ok(r.stderr.includes(`cannot write ${path.relative(REPO, path.join(out, f))}: EFBIG.`), `${f} is named:\n${r.stderr}`);
    assert.deepEqual(readdirSync(out).sort(), fit, 'the maps that fit, and nothing else: no partial or temporary file');
    for (const f of fit) assert.equal(readFileSync(path.join(out, f), 'utf8'), readFileSync(path.join(whole, f), 'utf8'), f);
  });

  test('--map takes a code (variant spellings too), L0 or relasi, repeated; an unknown one lists close codes', () => {
    const out = fresh();
    const r = ppb([
      'export',
      'samples/klambu',
      '--out',
      out,
      '--format',
      'mmd',
      '--map',
      'l0',
      '--map',
      'RELASI',
      '--map',
      'KECKLB.6.3.CFM.2',
      '--map',
      'KECKLB.06.03.CFM.02',
      '--map',
      'KECKLB.06',
    ]);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(readdirSync(out).sort(), ['KECKLB.06.03.CFM.02.mmd', 'KECKLB.06.mmd', 'KECKLB.L0.mmd', 'KECKLB.relasi.mmd']);
    const unknown = ppb(['export', 'samples/klambu', '--out', fresh(), '--format', 'mmd', '--map', 'KECKLB.06.03.CFM.9']);
    assert.equal(unknown.code, 2);
    assert.match(
      unknown.stderr,
      /no map KECKLB\.06\.03\.CFM\.9 in this model\. Close codes: KECKLB\.06\.03\.CFM\.01, KECKLB\.06\.03\.CFM\.02, /,
    );
    const id = ppb(['export', 'samples/klambu', '--out', fresh(), '--format', 'mmd', '--map', 'KECKLB.06.03', '--lang', 'id']);
    assert.match(id.stderr, /tidak ada peta KECKLB\.06\.03 dalam model ini\. Kode yang mirip: KECKLB\.06\.03\.CFM\.01/);
  });

  test('a name built from a code never leaves the chosen folder', () => {
    const m = new TempModel();
    try {
      const hostile = [
        'instansi:\n  kode: "../../evil"\n  nama: X',
        'unit:\n  camat:\n    nama: Camat',
        'proses:',
        '  - kode: "../../x"\n    nama: A\n    kategori: utama\n    sub_proses:\n      - kode: "../../x/../y"\n        nama: B',
        '  - kode: "/etc/passwd"\n    nama: C\n    kategori: utama\n    sub_proses:\n      - kode: ".."\n        nama: D',
        '  - kode: "CON"\n    nama: E\n    kategori: utama\n    sub_proses:\n      - kode: ".hidden"\n        nama: F',
        'peta_lintas_fungsi:',
        ...['KECKLB.06/../../evil', '..\\\\..\\\\win', 'KECKLB.06.CFM.01/../../../../tmp/z', '~/x', 'a b*c?.CFM.01', '..', '.hidden'].map(
          (code) =>
            `  - kode: "${code}"\n    nama: M\n    langkah:\n      - jenis: mulai\n        pelaksana: camat\n      - jenis: selesai\n        pelaksana: camat`,
        ),
      ].join('\n');
      m.write('model.ppb.yaml', `${hostile}\n`);
      const root = mkdtempSync(path.join(tmp, 'jail-'));
      const out = path.join(root, 'out');
      const r = ppb(['export', m.dir, '--out', out, '--format', 'mmd']);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stderr, /the model has \d+ errors \(see ppb check\); what can be drawn is exported anyway/);
      assert.deepEqual(readdirSync(root), ['out'], 'nothing beside the folder');
      const files = readdirSync(out, { recursive: true, encoding: 'utf8' });
      assert.equal(files.length, 2 + 3 + 7, files.join(' '));
      for (const f of files) {
        assert.match(f, /^[A-Za-z0-9_][A-Za-z0-9._-]*\.mmd$/, f);
        assert.doesNotMatch(f, /\.\./, f);
        assert.doesNotMatch(f, /^(con|prn|aux|nul)\./i, f);
      }
      assert.ok(!existsSync(path.join(tmp, 'evil.L0.mmd')) && !existsSync('/tmp/z.mmd'));
    } finally {
      m.dispose();
    }
  });

  test('a YAML syntax error refuses the export, naming file, line and column; exit 1, nothing written', () => {
    const m = new TempModel();
    try {
      m.write('model.ppb.yaml', VALID.replace('  nama: Kecamatan Klambu\n', '  nama: "Kecamatan Klambu\n'));
      const out = fresh();
      const r = ppb(['export', m.dir, '--out', out, '--format', 'mmd'], m.dir);
      assert.equal(r.code, 1, r.stderr);
      assert.match(r.stderr, /^model\.ppb\.yaml:4:\d+: invalid YAML: .* Nothing exported: fix it first/m);
      assert.ok(!existsSync(out));
    } finally {
      m.dispose();
    }
  });

  test('a model without maps says so and exits 0', () => {
    const r = ppb(['export', 'test/fixtures/judged/valid-minimal-instansi-only', '--out', fresh(), '--format', 'mmd']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /this model has no map yet/);
  });

  test('usage problems exit 2 with a message', () => {
    const cases: [string[], RegExp][] = [
      [['export', 'samples/klambu'], /export needs --out <folder>/],
      [['export', 'samples/klambu', '--out', fresh(), '--format', 'gif'], /--format must be svg, png, mmd, drawio, bpmn, not gif/],
      [['export', 'samples/klambu', '--out', fresh(), '--scale', '2'], /--scale applies to --format png only/],
      [
        ['export', 'samples/klambu', '--out', fresh(), '--format', 'png', '--scale', '0'],
        /--scale must be a number above 0 and at most 8, not 0/,
      ],
      [['export', 'samples/klambu', 'samples/belajar', '--out', fresh()], /export takes one folder/],
      [['export', 'no/such/folder', '--out', fresh(), '--format', 'mmd'], /cannot read no\/such\/folder: no such file or folder/],
      [['check', 'samples/klambu', '--out', fresh()], /invalid option: --out \(export\)/],
      [['check', '--format', 'svg'], /--format must be text, json, not svg/],
    ];
    for (const [args, message] of cases) {
      const r = ppb(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, message, args.join(' '));
    }
  });

  test('--help describes export in both languages; progress and summary speak Indonesian too', () => {
    assert.match(
      ppb(['--help']).stdout,
      /ppb export \[folder\] --out <folder> \[--format svg\|png\|mmd\|drawio\|bpmn\]\n\s+\[--map CODE\] \[--scale N\] \[--single-file\]/,
    );
    assert.match(ppb(['--help', '--lang', 'id']).stdout, /Menulis satu berkas per peta model/);
    const r = ppb(['export', 'samples/klambu', '--out', fresh(), '--format', 'mmd', '--map', 'L0', '--lang', 'id']);
    assert.match(r.stderr, /^\[1\/1\] KECKLB\.L0\.mmd\n1 dari 1 peta ditulis ke .* dalam \d+\.\d detik\.\n$/);
  });
});
