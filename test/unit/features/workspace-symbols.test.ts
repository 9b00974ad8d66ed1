import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { PpbWorkspace } from '../../../server/src/service';
import { workspaceSymbols } from '../../../server/src/service/features/workspace-symbols';
import { splitValid } from '../helpers';
import { caretIn, folderWorkspace, where } from './fixtures';

function split(): PpbWorkspace {
  const { instansi, proses, peta } = splitValid();
  return caretIn({ 'instansi.ppb.yaml': instansi, 'proses.ppb.yaml': proses, 'peta.ppb.yaml': `${peta}|` }).ws;
}

const found = (ws: PpbWorkspace, query: string): string[] =>
  workspaceSymbols(ws, query, 'en').map((s) => `${s.kind} ${s.name}${s.container ? ` in ${s.container}` : ''} @ ${where(ws, s.span)}`);

describe('workspace symbols', () => {
  test('a name, in any case, across files: the map and the steps that hold it', () => {
    assert.deepEqual(found(split(), 'LOGISTIK'), [
      'map KECKLB.06.03.CFM.02 Penyediaan Bahan Logistik Kantor @ peta.ppb.yaml:2 KECKLB.06.03.CFM.02',
      'step susun Menyusun daftar kebutuhan bahan logistik in KECKLB.06.03.CFM.02 @ peta.ppb.yaml:8 susun',
    ]);
  });

  test('a code, and everything below it', () => {
    assert.deepEqual(found(split(), 'kecklb.06.04'), [
      'map KECKLB.06.04.CFM.01 Pengadaan Sarana Kantor @ peta.ppb.yaml:28 KECKLB.06.04.CFM.01',
      'process KECKLB.06.04 Pengadaan Barang Milik Daerah in KECKLB.06 @ proses.ppb.yaml:17 KECKLB.06.04',
    ]);
  });

  test('a unit by its id or by its name, with its parent as container', () => {
    const byName = ['unit subbag_umum Subbagian Umum dan Kepegawaian in sekretariat @ instansi.ppb.yaml:12 subbag_umum'];
    assert.deepEqual(found(split(), 'kepegawaian'), byName);
    assert.deepEqual(found(split(), 'subbag_'), byName);
    assert.deepEqual(found(split(), 'S2'), ['target S2 Meningkatnya kualitas kinerja dan akuntabilitas in T1 @ instansi.ppb.yaml:26 S2']);
  });

  test('an empty query lists every named item; steps with neither id nor name are left out', () => {
    const all = workspaceSymbols(split(), '', 'en');
    assert.equal(all.length, 23 - 4); // the 23 items of the outline but four bare terminators
    assert.ok(all.every((s) => s.name.trim() !== ''));
    assert.deepEqual(found(split(), 'no such thing'), []);
  });

  test('half-written files still give what they hold', () => {
    const { ws } = caretIn({ 'a.ppb.yaml': 'unit:\n  camat:\n    nama: Camat\n  seksi:\n    nama: [Seksi|\n' });
    assert.deepEqual(found(ws, 'cam'), ['unit camat Camat @ a.ppb.yaml:2 camat']);
  });

  test('the Klambu sample: every Level 0 process by its code', () => {
    const { ws } = folderWorkspace('samples/klambu');
    const level0 = workspaceSymbols(ws, 'KECKLB.0', 'id').filter((s) => s.kind === 'process' && s.container === undefined);
    assert.deepEqual(
      level0.map((s) => s.name.split(' ')[0]),
      ['KECKLB.01', 'KECKLB.02', 'KECKLB.03', 'KECKLB.04', 'KECKLB.05', 'KECKLB.06'],
    );
    assert.ok(workspaceSymbols(ws, 'rapat koordinasi', 'id').some((s) => s.kind === 'map'));
  });
});
