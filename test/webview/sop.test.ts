import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { SopPageRef, WebviewMessage } from '../../server/src/protocol/webview';
import { openSvg, pngInk } from '../export/helpers';
import { REPO } from '../support/temp-model';
import { PreviewPage, STRINGS } from './harness';
import { sample, servedFiles, type Served } from './models';

const MAP = 'KELSKM.01.01.CFM.01';
const SOP1 = `${MAP}.SOP.01`;
const SOP2 = `${MAP}.SOP.02`;
const HOSTILE = '<img src=x onerror=alert(1)>';

const sopShown = (m: WebviewMessage): SopPageRef | null | undefined => (m.type === 'sopShown' ? m.sop : undefined);

/** The page's SOP AP stage: each `<text>` element's lines joined by spaces, and what else is there. */
async function sopFacts(p: PreviewPage): Promise<{ texts: string[]; page: string; imgs: number; foreign: number; label: string }> {
  return p.page.evaluate(() => {
    const stage = document.querySelector<HTMLElement>('.sop-stage');
    const texts = [...(stage?.querySelectorAll('svg text') ?? [])].map((t) =>
      [...t.querySelectorAll('tspan')].map((s) => s.textContent ?? '').join(' '),
    );
    return {
      texts,
      page: `${stage?.dataset.sop ?? ''} ${stage?.dataset.page ?? ''}`,
      imgs: document.querySelectorAll('img, image, iframe, object, embed').length + (stage?.querySelectorAll('script').length ?? 0),
      foreign: stage?.querySelectorAll('foreignObject').length ?? 0,
      label: document.querySelector('.sop-page')?.textContent ?? '',
    };
  });
}

describe('the SOP AP view of the preview page', () => {
  let p: PreviewPage;
  const model = sample('belajar/09-sop');

  /** Shows the map, and the SOP AP view answered as the host answers it; resolves when a page is on screen. */
  async function openSop(on: Served, id: string): Promise<SopPageRef> {
    const d = on.diagrams.find((x) => x.id === id);
    assert.ok(d, id);
    await p.show(d);
    await p.clearPosted();
    await p.page.click('.tool.sop');
    await p.waitFor((m) => m.type === 'sopRequest' && m.diagramId === id);
    await p.send({ type: 'sops', diagramId: id, sops: on.sops(id) });
    return shownNext();
  }

  /** The next page the view says it shows (messages posted since the last `clearPosted`). */
  async function shownNext(): Promise<SopPageRef> {
    const m = await p.waitFor((x) => !!sopShown(x));
    const sop = sopShown(m);
    assert.ok(sop);
    await p.clearPosted();
    return sop;
  }

  before(async () => {
    p = await PreviewPage.open({ model });
  });
  after(() => p.close());

  test('on a map that is not cross-functional the SOP AP button is disabled, and says why', async () => {
    const l0 = model.diagrams.find((d) => d.id === 'L0');
    assert.ok(l0);
    await p.show(l0);
    const button = p.page.locator('.tool.sop');
    assert.equal(await button.getAttribute('aria-disabled'), 'true');
    assert.equal(await button.getAttribute('title'), STRINGS.sopUnavailable);
    await p.clearPosted();
    await button.click({ force: true }); // it takes the click (its tooltip shows), and does nothing
    await p.settled();
    assert.deepEqual(
      (await p.posted()).filter((m) => m.type === 'sopRequest'),
      [],
    );
    assert.equal(await p.page.locator('.sop-bar').isHidden(), true);
  });

  test('a declared SOP: its identity page is drawn as SVG text, NOMOR SOP and the number as written', async () => {
    assert.deepEqual(await openSop(model, MAP), { kode: SOP1, page: 1 });
    const button = p.page.locator('.tool.sop');
    assert.equal(await button.getAttribute('aria-pressed'), 'true');
    assert.equal(await button.getAttribute('title'), STRINGS.sopView);
    const facts = await sopFacts(p);
    for (const t of ['NOMOR SOP', '470/012/SOP/2023', 'Penerbitan Surat Pengantar Kelurahan', 'DASAR HUKUM:'])
      assert.ok(facts.texts.includes(t), `${t} in ${JSON.stringify(facts.texts)}`);
    assert.equal(facts.label, 'Page 1 of 2');
    assert.equal(facts.foreign, 0);
    assert.ok(!facts.texts.includes('DRAF'), 'a declared SOP of a model without errors is no draft');
    assert.deepEqual(await p.page.locator('.sop-choice option').allTextContents(), [
      `${SOP1} Penerbitan Surat Pengantar Kelurahan`,
      `${SOP2} Penerbitan Surat Pengantar secara Daring`,
    ]);
    assert.equal(await p.page.locator('.sop-previous').isDisabled(), true);
    assert.equal(await p.page.locator('.stage').isHidden(), true, 'the map gives way');
  });

  test('the next page is the procedure: its lanes and its steps; the previous comes back', async () => {
    await p.page.click('.sop-next');
    assert.deepEqual(await shownNext(), { kode: SOP1, page: 2 });
    const facts = await sopFacts(p);
    for (const t of ['Seksi Pelayanan Umum', 'Lurah', 'Memeriksa berkas dan menyiapkan surat pengantar', 'Menandatangani surat pengantar'])
      assert.ok(facts.texts.includes(t), `${t} in ${JSON.stringify(facts.texts)}`);
    assert.ok(!facts.texts.includes('NOMOR SOP'));
    assert.equal(facts.label, 'Page 2 of 2');
    assert.equal(facts.page, `${SOP1} 2`);
    assert.equal(await p.page.locator('.sop-next').isDisabled(), true);
    await p.page.click('.sop-previous');
    assert.deepEqual(await shownNext(), { kode: SOP1, page: 1 });
    assert.ok((await sopFacts(p)).texts.includes('NOMOR SOP'));
  });

  test('the zoom buttons and keys move the SOP AP page, not the map beneath it', async () => {
    const transforms = (): Promise<string[]> =>
      p.page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.stage, .sop-stage')].map((s) => s.style.transform));
    const [map, sop] = await transforms();
    await p.page.click('.tool.zoom-in');
    await p.page.keyboard.press('+');
    const [map2, sop2] = await transforms();
    assert.equal(map2, map);
    assert.notEqual(sop2, sop);
  });

  test('another SOP of the map is chosen from the list: its own steps', async () => {
    await p.page.selectOption('.sop-choice', SOP2);
    assert.deepEqual(await shownNext(), { kode: SOP2, page: 1 });
    await p.page.click('.sop-next');
    assert.deepEqual(await shownNext(), { kode: SOP2, page: 2 });
    const facts = await sopFacts(p);
    for (const t of ['Permohonan daring lengkap?', 'Menandatangani surat pengantar secara elektronik', 'Ya', 'Tidak'])
      assert.ok(facts.texts.includes(t), `${t} in ${JSON.stringify(facts.texts)}`);
  });

  test('a new version of the model keeps the SOP and the page on screen', async () => {
    const d = model.diagrams.find((x) => x.id === MAP);
    assert.ok(d);
    await p.clearPosted();
    await p.send({ type: 'show', version: p.nextVersion(), diagram: d });
    await p.waitFor((m) => m.type === 'sopRequest' && m.diagramId === MAP);
    await p.send({ type: 'sops', diagramId: MAP, sops: model.sops(MAP) });
    assert.deepEqual(await shownNext(), { kode: SOP2, page: 2 });
    const state = (await p.state()) as { sop?: SopPageRef };
    assert.deepEqual(state.sop, { kode: SOP2, page: 2 }, 'kept for a panel that comes back');
  });

  test('the export is the page on screen: an SVG of its texts, whole and alone; a PNG twice its size', async () => {
    const file = p.tempFile(`${SOP2}-2.svg`);
    const svg = await p.exported('svg');
    writeFileSync(file, svg);
    const facts = await openSvg(p.browser, file);
    assert.equal(facts.root, 'http://www.w3.org/2000/svg svg');
    assert.equal(facts.parseErrors, 0);
    assert.equal(facts.width, '297mm');
    assert.equal(facts.height, '210mm');
    assert.equal(facts.viewBox, '0 0 297 210');
    assert.deepEqual(facts.outside, []);
    assert.equal(facts.scripts + facts.foreignObjects + facts.dialogs, 0);
    for (const t of ['Permohonan daring lengkap?', 'Seksi Pelayanan Umum', 'Lurah'])
      assert.ok(facts.texts.includes(t), `${t} in ${JSON.stringify(facts.texts)}`);
    const png = await pngInk(p.browser, await p.exported('png'));
    assert.equal(png.width, Math.ceil((297 / 25.4) * 96 * 2));
    assert.ok(png.dark > 1000, `ink: ${JSON.stringify(png)}`);
  });

  test('in the SOP AP view the draw.io button is disabled and says why; an export asked of it anyway answers with that error', async () => {
    const button = p.page.locator('.tool.export-drawio');
    assert.equal(await button.getAttribute('aria-disabled'), 'true');
    assert.equal(await button.getAttribute('title'), STRINGS.drawioMapsOnly);
    await p.clearPosted();
    await button.click({ force: true });
    await p.settled();
    assert.deepEqual(
      (await p.posted()).filter((m) => m.type === 'exportRequest'),
      [],
    );
    await p.send({ type: 'export', requestId: 77, format: 'drawio', scale: 1 });
    const m = await p.waitFor((x) => (x.type === 'error' || x.type === 'exportResult') && x.requestId === 77);
    assert.deepEqual(m.type === 'error' ? m.message : m.type, STRINGS.drawioMapsOnly);
  });

  test('a map that has no SOP, opened from the navigator, ends the SOP AP view: the map is back', async () => {
    const level1 = model.diagrams.find((d) => d.kind === 'level1');
    assert.ok(level1);
    await p.clearPosted();
    await p.show(level1);
    assert.ok(
      (await p.posted()).some((m) => m.type === 'sopShown' && m.sop === null),
      'the host hears the map is back',
    );
    assert.equal(await p.page.locator('.sop-bar').isHidden(), true);
    assert.equal(await p.page.locator('.sop-stage').isHidden(), true);
    assert.equal(await p.page.locator('.stage svg').isVisible(), true);
    assert.equal(await p.page.locator('.tool.sop').getAttribute('aria-pressed'), 'false');
  });

  test('a hostile step name stays literal text: no element made, nothing run', async () => {
    const text = readFileSync(path.join(REPO, 'samples/belajar/09-sop/contoh.ppb.yaml'), 'utf8');
    const hostile = text.replace('nama: Menandatangani surat pengantar\n', `nama: "${HOSTILE}"\n`);
    assert.notEqual(hostile, text);
    const bad = servedFiles({ 'contoh.ppb.yaml': hostile });
    await p.send({ type: 'catalog', uri: bad.uri, diagrams: bad.summaries });
    await openSop(bad, MAP);
    await p.page.click('.sop-next');
    await shownNext();
    const facts = await sopFacts(p);
    assert.ok(
      facts.texts.some((t) => t === HOSTILE),
      JSON.stringify(facts.texts),
    );
    assert.equal(facts.imgs, 0);
    const svg = (await p.exported('svg')).toString('utf8');
    assert.ok(svg.includes('&lt;img src=x'), 'escaped in the file');
    assert.ok(!/<img/i.test(svg));
    assert.deepEqual(p.dialogs, []);
    assert.deepEqual(p.errors, []);
  });
});

describe('the SOP AP view of a map without a declared SOP', () => {
  const model = sample('klambu');
  const MAP_K = 'KECKLB.06.03.CFM.02';
  let p: PreviewPage;

  before(async () => {
    const d = model.diagrams.find((x) => x.id === MAP_K);
    assert.ok(d);
    // A panel that comes back: it showed the draft's second page over this map.
    p = await PreviewPage.open({ model, state: { uri: model.uri, diagramId: MAP_K, sop: { kode: `${MAP_K}.SOP`, page: 2 } } });
  });
  after(() => p.close());

  test('a panel that comes back opens its SOP AP page again; the draft says DRAF on it, beside its lanes', async () => {
    const d = model.diagrams.find((x) => x.id === MAP_K);
    assert.ok(d);
    await p.show(d);
    await p.waitFor((m) => m.type === 'sopRequest' && m.diagramId === MAP_K);
    const sops = model.sops(MAP_K);
    assert.deepEqual(
      sops.map((s) => [s.kode, s.draft]),
      [[`${MAP_K}.SOP`, true]],
    );
    await p.send({ type: 'sops', diagramId: MAP_K, sops });
    const m = await p.waitFor((x) => !!sopShown(x));
    assert.deepEqual(sopShown(m), { kode: `${MAP_K}.SOP`, page: 2 });
    const facts = await sopFacts(p);
    for (const t of ['DRAF', 'Sekcam', 'Penyedia', 'Subbag Keu', 'Sesuai anggaran?', 'Membayar tagihan kepada penyedia'])
      assert.ok(facts.texts.includes(t), `${t} in ${JSON.stringify(facts.texts)}`);
    assert.equal(facts.label, `Page 2 of ${sops[0]?.pages.length ?? 0}`);
    assert.equal(await p.page.locator('.sop-choice option').textContent(), `${MAP_K}.SOP Penyediaan Bahan Logistik Kantor (draft)`);
    assert.deepEqual(p.errors, []);
  });
});
