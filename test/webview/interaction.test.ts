import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import type { Location } from 'vscode-languageserver-protocol';
import type { Diagram, DiagramNode } from '../../server/src/protocol/diagram';
import { PreviewPage, STRINGS } from './harness';
import { klambu } from './models';

const model = klambu();

function diagram(id: string): Diagram<Location> {
  const d = model.diagrams.find((x) => x.id === id);
  if (!d) throw new Error(`no diagram ${id}`);
  return d;
}

function node(d: Diagram<Location>, match: (n: DiagramNode<Location>) => boolean): DiagramNode<Location> {
  const n = d.nodes.find(match);
  if (!n) throw new Error(`${d.id}: no such node`);
  return n;
}

/** The same map with one step renamed: another text, the same map. */
function renamed(d: Diagram<Location>, nodeId: string, label: string): Diagram<Location> {
  return { ...d, nodes: d.nodes.map((n) => (n.id === nodeId ? { ...n, label } : n)) };
}

/** A cross-functional map with `steps` activities in three lanes. */
function longMap(steps: number): Diagram<Location> {
  const lanes = ['a', 'b', 'c'].map((x) => ({ id: `lane_${x}`, label: `Lane ${x}`, kind: 'lane' as const }));
  const nodes = Array.from({ length: steps }, (_, i) => ({
    id: `s${i}`,
    label: `Step ${i}`,
    shape: 'activity' as const,
    group: lanes[i % 3]?.id ?? 'lane_a',
  }));
  const edges = nodes.slice(1).map((n, i) => ({ from: `s${i}`, to: n.id }));
  return { id: `X.CFM.${steps}`, kind: 'cfm', code: `X.CFM.${steps}`, title: 'Long', exportName: 'X', groups: lanes, nodes, edges };
}

describe('the preview page talks to the host', () => {
  let p: PreviewPage;
  const cfm = diagram('KECKLB.06.03.CFM.02');
  const l0 = diagram('L0');

  before(async () => {
    p = await PreviewPage.open({ model });
  });
  after(() => p.close());
  beforeEach(() => p.clearPosted());

  test('a click on a step posts reveal with its source', async () => {
    await p.show(cfm);
    await p.clearPosted();
    const step = node(cfm, (n) => n.shape === 'activity');
    await p.page.locator(`.stage g.node[data-node-id="${step.id}"]`).click();
    const m = await p.waitFor((x) => x.type === 'reveal');
    assert.deepEqual(m, { type: 'reveal', location: step.source });
    assert.equal(
      (await p.posted()).some((x) => x.type === 'open'),
      false,
    );
  });

  test('a click on a process posts open with the map it opens, and reveal', async () => {
    await p.show(l0);
    await p.clearPosted();
    const box = node(l0, (n) => n.opens !== undefined);
    await p.page.locator(`.stage g.node[data-node-id="${box.id}"]`).click();
    assert.deepEqual(await p.waitFor((x) => x.type === 'open'), { type: 'open', diagramId: box.opens });
    assert.deepEqual(await p.waitFor((x) => x.type === 'reveal'), { type: 'reveal', location: box.source });
  });

  test('Enter on a focused node does what a click does; a drag does not click', async () => {
    await p.show(l0);
    await p.clearPosted();
    const box = node(l0, (n) => n.opens !== undefined);
    const g = p.page.locator(`.stage g.node[data-node-id="${box.id}"]`);
    await g.focus();
    await p.page.keyboard.press('Enter');
    assert.deepEqual(await p.waitFor((x) => x.type === 'open'), { type: 'open', diagramId: box.opens });
    await p.clearPosted();
    const before = await p.page.locator('.stage').getAttribute('style');
    const b = await g.boundingBox();
    assert.ok(b);
    await p.page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
    await p.page.mouse.down();
    await p.page.mouse.move(b.x + b.width / 2 + 60, b.y + b.height / 2 + 30, { steps: 5 });
    await p.page.mouse.up();
    assert.notEqual(await p.page.locator('.stage').getAttribute('style'), before, 'the drag pans');
    await p.show(cfm); // a round trip through the page: any click message would be posted by now
    assert.deepEqual(
      (await p.posted()).filter((x) => x.type === 'open' || x.type === 'reveal'),
      [],
    );
  });

  test('a syntax error shows a banner (as text) while the last diagram stays; clicking it reveals the error', async () => {
    await p.show(cfm);
    await p.page.locator('.stage svg').evaluate((el) => el.setAttribute('data-mark', 'kept'));
    const location = { uri: 'file:///ws/proses.ppb.yaml', range: { start: { line: 3, character: 2 }, end: { line: 3, character: 9 } } };
    const text = 'proses.ppb.yaml, line 4: <b>bad</b> indentation';
    await p.send({ type: 'banner', banner: { text, location } });
    const banner = p.page.locator('.banner');
    await banner.waitFor({ state: 'visible' });
    assert.equal(await banner.textContent(), text);
    assert.equal(await banner.locator('b').count(), 0);
    assert.equal(await p.page.locator('.stage svg').getAttribute('data-mark'), 'kept');
    await banner.click();
    assert.deepEqual(await p.waitFor((x) => x.type === 'reveal'), { type: 'reveal', location });
    await p.send({ type: 'banner', banner: null });
    await banner.waitFor({ state: 'hidden' });
    assert.equal(await p.page.locator('.stage svg').getAttribute('data-mark'), 'kept');
  });

  test('the node under the cursor is highlighted; a highlight for another map is ignored', async () => {
    await p.show(cfm);
    const [a, b] = cfm.nodes;
    assert.ok(a && b);
    await p.send({ type: 'highlight', diagramId: cfm.id, nodeId: a.id });
    await p.page.locator(`.stage g.node.ppb-highlight[data-node-id="${a.id}"]`).waitFor();
    await p.send({ type: 'highlight', diagramId: 'L0', nodeId: b.id });
    await p.settled();
    const marked = (): Promise<(string | null)[]> =>
      p.page.locator('.stage g.node.ppb-highlight').evaluateAll((els) => els.map((e) => e.getAttribute('data-node-id')));
    assert.deepEqual(await marked(), [a.id], 'a highlight for another map leaves the mark where it was');
    await p.send({ type: 'highlight', diagramId: cfm.id, nodeId: b.id });
    await p.page.locator(`.stage g.node.ppb-highlight[data-node-id="${b.id}"]`).waitFor();
    assert.deepEqual(await marked(), [b.id]);
    await p.send({ type: 'highlight', diagramId: cfm.id, nodeId: null });
    await p.page.locator('.stage g.node.ppb-highlight').waitFor({ state: 'detached' });
  });

  test('in the Peta Relasi, a unit under the cursor is marked in every process it works in', async () => {
    const relasi = diagram('relasi');
    await p.show(relasi);
    const camat = relasi.nodes.filter((n) => n.label === 'Camat' && n.group?.startsWith('pelaksana'));
    const first = camat[0];
    assert.ok(first && camat.length > 1);
    await p.send({ type: 'highlight', diagramId: relasi.id, nodeId: first.id });
    await p.page.locator(`.stage g.node.ppb-highlight[data-node-id="${first.id}"]`).waitFor();
    const marked = await p.page.locator('.stage g.node.ppb-highlight').evaluateAll((els) => els.map((e) => e.getAttribute('data-node-id')));
    const twins = relasi.nodes.filter((n) => JSON.stringify(n.source) === JSON.stringify(first.source)).map((n) => n.id);
    assert.deepEqual(marked.sort(), twins.sort());
    assert.ok(twins.length >= camat.length);
  });

  test('zoom and scroll are kept in the state, and a panel shown again comes back to them', async () => {
    await p.show(cfm);
    await p.page.locator('button.zoom-in').click();
    const saved = (await p.state()) as { diagramId?: string; view?: { k: number; x: number; y: number } };
    assert.equal(saved.diagramId, cfm.id);
    assert.ok(saved.view && saved.view.k > 0);
    const again = await PreviewPage.open({ model, state: saved });
    try {
      await again.show(cfm);
      const style = await again.page.locator('.stage').getAttribute('style');
      const shown = /translate\(([-\d.]+)px, ([-\d.]+)px\) scale\(([-\d.]+)\)/
        .exec(style ?? '')
        ?.slice(1)
        .map(Number);
      assert.ok(shown, style ?? '');
      assert.deepEqual(
        shown.map((x) => x.toFixed(2)),
        [saved.view.x, saved.view.y, saved.view.k].map((x) => x.toFixed(2)),
      );
      // Another map is fitted as usual.
      await again.show(diagram('L0'));
      assert.notEqual(await again.page.locator('.stage').getAttribute('style'), style);
    } finally {
      await again.close();
    }
    await p.show(diagram('L0')); // the next test starts from another map
  });

  test('zoom by keys and buttons stays across updates of the same map; another map is fitted', async () => {
    await p.show(cfm);
    const stage = p.page.locator('.stage');
    const fitted = await stage.getAttribute('style');
    await p.page.locator('.frame').focus();
    await p.page.keyboard.press('+');
    await p.page.keyboard.press('ArrowLeft');
    await p.page.locator('button.zoom-in').click();
    const zoomed = await stage.getAttribute('style');
    assert.notEqual(zoomed, fitted);
    const step = node(cfm, (n) => n.shape === 'activity');
    await p.show(renamed(cfm, step.id, 'Nama langkah yang baru'));
    assert.equal(await stage.getAttribute('style'), zoomed, 'an update of the same map keeps zoom and scroll');
    await p.show(cfm);
    assert.equal(await stage.getAttribute('style'), zoomed);
    await p.page.keyboard.press('0');
    assert.equal(await stage.getAttribute('style'), fitted, '0 fits again');
    await p.page.locator('button.zoom-out').click();
    await p.show(l0);
    const l0Shown = await stage.getAttribute('style');
    await p.page.locator('button.reset').click();
    await p.page.locator('button.fit').click();
    assert.equal(await stage.getAttribute('style'), l0Shown, 'another map is shown fitted');
    await p.show(cfm);
    assert.equal(await stage.getAttribute('style'), fitted, 'a map shown anew is fitted');
  });

  test('the same text is not drawn again; its nodes take the new sources', async () => {
    await p.show(cfm);
    await p.page.locator('.stage svg').evaluate((el) => el.setAttribute('data-mark', 'same'));
    await p.clearPosted();
    const moved = {
      ...cfm,
      nodes: cfm.nodes.map((n) =>
        n.source ? { ...n, source: { ...n.source, range: { start: { line: 99, character: 0 }, end: { line: 99, character: 3 } } } } : n,
      ),
    };
    const m = await p.show(moved);
    assert.equal(m.drawn, false, 'the same text was drawn again');
    assert.equal(await p.page.locator('.stage svg').getAttribute('data-mark'), 'same');
    const step = node(moved, (n) => n.shape === 'activity');
    await p.clearPosted();
    await p.page.locator(`.stage g.node[data-node-id="${step.id}"]`).click();
    assert.deepEqual(await p.waitFor((x) => x.type === 'reveal'), { type: 'reveal', location: step.source });
  });

  test('a render overtaken by a newer map is thrown away; an older version is dropped', async () => {
    const first = p.nextVersion();
    const second = p.nextVersion();
    await p.send({ type: 'show', version: first, diagram: diagram('relasi') });
    await p.send({ type: 'show', version: second, diagram: cfm });
    await p.waitFor((x) => x.type === 'rendered' && x.version === second);
    assert.equal(
      (await p.posted()).some((x) => x.type === 'rendered' && x.version === first && x.drawn),
      false,
    );
    assert.equal(await p.page.locator('.stage').getAttribute('data-diagram-id'), cfm.id);
    await p.send({ type: 'show', version: first, diagram: l0 });
    await p.show(cfm);
    assert.equal(
      (await p.posted()).some((x) => x.type === 'rendered' && x.diagramId === 'L0'),
      false,
    );
  });

  test('a progress indicator shows while Mermaid draws, and goes when the drawing is there', async () => {
    await p.show(cfm);
    const progress = p.page.locator('.progress');
    assert.equal(await progress.isHidden(), true);
    const version = p.nextVersion();
    await p.send({ type: 'show', version, diagram: diagram('relasi') });
    await progress.waitFor({ state: 'visible' });
    assert.equal(await progress.textContent(), STRINGS.rendering);
    await p.waitFor((x) => x.type === 'rendered' && x.version === version);
    await progress.waitFor({ state: 'hidden' });
  });

  test('a cross-functional map too long for swimlanes says so and offers the quick drawing', async () => {
    const long = longMap(61);
    await p.send({ type: 'show', version: p.nextVersion(), diagram: long });
    const notice = p.page.locator('.notice');
    await notice.waitFor({ state: 'visible' });
    assert.equal(await notice.locator('p').textContent(), STRINGS.tooLargeLanes.replace('{0}', '61').replace('{1}', '60'));
    assert.deepEqual(await notice.locator('button').allTextContents(), [STRINGS.renderWithoutLanes, STRINGS.renderAnyway]);
    await notice.locator('button[data-choice="subgraph"]').click();
    await p.waitFor((x) => x.type === 'rendered' && x.diagramId === long.id);
    assert.equal(await p.page.locator('.stage g.node').count(), 61);
    assert.equal(await p.page.locator('.stage svg').getAttribute('aria-roledescription'), 'flowchart-v2');
  });

  test('a map of more nodes than the limit says so and offers to draw anyway', async () => {
    const big = { ...longMap(301), kind: 'level1' as const, groups: [], nodes: longMap(301).nodes.map(({ group: _g, ...n }) => n) };
    await p.send({ type: 'show', version: p.nextVersion(), diagram: big });
    const notice = p.page.locator('.notice');
    await notice.waitFor({ state: 'visible' });
    assert.equal(await notice.locator('p').textContent(), STRINGS.tooLarge.replace('{0}', '301').replace('{1}', '300'));
    assert.deepEqual(await notice.locator('button').allTextContents(), [STRINGS.renderAnyway]);
    await p.show(cfm);
    await notice.waitFor({ state: 'hidden' });
  });

  test('the navigator lists every map by group, code and name; the breadcrumb climbs to Level 0', async () => {
    await p.show(cfm);
    assert.deepEqual(await p.page.locator('.nav-group h2').allTextContents(), [
      'Level 0',
      'Relation map',
      'Level 1',
      'Cross-functional maps',
    ]);
    assert.equal(await p.page.locator('.nav-item').count(), 30);
    const current = p.page.locator('.nav-item[aria-current="page"]');
    assert.equal(await current.getAttribute('data-id'), cfm.id);
    assert.equal(await current.textContent(), `${cfm.code ?? ''}${cfm.title}`);
    assert.deepEqual(await p.page.locator('.breadcrumb .crumb').allTextContents(), [
      'Peta Proses Bisnis Level 0 Kecamatan Klambu',
      'KECKLB.06',
      `${cfm.code ?? ''}${cfm.title}`,
    ]);
    await p.clearPosted();
    await p.page.locator('.breadcrumb button.crumb[data-id="KECKLB.06"]').click();
    assert.deepEqual(await p.waitFor((x) => x.type === 'open'), { type: 'open', diagramId: 'KECKLB.06' });
    await p.page.locator('.nav-item[data-id="relasi"]').click();
    assert.deepEqual(await p.waitFor((x) => x.type === 'open' && x.diagramId === 'relasi'), { type: 'open', diagramId: 'relasi' });
    const { view, ...where } = (await p.state()) as { view?: unknown };
    assert.deepEqual(where, { uri: model.uri, diagramId: cfm.id });
    assert.ok(view, 'the zoom is kept in the state');
  });

  test('switching VS Code to a dark theme draws the map again', async () => {
    await p.show(cfm);
    await p.clearPosted();
    await p.page.locator('body').evaluate((el) => el.setAttribute('class', 'vscode-dark'));
    await p.waitFor((x) => x.type === 'rendered' && x.diagramId === cfm.id && x.drawn);
    await p.clearPosted();
    await p.page.locator('body').evaluate((el) => el.setAttribute('class', 'vscode-light'));
    await p.waitFor((x) => x.type === 'rendered' && x.diagramId === cfm.id && x.drawn);
  });

  test('a notice replaces the drawing when there is nothing to show', async () => {
    await p.show(cfm);
    await p.send({ type: 'notice', version: p.nextVersion(), text: 'Nothing <i>here</i>' });
    await p.page.locator('.notice').waitFor({ state: 'visible' });
    assert.equal(await p.page.locator('.notice').textContent(), 'Nothing <i>here</i>');
    assert.equal(await p.page.locator('.stage svg').count(), 0);
    await p.show(cfm);
  });
});
