import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { PreviewPage, type Box } from './harness';
import { wideLevel0 } from '../support/wide-model';
import { klambu, servedFiles } from './models';

const model = klambu();

/** Screen pixels of slack: neighbouring lanes share their border line. */
const SLACK = 1.5;

const inside = (inner: Box, outer: Box): boolean =>
  inner.x >= outer.x - SLACK &&
  inner.y >= outer.y - SLACK &&
  inner.x + inner.width <= outer.x + outer.width + SLACK &&
  inner.y + inner.height <= outer.y + outer.height + SLACK;

describe('the preview page draws every Klambu map', () => {
  let p: PreviewPage;
  const times: string[] = [];

  before(async () => {
    p = await PreviewPage.open({ model });
  });
  after(async () => {
    await p.close();
    if (process.env.PPB_TIMES) console.log(times.join('\n'));
  });

  test('all 30 diagrams render with no Mermaid error, each node drawn once', async () => {
    assert.equal(model.diagrams.length, 30);
    for (const d of model.diagrams) {
      const m = await p.show(d);
      times.push(`${d.id}\t${d.kind}\t${d.nodes.length} nodes\t${m.ms} ms`);
      const drawn = await p.page.locator('.stage g.node').evaluateAll((els) => els.map((e) => e.getAttribute('data-node-id') ?? ''));
      assert.deepEqual([...drawn].sort(), d.nodes.map((n) => n.id).sort(), d.id);
      assert.equal(await p.page.locator('.notice').isHidden(), true, `${d.id}: a notice shows`);
      const title = await p.page.locator('.stage .flowchartTitleText').textContent();
      assert.equal(title, d.code ? `${d.code} ${d.title}` : d.title, `${d.id}: title`);
    }
    assert.deepEqual(p.errors, []);
  });

  test('in every cross-functional map each step lies inside its lane, and the lanes are bands in order', async () => {
    const maps = model.diagrams.filter((d) => d.kind === 'cfm');
    assert.equal(maps.length, 22);
    for (const d of maps) {
      await p.show(d);
      const lanes: Box[] = [];
      for (const g of d.groups) {
        const box = await p.page.locator(`.stage [data-id="${g.id}"] > rect`).first().boundingBox();
        assert.ok(box, `${d.id}: lane ${g.id} not drawn`);
        lanes.push(box);
      }
      // Bands: stacked top to bottom in the map's lane order, no overlap, all the same width.
      for (let i = 1; i < lanes.length; i++) {
        const [above, below] = [lanes[i - 1], lanes[i]];
        assert.ok(above && below);
        assert.ok(below.y >= above.y + above.height - SLACK, `${d.id}: lane ${d.groups[i]?.id} is not below ${d.groups[i - 1]?.id}`);
        assert.ok(
          Math.abs(below.width - above.width) < SLACK && Math.abs(below.x - above.x) < SLACK,
          `${d.id}: lanes are not one column of bands`,
        );
      }
      const title = await p.page.locator('.stage .flowchartTitleText').boundingBox();
      assert.ok(title && lanes[0] && title.y + title.height <= lanes[0].y + SLACK, `${d.id}: the title is not above the lanes`);
      for (const n of d.nodes) {
        const lane = lanes[d.groups.findIndex((g) => g.id === n.group)];
        const box = await p.page.locator(`.stage g.node[data-node-id="${n.id}"]`).boundingBox();
        assert.ok(lane && box, `${d.id}: ${n.id}`);
        assert.ok(inside(box, lane), `${d.id}: step ${n.id} (${n.label}) is outside its lane ${n.group}`);
      }
    }
  });
});

describe('Level 0 and the Peta Relasi read as a PPB reader expects', () => {
  let p: PreviewPage;
  before(async () => {
    p = await PreviewPage.open({ model });
  });
  after(() => p.close());

  const group = async (id: string): Promise<Box> => {
    // Mermaid names a flowchart's subgraph `<svg id>-<group id>`.
    const box = await p.page.locator(`.stage g.cluster[id$="-${id}"] > rect`).first().boundingBox({ timeout: 2000 });
    assert.ok(box, `group ${id} not drawn`);
    return box;
  };
  const node = async (id: string): Promise<Box> => {
    const box = await p.page.locator(`.stage g.node[data-node-id="${id}"]`).boundingBox({ timeout: 2000 });
    assert.ok(box, `node ${id} not drawn`);
    return box;
  };
  const above = (a: Box, b: Box): boolean => a.y + a.height <= b.y + SLACK;
  const leftOf = (a: Box, b: Box): boolean => a.x + a.width <= b.x + SLACK;

  test('Level 0: manajemen above utama above pendukung, both bands as wide as utama; needs, utama left to right, results', async () => {
    const d = model.diagrams.find((x) => x.id === 'L0');
    assert.ok(d);
    await p.show(d);
    const [manajemen, utama, pendukung, needs, results] = await Promise.all(
      ['band_manajemen', 'band_utama', 'band_pendukung', 'pemasok', 'pelanggan'].map(group),
    );
    assert.ok(manajemen && utama && pendukung && needs && results);
    assert.ok(
      above(manajemen, utama) && above(manajemen, needs) && above(utama, pendukung) && above(results, pendukung),
      'bands are not stacked',
    );
    assert.ok(leftOf(needs, utama) && leftOf(utama, results), 'stakeholders do not stand either side of utama');
    for (const [name, band] of [
      ['manajemen', manajemen],
      ['pendukung', pendukung],
    ] as const) {
      assert.ok(
        Math.abs(band.x - utama.x) < 1 && Math.abs(band.width - utama.width) < 1,
        `the ${name} band (x ${band.x}, width ${band.width}) does not span the utama band (x ${utama.x}, width ${utama.width})`,
      );
    }
    const boxes = await Promise.all(
      ['KECKLB.01', 'KECKLB.02', 'KECKLB.03', 'KECKLB.04'].map((c) => node(d.nodes.find((n) => n.code === c)?.id ?? c)),
    );
    for (let i = 1; i < boxes.length; i++) {
      const [a, b] = [boxes[i - 1], boxes[i]];
      assert.ok(
        a && b && leftOf(a, b) && Math.abs(a.y + a.height / 2 - (b.y + b.height / 2)) < 2 * SLACK,
        `utama process ${i + 1} is not right of ${i} on one line`,
      );
    }
    for (const n of d.nodes) {
      if (n.group === undefined) continue;
      assert.ok(inside(await node(n.id), await group(n.group)), `${n.id} is outside ${n.group}`);
    }
  });

  test('Peta Relasi: each process in its frame, suppliers left of it, customers right, performers and relations under it; frames of one width', async () => {
    const d = model.diagrams.find((x) => x.id === 'relasi');
    assert.ok(d);
    await p.show(d);
    for (const n of d.nodes) {
      if (n.group === undefined) continue;
      assert.ok(inside(await node(n.id), await group(n.group)), `${n.id} is outside ${n.group}`);
    }
    const frames = d.groups.filter((g) => /^proses\d+$/.test(g.id));
    assert.equal(frames.length, 6);
    const within = (id: string | undefined, holder: string): boolean =>
      id !== undefined && (id === holder || within(d.groups.find((g) => g.id === id)?.parent, holder));
    for (const frame of frames) {
      const box = d.nodes.find((n) => within(n.group, frame.id) && n.shape === 'process');
      assert.ok(box);
      const boxAt = await node(box.id);
      for (const set of d.groups.filter((g) => within(g.parent, frame.id) && g.label !== '')) {
        const at = await group(set.id);
        assert.ok(inside(at, await group(frame.id)), `${set.id} is outside its frame`);
        const side = { Pemasok: leftOf(at, boxAt), Pelanggan: leftOf(boxAt, at) }[set.label] ?? above(boxAt, at);
        assert.ok(side, `${set.id} (${set.label}) is on the wrong side of ${box.code ?? ''}`);
      }
    }
    // Frames of one width that do not overlap.
    const boxes = await Promise.all(frames.map((f) => group(f.id)));
    for (const b of boxes) assert.ok(Math.abs(b.width - (boxes[0]?.width ?? 0)) < SLACK, `frames of ${b.width} and ${boxes[0]?.width} px`);
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1)) assert.ok(leftOf(a, b) || leftOf(b, a) || above(a, b) || above(b, a), 'two frames overlap');
  });

  test('Level 0: a band too long for one row wraps into rows, in code order', async () => {
    const d = servedFiles({ 'wide.ppb.yaml': wideLevel0(9) }).diagrams.find((x) => x.id === 'L0');
    assert.ok(d);
    await p.show(d);
    const boxes = await Promise.all(d.nodes.filter((n) => n.group?.startsWith('band_utama_row')).map((n) => node(n.id)));
    assert.equal(boxes.length, 9);
    const [first, second] = [boxes.slice(0, 5), boxes.slice(5)];
    for (const row of [first, second])
      for (let i = 1; i < row.length; i++) assert.ok(leftOf(row[i - 1] as Box, row[i] as Box), 'a row is not left to right');
    for (const a of first) for (const b of second) assert.ok(above(a, b), 'the second row is not below the first');
    assert.ok(leftOf(await group('pemasok'), await group('band_utama')) && leftOf(await group('band_utama'), await group('pelanggan')));
  });
});
