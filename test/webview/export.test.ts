import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import * as path from 'node:path';
import { drawioDiagram, drawioFile } from '../../server/src/service';
import { drawnDiagrams } from '../export/drawn-diagrams';
import { assertStandalone, missingLabels, openSvg, pngInk } from '../export/helpers';
import { REPO } from '../support/temp-model';
import { pngSize, readPng } from '../support/png';
import { PreviewPage } from './harness';
import { klambu } from './models';

const model = klambu();

describe('export from the preview page', () => {
  let p: PreviewPage;

  before(async () => {
    p = await PreviewPage.open({ model });
  });
  after(() => p.close());

  test('with no map shown, an export answers with an error', async () => {
    await p.send({ type: 'export', requestId: 999, format: 'svg', scale: 1 });
    const m = await p.waitFor((x) => x.type === 'error' || x.type === 'exportResult');
    assert.equal(m.type, 'error');
    assert.equal(m.type === 'error' ? m.requestId : undefined, 999);
  });

  for (const id of ['L0', 'relasi', 'KECKLB.06', 'KECKLB.06.03.CFM.02']) {
    test(`${id}: the SVG stands alone, holds every label and its title`, async () => {
      const d = model.diagrams.find((x) => x.id === id);
      assert.ok(d);
      await p.show(d);
      const file = p.tempFile(`${d.exportName}.svg`);
      writeFileSync(file, await p.exported('svg'));
      const facts = await openSvg(p.browser, file);
      assertStandalone(facts, file);
      assert.deepEqual(missingLabels(d, facts), []);
      assert.ok(facts.texts.includes(d.code ? `${d.code} ${d.title}` : d.title), 'title');
    });
  }

  test("Level 1: each sub-process's performers stand on their own line, in smaller type than its name", async () => {
    const d = model.diagrams.find((x) => x.id === 'KECKLB.06');
    assert.ok(d);
    await p.show(d);
    const svg = (await p.exported('svg')).toString('utf8');
    // Each line of a label is a <tspan> with its own style; its font size is in that style.
    const spans = [...svg.matchAll(/<tspan[^>]*font-size:([\d.]+)px[^>]*>([^<]*)<\/tspan>/g)].map((m) => ({
      size: Number(m[1]),
      text: m[2] ?? '',
    }));
    const notes = spans.filter((s) => s.text.startsWith('Pelaksana: '));
    const codes = spans.filter((s) => /^KECKLB\.06\.\d\d$/.test(s.text.trim()));
    assert.equal(notes.length, d.nodes.filter((n) => n.note !== undefined).length, 'one performers line per sub-process');
    assert.ok(codes.length > 0);
    const name = Math.min(...codes.map((s) => s.size));
    for (const n of notes) assert.ok(n.size < name && n.size >= 0.8 * name, `${n.text}: ${n.size}px against ${name}px`);
  });

  test('draw.io: the map shown as the very file `ppb export --format drawio` writes, one page named by its title', async () => {
    for (const id of ['KECKLB.06.03.CFM.02', 'L0']) {
      const d = model.diagrams.find((x) => x.id === id);
      assert.ok(d);
      await p.show(d);
      const xml = (await p.exported('drawio')).toString('utf8');
      const [cli] = await drawnDiagrams(path.join(REPO, 'samples/klambu'), (x) => x.id === id);
      assert.ok(cli);
      assert.equal(xml, drawioFile([drawioDiagram(cli.diagram, cli.geometry)]), id);
      assert.match(xml, new RegExp(`<diagram id="${d.exportName.replace(/\./g, '\\.')}" name="`));
    }
  });

  test('the PNG is twice the real size by default, and not blank', async () => {
    const d = model.diagrams.find((x) => x.id === 'KECKLB.06.03.CFM.02');
    assert.ok(d);
    await p.show(d);
    const svg = (await p.exported('svg')).toString('utf8');
    const width = Number(/<svg[^>]*\swidth="(\d+)"/.exec(svg)?.[1]);
    const height = Number(/<svg[^>]*\sheight="(\d+)"/.exec(svg)?.[1]);
    assert.ok(width > 0 && height > 0);
    const png = await p.exported('png');
    assert.deepEqual(pngSize(png), { width: width * 2, height: height * 2 });
    const ink = await pngInk(p.browser, png);
    assert.ok(ink.inked / ink.sampled > 0.05, `only ${ink.inked} of ${ink.sampled} pixels drawn`);
    assert.ok(ink.dark > 500, 'no text or lines');
    const one = await p.exported('png', 1);
    assert.deepEqual(pngSize(one), { width, height });
    // The PNG reader the VS Code suite checks exports with (no Chromium there) reads what Chromium reads.
    const inChromium = await pngInk(p.browser, one, width);
    const inNode = readPng(one);
    assert.deepEqual([inNode.inked, inNode.dark], [inChromium.inked, inChromium.dark]);
    const huge = await p.exported('png', 8);
    assert.ok(pngSize(huge).width <= 32_767 && pngSize(huge).width >= width * 7.9, 'a scale the canvas can hold is drawn as asked');
  });

  test('a dark preview exports the same picture as a light one (the export theme)', async () => {
    const d = model.diagrams.find((x) => x.id === 'KECKLB.06');
    assert.ok(d);
    const ids = (svg: Buffer): string => svg.toString('utf8').replace(/ppb-(export-)?\d+/g, 'ID');
    await p.show(d);
    const light = ids(await p.exported('svg'));
    await p.page.locator('body').evaluate((el) => el.setAttribute('class', 'vscode-dark'));
    await p.waitFor((x) => x.type === 'rendered' && x.diagramId === d.id && x.drawn);
    const dark = ids(await p.exported('svg'));
    await p.page.locator('body').evaluate((el) => el.setAttribute('class', 'vscode-light'));
    assert.equal(dark, light);
  });
});
