import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { LABEL_PX, READABLE_PX } from '../../server/src/protocol/webview';
import { PreviewPage, STRINGS } from './harness';
import { klambu } from './models';

const model = klambu();
const byId = (id: string) => {
  const d = model.diagrams.find((x) => x.id === id);
  assert.ok(d, id);
  return d;
};

describe('the preview keeps what the reader needs readable', () => {
  let p: PreviewPage;
  before(async () => {
    p = await PreviewPage.open({ model, viewport: { width: 1280, height: 800 } });
  });
  after(() => p.close());

  const scale = async (): Promise<number> => {
    const style = (await p.page.locator('.stage').getAttribute('style')) ?? '';
    const m = /scale\(([\d.]+)\)/.exec(style);
    assert.ok(m, style);
    return Number(m[1]);
  };
  const hint = () => p.page.locator('.fit-hint');

  test(`the labels are drawn at ${LABEL_PX} px, the size the fit reckons with`, async () => {
    await p.show(byId('KECKLB.06.03.CFM.02'));
    const sizes = await p.page
      .locator('.stage g.node .nodeLabel, .stage g.node text')
      .evaluateAll((els) => [...new Set(els.map((e) => getComputedStyle(e).fontSize))]);
    assert.deepEqual(sizes, [`${LABEL_PX}px`]);
  });

  test('a map that fits readably is fitted whole, with nothing to say', async () => {
    await p.page.setViewportSize({ width: 1920, height: 1080 });
    await p.show(byId('KECKLB.04'));
    await p.page.locator('button.fit').click();
    assert.equal(await hint().isHidden(), true);
    const stage = await p.page.locator('.stage svg').boundingBox();
    const frame = await p.page.locator('.frame').boundingBox();
    assert.ok(stage && frame);
    assert.ok(stage.x >= frame.x && stage.x + stage.width <= frame.x + frame.width + 1, 'the whole width in the frame');
    assert.ok(stage.y >= frame.y && stage.y + stage.height <= frame.y + frame.height + 1, 'the whole height in the frame');
  });

  test(`"fit" never shrinks the Peta Relasi's labels below ${READABLE_PX} px in a small panel: it says how to see the rest`, async () => {
    await p.page.setViewportSize({ width: 700, height: 500 });
    await p.show(byId('relasi'));
    await p.page.locator('button.fit').click();
    const k = await scale();
    assert.ok(k * LABEL_PX >= READABLE_PX - 0.01, `labels at ${(k * LABEL_PX).toFixed(1)} px`);
    await hint().waitFor({ state: 'visible', timeout: 2000 });
    assert.equal(await hint().textContent(), STRINGS.fitReadable);
    // The user zooms out on purpose: the hint goes, and the zoom is theirs.
    await p.page.keyboard.press('-');
    assert.equal(await hint().isHidden(), true);
    assert.ok((await scale()) < k);
  });

  for (const width of [220, 280, 420]) {
    test(`a ${width} px panel shows the current map's code whole; the crumbs above give way first`, async () => {
      await p.page.setViewportSize({ width, height: 600 });
      await p.show(byId('KECKLB.06.03.CFM.02'));
      const code = p.page.locator('.breadcrumb .crumb.current .code');
      await p.page.waitForFunction(() => document.querySelector('.breadcrumb .crumb.current .code') !== null);
      const [box, bar] = [await code.boundingBox(), await p.page.locator('.breadcrumb').boundingBox()];
      assert.ok(box && bar);
      assert.equal(await code.textContent(), 'KECKLB.06.03.CFM.02');
      assert.ok(
        box.x >= bar.x - 0.5 && box.x + box.width <= bar.x + bar.width + 0.5,
        `the code lies inside the bar: ${JSON.stringify({ box, bar })}`,
      );
      assert.equal(await code.evaluate((e) => e.scrollWidth <= e.clientWidth), true, 'the code is not cut');
    });
  }

  test('near-miss: with room, every crumb above stays', async () => {
    await p.page.setViewportSize({ width: 1280, height: 800 });
    await p.show(byId('KECKLB.06.03.CFM.02'));
    await p.page.waitForFunction(() => [...document.querySelectorAll('.breadcrumb > *')].every((e) => !(e as HTMLElement).hidden));
    assert.equal(await p.page.locator('.breadcrumb .crumb:visible').count(), 3);
  });
});
