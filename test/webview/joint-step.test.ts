import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { REPO } from '../support/temp-model';
import { PreviewPage, type Box } from './harness';
import { servedFiles } from './models';

/** Screen pixels of slack: neighbouring lanes share their border line. */
const SLACK = 1.5;

describe('a joint step drawn by the preview (format 1.1)', () => {
  let p: PreviewPage;
  const model = servedFiles({
    'izin.ppb.yaml': readFileSync(path.join(REPO, 'samples/belajar/08-langkah-bersama/izin.ppb.yaml'), 'utf8'),
  });
  const map = model.diagrams.find((d) => d.id === 'DPMPTSPCTH.02.01.CFM.01');
  before(async () => {
    assert.ok(map);
    p = await PreviewPage.open({ model });
    await p.show(map);
  });
  after(() => p.close());

  const box = async (selector: string): Promise<Box> => {
    const b = await p.page.locator(selector).first().boundingBox({ timeout: 2000 });
    assert.ok(b, `${selector} is not drawn`);
    return b;
  };
  const node = (id: string): Promise<Box> => box(`.stage g.node[data-node-id="${id}"]`);
  const centreX = (b: Box): number => b.x + b.width / 2;

  test("each copy stands inside its performer's lane, the copies of one step in one column", async () => {
    assert.ok(map);
    for (const [own, twin, twinLane] of [
      ['s1', 's1_1', 'lane_front_5foffice'],
      ['s3', 's3_1', 'lane_pemohon'],
    ] as const) {
      const [a, b, lane] = [await node(own), await node(twin), await box(`.stage [data-id="${twinLane}"] > rect`)];
      assert.ok(
        b.y >= lane.y - SLACK && b.y + b.height <= lane.y + lane.height + SLACK,
        `${twin} lies outside its lane ${twinLane}: ${JSON.stringify({ b, lane })}`,
      );
      assert.ok(Math.abs(centreX(a) - centreX(b)) < 2, `${own} and ${twin} are not one above the other: ${centreX(a)} vs ${centreX(b)}`);
      assert.notEqual(a.y, b.y, `${own} and ${twin} overlap`);
    }
  });

  test('the copies are joined by a line without an arrowhead; the flow keeps its arrows', async () => {
    const markerOf = (id: string) =>
      p.page
        .locator(`.stage path[data-id="${id}"]`)
        .first()
        .evaluate((e) => e.getAttribute('marker-end') ?? '', undefined, { timeout: 2000 });
    assert.equal(await markerOf('L_s1_s1_1_0'), '', 'the line between the copies of the hand-in');
    assert.equal(await markerOf('L_s3_s3_1_0'), '', 'the line between the copies of the visit');
    assert.match(await markerOf('L_s1_1_s2_0'), /url\(/, 'the flow out of the front office copy has an arrowhead');
    assert.deepEqual(p.errors, []);
  });
});
