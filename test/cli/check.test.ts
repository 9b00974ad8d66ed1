import assert from 'node:assert/strict';
import { chmodSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { VALID, variant } from '../support/check';
import { ppb, WITHOUT_ROOT_READ } from '../support/ppb-cli';
import { REPO, TempModel } from '../support/temp-model';

describe('ppb check', () => {
  let model: TempModel;
  before(() => {
    model = new TempModel();
    model.write('model.ppb.yaml', variant('pelaksana: camat\n', 'pelaksana: camatt\n'));
    model.write(
      'peta/extra.ppb.yaml',
      'peta_lintas_fungsi:\n  - kode: KECKLB.06.03.CFM.05\n    nama: Tanpa langkah selesai\n    langkah:\n      - jenis: mulai\n        pelaksana: camat\n      - nama: Menerima\n        pelaksana: camat\n',
    );
  });
  after(() => model.dispose());

  test('the Klambu sample prints [] in JSON and exits 0', () => {
    const r = ppb(['check', 'samples/klambu', '--format', 'json']);
    assert.equal(r.stdout.trim(), '[]');
    assert.equal(r.code, 0);
  });

  test('every teaching example but the broken one has no error and no warning', () => {
    for (const name of [
      '01-satu-berkas',
      '02-keputusan',
      '03-banyak-berkas',
      '04-kode-varian',
      '05-penghubung',
      '07-alur-bebas',
      '08-langkah-bersama',
      '09-sop',
    ]) {
      const r = ppb(['check', `samples/belajar/${name}`, '--format', 'json']);
      const found = JSON.parse(r.stdout) as { severity: string }[];
      assert.deepEqual(
        found.filter((f) => f.severity !== 'info'),
        [],
        name,
      );
      assert.equal(r.code, 0, name);
    }
    const broken = ppb(['check', 'samples/belajar/06-salah-umum']);
    assert.equal(broken.code, 1);
  });

  test('text output is file:line:col: severity code message, relative to the current folder', () => {
    const r = ppb(['check', '.'], model.dir);
    assert.equal(r.code, 1);
    const lines = r.stdout.trim().split('\n');
    const line = VALID.split('\n').findIndex((l) => l.includes('pelaksana: camat')) + 1;
    assert.ok(
      lines.includes(
        `model.ppb.yaml:${line}:20: error PPB207 Unknown unit or party \`camatt\`. Did you mean \`camat\` (Camat)? If it is a new unit or party, declare it under \`unit:\` or \`pemangku_kepentingan:\`.`,
      ),
      r.stdout,
    );
    assert.ok(
      lines.some((l) => /^peta\/extra\.ppb\.yaml:2:11: error PPB213 /.test(l)),
      r.stdout,
    );
    assert.match(r.stderr, /errors?, \d+ warnings?, \d+ info in 2 files/);
  });

  test('JSON records carry 1-based positions, the end, severity and code', () => {
    const r = ppb(['check', model.dir, '--format', 'json', '--lang', 'id'], REPO);
    const records = JSON.parse(r.stdout) as Record<string, unknown>[];
    const rec = records.find((x) => x.code === 'PPB207');
    const line = VALID.split('\n').findIndex((l) => l.includes('pelaksana: camat')) + 1;
    assert.deepEqual(rec, {
      file: path.relative(REPO, path.join(model.dir, 'model.ppb.yaml')),
      line,
      column: 20,
      endLine: line,
      endColumn: 26,
      severity: 'error',
      code: 'PPB207',
      message:
        'Unit atau pihak `camatt` tidak dikenal. Mungkin maksud Anda `camat` (Camat)? Jika ini unit atau pihak baru, deklarasikan di bawah `unit:` atau `pemangku_kepentingan:`.',
    });
    assert.equal(r.code, 1);
  });

  test('files named are grouped by their folder into one model', () => {
    const r = ppb(['check', 'model.ppb.yaml', '--format', 'json'], model.dir);
    const codes = (JSON.parse(r.stdout) as { code: string }[]).map((x) => x.code);
    assert.deepEqual(codes, ['PPB207']);
  });

  test('warnings alone exit 0', () => {
    const m = new TempModel();
    try {
      m.write('a.ppb.yaml', variant('        keluaran: [Nota persetujuan]\n', ''));
      const r = ppb(['check', m.dir, '--format', 'json']);
      assert.deepEqual(
        (JSON.parse(r.stdout) as { code: string }[]).map((x) => x.code),
        ['PPB303'],
      );
      assert.equal(r.code, 0);
    } finally {
      m.dispose();
    }
  });

  test('usage and I/O problems exit 2 and say which path and why', () => {
    const missing = ppb(['check', 'no/such/folder']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /cannot read no\/such\/folder: no such file or folder/);
    assert.equal(ppb(['check', '--format', 'xml']).code, 2);
    assert.equal(ppb(['check', '--lang', 'fr']).code, 2);
    assert.equal(ppb(['frobnicate']).code, 2);
    assert.equal(ppb(['check', '--bogus']).code, 2);
    const id = ppb(['check', 'tidak/ada'], REPO, { LANG: 'id_ID.UTF-8' });
    assert.match(id.stderr, /tidak dapat membaca tidak\/ada: tidak ada berkas atau folder/);
  });

  test('a file that cannot be read (mode 000, as root too) is named with the reason, exit 2; the other files are still checked', () => {
    const m = new TempModel();
    try {
      m.write('a.ppb.yaml', variant('pelaksana: camat\n', 'pelaksana: camatt\n'));
      m.write('b.ppb.yaml', 'unit:\n  seksi_baru:\n    nama: Seksi Baru\n');
      chmodSync(path.join(m.dir, 'b.ppb.yaml'), 0o000);
      const r = ppb(['check', '.', '--format', 'json'], m.dir, {}, WITHOUT_ROOT_READ);
      assert.match(r.stderr, /cannot read b\.ppb\.yaml: permission denied/);
      assert.deepEqual(
        (JSON.parse(r.stdout) as { file: string; code: string }[]).map((x) => `${x.file} ${x.code}`),
        ['a.ppb.yaml PPB207'],
      );
      assert.equal(r.code, 2);
    } finally {
      m.dispose();
    }
  });

  test('--help prints the usage in the chosen language and exits 0', () => {
    const r = ppb(['--help', '--lang', 'id']);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /Pemakaian:/);
  });
});
