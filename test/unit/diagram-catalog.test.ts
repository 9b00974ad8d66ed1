import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { PpbWorkspace } from '../../server/src/service';
import { type DiagramNode, GRID } from '../../server/src/protocol/diagram';
import { checkFiles, VALID } from '../support/check';
import { wideLevel0 } from '../support/wide-model';
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
    assert.deepEqual(
      list.filter((d) => d.kind === 'level0').map((d) => d.exportName),
      ['KECKLB.L0'],
    );
    assert.deepEqual(
      list.filter((d) => d.kind === 'relasi').map((d) => d.exportName),
      ['KECKLB.relasi'],
    );
    assert.deepEqual(
      list.filter((d) => d.kind === 'level1').map((d) => d.id),
      ['KECKLB.01', 'KECKLB.02', 'KECKLB.03', 'KECKLB.04', 'KECKLB.05', 'KECKLB.06'],
    );
    assert.equal(list.filter((d) => d.kind === 'cfm').length, 22);
  });

  test('every diagram builds, and its parent is a diagram of the list (the breadcrumb)', () => {
    const ids = new Set(list.map((d) => d.id));
    for (const s of list) {
      const d = catalog.get(s.id);
      assert.ok(d, s.id);
      assert.ok(d.nodes.length > 0, s.id);
      if (s.parentId !== undefined) assert.ok(ids.has(s.parentId), `${s.id} -> ${s.parentId}`);
      const ends = new Set([...d.nodes.map((n) => n.id), ...d.groups.map((g) => g.id)]);
      for (const e of d.edges) assert.ok(ends.has(e.from) && ends.has(e.to), `${s.id}: ${e.from} -> ${e.to}`);
      const groups = new Set(d.groups.map((g) => g.id));
      for (const g of d.groups) if (g.parent !== undefined) assert.ok(groups.has(g.parent), `${s.id}: ${g.id} in ${g.parent}`);
      for (const n of d.nodes) if (n.group !== undefined) assert.ok(groups.has(n.group), `${s.id}: ${n.id} in ${n.group}`);
      for (const n of d.nodes) if (n.opens !== undefined) assert.ok(ids.has(n.opens), `${s.id}: ${n.id} opens ${n.opens}`);
    }
    assert.equal(catalog.get('KECKLB.06.03.CFM.02')?.parentId, 'KECKLB.06');
    assert.equal(catalog.get('KECKLB.06')?.parentId, 'L0');
  });

  test('Level 0: manajemen on top, utama between its stakeholders, pendukung below', () => {
    const l0 = catalog.get('L0');
    assert.ok(l0);
    assert.equal(l0.title, 'Peta Proses Bisnis Level 0 Kecamatan Klambu');
    const band = (code: string): string | undefined => l0.nodes.find((n) => n.code === code)?.group;
    assert.equal(band('KECKLB.05'), 'band_manajemen');
    assert.equal(band('KECKLB.06'), 'band_pendukung');
    assert.deepEqual(['KECKLB.01', 'KECKLB.02', 'KECKLB.03', 'KECKLB.04'].map(band), Array(4).fill('band_utama'));
    // Top to bottom: manajemen, the utama row (needs, band, results), pendukung.
    assert.deepEqual(
      l0.groups.filter((g) => g.parent === undefined).map((g) => g.id),
      ['band_manajemen', 'row_utama', 'band_pendukung'],
    );
    assert.deepEqual(
      l0.groups.filter((g) => g.parent === 'row_utama').map((g) => g.id),
      ['pemasok', 'band_utama', 'pelanggan'],
    );
    const order = l0.edges.filter((e) => e.kind === 'order').map((e) => `${e.from}>${e.to}`);
    assert.ok(order.includes('band_manajemen>row_utama') && order.includes('row_utama>band_pendukung'), order.join(' '));
    assert.deepEqual(
      l0.edges.filter((e) => e.kind === 'value').map((e) => `${e.from}>${e.to}`),
      ['pemasok>band_utama', 'band_utama>pelanggan'],
    );
    // Every supplier of a utama process once, in its set; likewise the customers.
    const inSet = (set: string): string[] => l0.nodes.filter((n) => n.group === set).map((n) => n.label);
    assert.ok(inSet('pemasok').includes('Kepolisian Sektor Klambu') && new Set(inSet('pemasok')).size === inSet('pemasok').length);
    assert.ok(inSet('pelanggan').includes('Bupati Grobogan'));
    // A process box opens its Level 1 map.
    assert.equal(l0.nodes.find((n) => n.code === 'KECKLB.06')?.opens, 'KECKLB.06');
  });

  test('a cross-functional map has one lane per performer in order, every step in its lane', () => {
    const d = catalog.get('KECKLB.06.03.CFM.02');
    assert.ok(d);
    assert.ok(d.groups.length >= 3 && d.groups.every((g) => g.kind === 'lane'));
    for (const n of d.nodes)
      assert.ok(
        d.groups.some((g) => g.id === n.group),
        n.id,
      );
    const decision = d.nodes.find((n) => n.shape === 'decision');
    assert.ok(decision);
    assert.deepEqual(
      d.edges
        .filter((e) => e.from === decision.id)
        .map((e) => e.label)
        .sort(),
      ['Tidak', 'Ya'],
    );
    assert.equal(d.nodes.filter((n) => n.shape === 'terminator').length >= 2, true);
  });

  test('the Peta Relasi frames each process with who supplies, performs and receives, and the relations that name it', () => {
    const d = catalog.get('relasi');
    assert.ok(d);
    assert.equal(d.title, 'Peta Relasi Kecamatan Klambu');
    const boxes = d.nodes.filter((n) => n.shape === 'process');
    assert.deepEqual(
      boxes.map((n) => n.code),
      ['KECKLB.01', 'KECKLB.02', 'KECKLB.03', 'KECKLB.04', 'KECKLB.05', 'KECKLB.06'],
    );
    const parentOf = (id: string | undefined): string | undefined => d.groups.find((g) => g.id === id)?.parent;
    const frameOf = (code: string): string | undefined => parentOf(boxes.find((n) => n.code === code)?.group);
    const within = (group: string | undefined, holder: string): boolean =>
      group !== undefined && (group === holder || within(parentOf(group), holder));
    const inRole = (code: string, label: string): DiagramNode<unknown>[] => {
      const frame = frameOf(code) ?? '';
      const set = d.groups.find((g) => within(g.id, frame) && g.label === label);
      return d.nodes.filter((n) => set && within(n.group, set.id));
    };
    const names = (nodes: DiagramNode<unknown>[]): string[] => nodes.map((n) => n.label);
    // Each frame is captioned with its process.
    assert.equal(
      d.groups.find((g) => g.id === frameOf('KECKLB.06'))?.label,
      'KECKLB.06 Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota',
    );
    // KECKLB.06: its SIPOC supplier, a performer of its maps' steps, and a customer.
    assert.ok(names(inRole('KECKLB.06', 'Pemasok')).includes('Bupati Grobogan'));
    assert.ok(names(inRole('KECKLB.06', 'Pelaksana')).includes('Subbagian Keuangan'));
    assert.ok(names(inRole('KECKLB.06', 'Pelanggan')).includes('Camat'));
    // Units of the body before outside parties, in every set.
    for (const code of ['KECKLB.02', 'KECKLB.06'])
      for (const role of ['Pemasok', 'Pelaksana', 'Pelanggan']) {
        const shapes = inRole(code, role).map((n) => n.shape);
        assert.deepEqual(
          shapes,
          [...shapes].sort((a, b) => (a === b ? 0 : a === 'unit' ? -1 : 1)),
          `${code} ${role}`,
        );
      }
    // The Camat works in every process: one box in each frame, each revealing the same declaration.
    const camat = d.nodes.filter((n) => n.label === 'Camat' && n.group?.startsWith('pelaksana'));
    assert.equal(camat.length, 6);
    assert.equal(new Set(camat.map((n) => JSON.stringify(n.source))).size, 1);
    // Frames fill the rows of a grid, three and three.
    assert.deepEqual(
      d.groups.filter((g) => g.id.startsWith(`${GRID}_row`)).map((g) => d.groups.filter((x) => x.parent === g.id).length),
      [3, 3],
    );
    // Each explicit relation stands, with its label, in the frame of the process it names.
    const labelled = d.edges.filter((e) => e.label !== undefined);
    assert.equal(labelled.length, 4);
    assert.ok(labelled.some((e) => e.label === 'Fasilitasi musyawarah perencanaan pembangunan desa · KECKLB.02.01'));
    for (const e of labelled) {
      const code = /KECKLB\.0\d/.exec(e.label ?? '')?.[0] ?? '';
      assert.ok(within(d.nodes.find((n) => n.id === e.from)?.group, frameOf(code) ?? '-'), e.label);
    }
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
  test('in a unit: the Peta Relasi, at its first box there', () => {
    const focus = at('Subbagian Umum dan Kepegawaian');
    assert.equal(focus?.diagramId, 'relasi');
    const shown = catalog.get('relasi')?.nodes.find((n) => n.id === focus?.nodeId);
    assert.equal(shown?.label, 'Subbagian Umum dan Kepegawaian');
  });
});

describe('a Level 0 band of more boxes than one row holds', () => {
  test('nine utama processes wrap into rows of five and four, in code order', () => {
    const ws = new PpbWorkspace();
    assert.deepEqual(checkFiles({ 'wide.ppb.yaml': wideLevel0(9) }, ws), []);
    const l0 = ws.diagrams().get('L0');
    assert.ok(l0);
    const rows = l0.groups.filter((g) => g.parent === 'band_utama_rows');
    assert.deepEqual(
      rows.map((g) => g.kind),
      ['row', 'row'],
    );
    assert.equal(l0.groups.find((g) => g.id === 'band_utama_rows')?.parent, 'band_utama');
    const codesIn = (row: string): (string | undefined)[] => l0.nodes.filter((n) => n.group === row).map((n) => n.code);
    assert.deepEqual(
      rows.map((r) => codesIn(r.id).length),
      [5, 4],
    );
    assert.deepEqual(
      rows.flatMap((r) => codesIn(r.id)),
      ['KEC.01', 'KEC.02', 'KEC.03', 'KEC.04', 'KEC.05', 'KEC.06', 'KEC.07', 'KEC.08', 'KEC.09'],
    );
    // Each row keeps its order, and the rows theirs.
    const order = l0.edges.filter((e) => e.kind === 'order').map((e) => `${e.from}>${e.to}`);
    assert.ok(order.includes('band_utama_row0>band_utama_row1'), order.join(' '));
    assert.ok(order.includes('p_KEC_2e01>p_KEC_2e02') && !order.includes('p_KEC_2e05>p_KEC_2e06'), order.join(' '));
  });

  test('six fit in one row, in the band itself', () => {
    const ws = new PpbWorkspace();
    ws.setFile('file:///ws/wide.ppb.yaml', wideLevel0(6));
    const l0 = ws.diagrams().get('L0');
    assert.ok(l0);
    assert.equal(
      l0.groups.some((g) => g.kind === 'row' && g.id.startsWith('band_utama')),
      false,
    );
    assert.equal(l0.nodes.filter((n) => n.group === 'band_utama').length, 6);
  });
});

describe('a connector in a cross-functional map', () => {
  const dir = path.join(REPO, 'samples/belajar/05-penghubung');
  const ws = new PpbWorkspace();
  ws.setFile('file:///contoh/contoh.ppb.yaml', readFileSync(path.join(dir, 'contoh.ppb.yaml'), 'utf8'));
  const d = ws.diagrams().get('KECCTH.06.03.CFM.02');

  test('shows the code of the map it leads to above its name, and ends its path there (format 1.1)', () => {
    assert.ok(d);
    const connector = d.nodes.find((n) => n.shape === 'connector');
    assert.ok(connector);
    assert.equal(connector.code, 'KECCTH.06.04.CFM.01');
    assert.equal(connector.label, 'Pengadaan barang');
    assert.equal(connector.opens, 'KECCTH.06.04.CFM.01');
    assert.deepEqual(
      d.edges.filter((e) => e.from === connector.id),
      [],
    );
  });

  test('near-miss: the other steps carry no code', () => {
    assert.ok(d);
    assert.deepEqual(
      d.nodes.filter((n) => n.shape !== 'connector' && n.code !== undefined).map((n) => n.id),
      [],
    );
  });
});

describe('Level 1 of sub-processes without an order (alur: bebas, format 1.1)', () => {
  const text = readFileSync(path.join(REPO, 'samples/belajar/07-alur-bebas/contoh.ppb.yaml'), 'utf8');
  const level1 = (source: string) => {
    const ws = new PpbWorkspace();
    ws.setFile('file:///pkm/contoh.ppb.yaml', source);
    const d = ws.diagrams().get('PKMCTH.01');
    assert.ok(d);
    const between = d.edges.filter((e) => e.from.startsWith('p_') && e.to.startsWith('p_') && e.kind === undefined);
    return { d, between: between.map((e) => `${e.from} -> ${e.to}`) };
  };

  test('draws only the lanjut written, and the sub-processes that stand alone in a grid joined once to inputs and outputs', () => {
    const { d, between } = level1(text);
    assert.equal(between.length, 1, between.join(', '));
    const alone = d.nodes.filter((n) => n.group !== undefined && n.group.startsWith('sub_bebas'));
    assert.equal(alone.length, 5);
    const rows = d.groups.filter((g) => g.kind === 'row');
    assert.deepEqual(
      rows.map((r) => alone.filter((n) => n.group === r.id).length),
      [3, 2],
    );
    assert.ok(d.edges.some((e) => e.from === 'masukan' && e.to === 'sub_bebas'));
    assert.ok(d.edges.some((e) => e.from === 'sub_bebas' && e.to === 'keluaran'));
    assert.equal(d.edges.filter((e) => e.from === 'masukan').length, 2, 'masukan feeds the grid and the one chain, not each box');
  });

  test('near-miss: without alur and without lanjut, the sub-processes follow each other as written', () => {
    const plain = text.replace('    alur: bebas\n', '').replace('        lanjut: [PKMCTH.01.06]\n', '');
    assert.notEqual(plain, text);
    const { d, between } = level1(plain);
    assert.equal(between.length, 6, between.join(', '));
    assert.deepEqual(d.groups, []);
  });

  test('alur: bebas without lanjut puts all seven in the grid, with no line between them', () => {
    const { d, between } = level1(text.replace('        lanjut: [PKMCTH.01.06]\n', ''));
    assert.deepEqual(between, []);
    assert.equal(d.nodes.filter((n) => n.group?.startsWith('sub_bebas')).length, 7);
  });
});

describe('a joint step in a cross-functional map (format 1.1)', () => {
  const text = readFileSync(path.join(REPO, 'samples/belajar/08-langkah-bersama/izin.ppb.yaml'), 'utf8');
  const cfm = (source: string) => {
    const ws = new PpbWorkspace();
    ws.setFile('file:///izin/izin.ppb.yaml', source);
    const d = ws.diagrams().get('DPMPTSPCTH.02.01.CFM.01');
    assert.ok(d);
    const named = (label: string) => d.nodes.filter((n) => n.label === label);
    return { d, named };
  };
  const HAND_IN = 'Menyerahkan dan memeriksa kelengkapan berkas permohonan';
  const VISIT = 'Meninjau lokasi usaha bersama pemohon';

  test("stands in each of its performers' lanes, the copies joined by a plain line, from the step's own lane", () => {
    const { d, named } = cfm(text);
    assert.deepEqual(
      named(HAND_IN).map((n) => n.group),
      ['lane_pemohon', 'lane_front_5foffice'],
    );
    assert.deepEqual(
      named(VISIT).map((n) => n.group),
      ['lane_tim_5fteknis', 'lane_pemohon'],
    );
    const together = d.edges.filter((e) => e.kind === 'together').map((e) => `${e.from} - ${e.to}`);
    assert.deepEqual(together, ['s1 - s1_1', 's3 - s3_1']);
    assert.ok(
      named(VISIT).every((n) => n.source !== undefined && n.source === named(VISIT)[0]?.source),
      'every copy leads back to the one step',
    );
  });

  test('the flow enters and leaves a joint step at the copy nearest the other end; a loop back enters its own node', () => {
    const { d } = cfm(text);
    const flow = d.edges.filter((e) => e.kind === undefined).map((e) => `${e.from} -> ${e.to}${e.label ? ` ${e.label}` : ''}`);
    assert.deepEqual(flow, [
      's0 -> s1', // mulai (pemohon) into the applicant's copy
      's1_1 -> s2', // out of the front office's copy to the front office's decision
      's2 -> s3 Ya', // to the team's copy: as near as the applicant's, and the step's first performer
      's2 -> s1 Tidak', // back to an earlier step: into its own node, which keeps its copies in one column
      's3 -> s4',
      's4 -> s5',
      's5 -> s6',
    ]);
  });

  test('near-miss: one performer written as a list of one is drawn once, like a plain performer', () => {
    const single = text.replace('pelaksana: [pemohon, front_office]', 'pelaksana: [front_office]');
    assert.notEqual(single, text);
    const { d, named } = cfm(single);
    assert.deepEqual(
      named(HAND_IN).map((n) => n.group),
      ['lane_front_5foffice'],
    );
    assert.deepEqual(
      d.edges.filter((e) => e.kind === 'together').map((e) => e.from),
      ['s3'],
    );
  });

  test("three performers: lines run lane to lane away from the step's own, never across a copy", () => {
    const three = text.replace('pelaksana: [tim_teknis, pemohon]', 'pelaksana: [front_office, pemohon, kepala_dinas]');
    const { d, named } = cfm(three);
    assert.deepEqual(
      named(VISIT).map((n) => `${n.id}@${n.group}`),
      ['s3@lane_front_5foffice', 's3_1@lane_pemohon', 's3_2@lane_kepala_5fdinas'],
    );
    assert.deepEqual(
      d.edges.filter((e) => e.kind === 'together' && e.from.startsWith('s3')).map((e) => `${e.from} - ${e.to}`),
      ['s3 - s3_1', 's3 - s3_2'],
    );
  });
});
