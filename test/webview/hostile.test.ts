import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Location } from 'vscode-languageserver-protocol';
import type { Diagram } from '../../server/src/protocol/diagram';
import { assertStandalone, labelsOf, missingLabels, openSvg } from '../export/helpers';
import { hostileModel, PAYLOADS } from '../export/hostile-model';
import { PreviewPage } from './harness';
import { servedFiles } from './models';

const model = servedFiles({ 'hostile.ppb.yaml': hostileModel() });
const fold = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Every text a diagram must show: its title, and the labels `ppb export` checks too. */
const expected = (d: Diagram<Location>): string[] => [fold(d.code ? `${d.code} ${d.title}` : d.title), ...labelsOf(d)];

/** The label elements Mermaid drew (not our tooltips, not the styles). */
const LABELS = '.stage svg :is(.nodeLabel, .edgeLabel, .flowchartTitleText)';

describe('hostile labels in the preview render literally and execute nothing', () => {
  let p: PreviewPage;

  before(async () => {
    p = await PreviewPage.open({ model });
  });
  after(() => p.close());

  test('the payloads stand in names, lane labels, branch labels and unit names of the four kinds of map', () => {
    assert.deepEqual([...new Set(model.diagrams.map((d) => d.kind))], ['level0', 'relasi', 'level1', 'cfm']);
    assert.ok(PAYLOADS.length >= 30);
    const all = model.diagrams.flatMap(expected);
    for (const payload of PAYLOADS) assert.ok(all.includes(fold(payload)), `payload in no map: ${payload.slice(0, 40)}`);
    const cfm = model.diagrams.filter((d) => d.kind === 'cfm');
    assert.ok(cfm.flatMap((d) => d.groups).filter((g) => PAYLOADS.includes(g.label)).length >= 3, 'lane labels');
    assert.ok(cfm.flatMap((d) => d.edges).filter((e) => e.label !== undefined && PAYLOADS.includes(e.label)).length >= 2, 'branch labels');
  });

  for (const d of model.diagrams) {
    test(`${d.id}: every label shows exactly as written, and nothing became markup`, async () => {
      await p.show(d);
      const drawn = (await p.page.locator(LABELS).allTextContents()).map(fold);
      for (const want of expected(d))
        assert.ok(
          drawn.some((t) => t.includes(want)),
          `${d.id}: "${want.slice(0, 60)}" is not shown literally`,
        );
      assert.equal(await p.page.locator('.stage svg :is(script, img, a, b, iframe, object, embed, math, svg svg, image)').count(), 0);
      const handlers = await p.page
        .locator('.stage svg *')
        .evaluateAll((els) =>
          els.flatMap((e) => [...e.attributes].filter((a) => a.name.toLowerCase().startsWith('on')).map((a) => a.name)),
        );
      assert.deepEqual(handlers, []);
      // Mermaid's configuration stayed ours: no directive in a label changed the diagram type or theme.
      assert.equal(await p.page.locator('.stage svg').getAttribute('aria-roledescription'), d.kind === 'cfm' ? 'swimlane' : 'flowchart-v2');
    });
  }

  test('the export of each map is a standalone SVG with every label, and opened as a document runs nothing', async () => {
    for (const d of model.diagrams) {
      await p.show(d);
      await p.send({ type: 'export', requestId: 1, format: 'svg', scale: 1 });
      const m = await p.waitFor((x) => x.type === 'exportResult' || (x.type === 'error' && x.requestId === 1));
      await p.clearPosted();
      assert.equal(m.type, 'exportResult', JSON.stringify(m));
      const file = p.tempFile(`${d.exportName}.svg`);
      writeFileSync(file, m.type === 'exportResult' ? m.data : '');
      const facts = await openSvg(p.browser, file);
      assertStandalone(facts, file);
      assert.deepEqual(missingLabels(d, facts), [], d.id);
    }
  });

  test('no script ran, no dialog opened, no request left the page', async () => {
    assert.equal(await p.page.evaluate(() => (globalThis as { __pwned?: unknown }).__pwned), undefined);
    assert.deepEqual(p.dialogs, []);
    assert.deepEqual(p.errors, []);
    const own = new Set(['/', '/export.js', '/preview.js', '/preview.css'].map((x) => `${p.origin}${x}`));
    assert.deepEqual(
      p.requests.filter((r) => !own.has(r)),
      [],
    );
  });
});
