import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { PpbWorkspace } from '../../server/src/service';
import { VALID } from '../support/check';
import { REPO } from '../support/temp-model';

function klambu(): PpbWorkspace {
  const ws = new PpbWorkspace();
  const dir = path.join(REPO, 'samples/klambu');
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith('.ppb.yaml'))) {
    ws.setFile(`file:///klambu/${name}`, readFileSync(path.join(dir, name), 'utf8'));
  }
  return ws;
}

describe('the diagrams of the Klambu model', () => {
  const ws = klambu();
  const catalog = ws.diagrams();
  const list = catalog.list();

  test('Level 0, Relasi, one Level 1 per process and all 22 cross-functional maps', () => {
    assert.deepEqual(list.filter((d) => d.kind === 'level0').map((d) => d.exportName), ['KECKLB.L0']);
    assert.deepEqual(list.filter((d) => d.kind === 'relasi').map((d) => d.exportName), ['KECKLB.relasi']);
    assert.deepEqual(list.filter((d) => d.kind === 'level1').map((d) => d.id), ['KECKLB.01', 'KECKLB.02', 'KECKLB.03', 'KECKLB.04', 'KECKLB.05', 'KECKLB.06']);
    assert.equal(list.filter((d) => d.kind === 'cfm').length, 22);
  });

  test('every diagram builds, and its parent is a diagram of the list (the breadcrumb)', () => {
    const ids = new Set(list.map((d) => d.id));
    for (const s of list) {
      const d = catalog.get(s.id);
      assert.ok(d, s.id);
      assert.ok(d.nodes.length > 0, s.id);
      if (s.parentId !== undefined) assert.ok(ids.has(s.parentId), `${s.id} -> ${s.parentId}`);
      for (const e of d.edges) {
        assert.ok(d.nodes.some((n) => n.id === e.from) && d.nodes.some((n) => n.id === e.to), `${s.id}: ${e.from} -> ${e.to}`);
      }
      for (const n of d.nodes) if (n.opens !== undefined) assert.ok(ids.has(n.opens), `${s.id}: ${n.id} opens ${n.opens}`);
    }
    assert.equal(catalog.get('KECKLB.06.03.CFM.02')?.parentId, 'KECKLB.06');
    assert.equal(catalog.get('KECKLB.06')?.parentId, 'L0');
  });

  test('Level 0 puts each process in the band of its kategori, suppliers and customers in utama', () => {
    const l0 = catalog.get('L0');
    assert.ok(l0);
    assert.deepEqual(l0.groups.map((g) => g.id), ['band_manajemen', 'band_utama', 'band_pendukung']);
    const band = (label: string): string | undefined => l0.nodes.find((n) => n.detail?.[0] === label)?.group;
    assert.equal(band('KECKLB.05'), 'band_manajemen');
    assert.equal(band('KECKLB.06'), 'band_pendukung');
    assert.equal(band('KECKLB.01'), 'band_utama');
    assert.ok(l0.nodes.some((n) => n.shape === 'party' && n.id.startsWith('in_')));
    assert.ok(l0.nodes.some((n) => n.shape === 'party' && n.id.startsWith('out_')));
    // A process box opens its Level 1 map.
    assert.equal(l0.nodes.find((n) => n.detail?.[0] === 'KECKLB.06')?.opens, 'KECKLB.06');
  });

  test('a cross-functional map has one lane per performer in order, every step in its lane', () => {
    const d = catalog.get('KECKLB.06.03.CFM.02');
    assert.ok(d);
    assert.ok(d.groups.length >= 3 && d.groups.every((g) => g.kind === 'lane'));
    for (const n of d.nodes) assert.ok(d.groups.some((g) => g.id === n.group), n.id);
    const decision = d.nodes.find((n) => n.shape === 'decision');
    assert.ok(decision);
    assert.deepEqual(d.edges.filter((e) => e.from === decision.id).map((e) => e.label).sort(), ['Tidak', 'Ya']);
    assert.equal(d.nodes.filter((n) => n.shape === 'terminator').length >= 2, true);
  });

  test('the Peta Relasi joins the processes to the units and parties that take part', () => {
    const d = catalog.get('relasi');
    assert.ok(d);
    const units = d.nodes.filter((n) => n.group === 'units');
    const parties = d.nodes.filter((n) => n.group === 'parties');
    assert.ok(units.length >= 5 && parties.length >= 5, `${units.length} units, ${parties.length} parties`);
    assert.equal(d.nodes.filter((n) => n.shape === 'process').length, 6);
  });
});

describe('the diagram around the cursor', () => {
  const ws = new PpbWorkspace();
  ws.setFile('file:///ws/m.ppb.yaml', VALID);
  const catalog = ws.diagrams();
  const at = (needle: string): ReturnType<typeof catalog.focusAt> => catalog.focusAt('file:///ws/m.ppb.yaml', VALID.indexOf(needle));

  test('in a step: its map and its node', () => {
    assert.deepEqual(at('Menyusun daftar kebutuhan'), { diagramId: 'KECKLB.06.03.CFM.02', nodeId: 's1' });
  });
  test('in a sub-process: the Level 1 map that shows it', () => {
    assert.deepEqual(at('Pengadaan Barang Milik Daerah'), { diagramId: 'KECKLB.06', nodeId: 'p_KECKLB_2e06_2e04' });
  });
  test('in a Level 0 process: Level 0', () => {
    assert.deepEqual(at('kategori: pendukung'), { diagramId: 'L0', nodeId: 'p_KECKLB_2e06' });
  });
  test('in a unit: the Peta Relasi', () => {
    assert.equal(at('Subbagian Umum dan Kepegawaian')?.diagramId, 'relasi');
  });
});
