import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PpbWorkspace } from '../../server/src/service';
import { collect, lineOf, variant, VALID } from '../support/check';
import { expectExactly, splitValid } from './helpers';

const uri = (name: string): string => `file:///ws/${name}`;

function loaded(): { ws: PpbWorkspace; instansi: string; proses: string; peta: string } {
  const { instansi, proses, peta } = splitValid();
  const ws = new PpbWorkspace();
  ws.setFile(uri('instansi.ppb.yaml'), instansi);
  ws.setFile(uri('proses.ppb.yaml'), proses);
  ws.setFile(uri('peta.ppb.yaml'), peta);
  return { ws, instansi, proses, peta };
}

test('setFile returns true for a new or changed text and false for the same text', () => {
  const ws = new PpbWorkspace();
  assert.equal(ws.setFile(uri('a.ppb.yaml'), VALID), true);
  assert.equal(ws.setFile(uri('a.ppb.yaml'), VALID), false);
  assert.equal(ws.setFile(uri('a.ppb.yaml'), `${VALID}# catatan\n`), true);
  assert.equal(ws.setFile(uri('a.ppb.yaml'), `${VALID}# catatan\n`), false);
});

test('the same text is parsed once: the parse and the checked diagnostics are kept', () => {
  const ws = new PpbWorkspace();
  ws.setFile(uri('a.ppb.yaml'), VALID);
  const parsed = ws.parsed(uri('a.ppb.yaml'));
  const diagnostics = ws.diagnostics();
  ws.setFile(uri('a.ppb.yaml'), VALID);
  assert.equal(ws.parsed(uri('a.ppb.yaml')), parsed);
  assert.equal(ws.diagnostics(), diagnostics);
  ws.setFile(uri('a.ppb.yaml'), `${VALID}\n`);
  assert.notEqual(ws.parsed(uri('a.ppb.yaml')), parsed);
  assert.notEqual(ws.diagnostics(), diagnostics);
});

test('changing one file re-checks the files that depend on it', () => {
  const { ws, instansi, peta } = loaded();
  assert.deepEqual(collect(ws), []);
  // Rename unit `penyedia` where it is declared: the map file uses it twice.
  ws.setFile(uri('instansi.ppb.yaml'), variant('  penyedia:\n', '  rekanan:\n', instansi));
  expectExactly(collect(ws), [
    {
      file: 'peta.ppb.yaml',
      line: lineOf(peta, 'pelaksana: [subbag_umum, penyedia]'),
      code: 'PPB207',
      severity: 'error',
      text: 'penyedia',
      mentions: ['penyedia'],
    },
    {
      file: 'peta.ppb.yaml',
      line: lineOf(peta, 'pelaksana: penyedia'),
      code: 'PPB207',
      severity: 'error',
      text: 'penyedia',
      mentions: ['penyedia'],
    },
  ]);
  // And back: the dependants are clean again.
  ws.setFile(uri('instansi.ppb.yaml'), instansi);
  assert.deepEqual(collect(ws), []);
});

test('removeFile of the file declaring the units flags their uses elsewhere', () => {
  const unitStart = VALID.indexOf('unit:');
  const partyStart = VALID.indexOf('pemangku_kepentingan:');
  const ws = new PpbWorkspace();
  ws.setFile(uri('unit.ppb.yaml'), VALID.slice(unitStart, partyStart));
  const rest = VALID.slice(0, unitStart) + VALID.slice(partyStart);
  ws.setFile(uri('model.ppb.yaml'), rest);
  assert.deepEqual(collect(ws), []);
  assert.equal(ws.removeFile(uri('unit.ppb.yaml')), true);
  assert.equal(ws.removeFile(uri('unit.ppb.yaml')), false);
  const found = collect(ws);
  // camat (pelanggan, relasi ke, 2 lanes/steps), sekretariat (lane, step), subbag_umum (performers, lanes, steps)
  assert.ok(found.length >= 10, String(found.length));
  assert.ok(found.every((f) => f.code === 'PPB207' && f.file === 'model.ppb.yaml'));
  assert.ok(found.some((f) => f.line === lineOf(rest, 'pelanggan: [camat]') && f.text === 'camat'));
  assert.ok(found.some((f) => f.line === lineOf(rest, '    ke: camat') && f.text === 'camat'));
});

test('the diagnostics map has an entry for every file, clean or not, and none for removed files', () => {
  const { ws, proses } = loaded();
  ws.setFile(uri('kosong.ppb.yaml'), '');
  ws.setFile(uri('catatan.ppb.yaml'), '# nanti\n');
  ws.setFile(uri('proses.ppb.yaml'), variant('kategori: pendukung', 'kategori: pendukungg', proses));
  const map = ws.diagnostics();
  assert.deepEqual(
    [...map.keys()].sort(),
    ['catatan.ppb.yaml', 'instansi.ppb.yaml', 'kosong.ppb.yaml', 'peta.ppb.yaml', 'proses.ppb.yaml'].map(uri).sort(),
  );
  assert.deepEqual(map.get(uri('kosong.ppb.yaml')), []);
  assert.deepEqual(map.get(uri('catatan.ppb.yaml')), []);
  assert.deepEqual(map.get(uri('peta.ppb.yaml')), []);
  assert.deepEqual(
    map.get(uri('proses.ppb.yaml'))?.map((d) => d.code),
    ['PPB103'],
  );
  ws.removeFile(uri('kosong.ppb.yaml'));
  assert.equal(ws.diagnostics().has(uri('kosong.ppb.yaml')), false);
  assert.equal(ws.hasFile(uri('kosong.ppb.yaml')), false);
  assert.deepEqual(ws.uris().sort(), ['catatan.ppb.yaml', 'instansi.ppb.yaml', 'peta.ppb.yaml', 'proses.ppb.yaml'].map(uri).sort());
});

test('diagnostics of a file come in source order, each with the file uri and a range inside the text', () => {
  const text = variant('kategori: pendukung', 'kategori: pendukungg')
    .replace('pelanggan: [camat]', 'pelanggan: [camatt]')
    .replace('    singkatan: Sekcam\n', '    singkatan: Sekcam\n    singkatan: Sekcam2\n');
  const ws = new PpbWorkspace();
  ws.setFile(uri('a.ppb.yaml'), text);
  const list = ws.diagnostics().get(uri('a.ppb.yaml')) ?? [];
  assert.deepEqual(
    list.map((d) => d.code),
    ['PPB003', 'PPB103', 'PPB207'],
  );
  for (let i = 1; i < list.length; i++) assert.ok((list[i - 1]?.start ?? 0) <= (list[i]?.start ?? 0));
  for (const d of list) {
    assert.equal(d.uri, uri('a.ppb.yaml'));
    assert.ok(d.start < d.end && d.end <= text.length);
  }
});

test('the model index follows the files: a removed file takes its units out', () => {
  const { ws } = loaded();
  assert.ok(ws.index().parties.has('camat'));
  assert.equal(ws.index().prefix, 'KECKLB');
  ws.removeFile(uri('instansi.ppb.yaml'));
  assert.equal(ws.index().parties.has('camat'), false);
  assert.equal(ws.index().prefix, undefined);
});
