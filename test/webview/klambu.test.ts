import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { PreviewPage, type Box } from './harness';
import { klambu } from './models';

const model = klambu();

/** Screen pixels of slack: neighbouring lanes share their border line. */
const SLACK = 1.5;

const inside = (inner: Box, outer: Box): boolean =>
  inner.x >= outer.x - SLACK && inner.y >= outer.y - SLACK && inner.x + inner.width <= outer.x + outer.width + SLACK && inner.y + inner.height <= outer.y + outer.height + SLACK;

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
        assert.ok(Math.abs(below.width - above.width) < SLACK && Math.abs(below.x - above.x) < SLACK, `${d.id}: lanes are not one column of bands`);
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
