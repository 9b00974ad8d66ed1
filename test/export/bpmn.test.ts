import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { bpmnXml } from '../../server/src/cli/editable/bpmn';
import type { ModdleElement } from '../../server/src/cli/editable/moddle';
import type { Diagram, DiagramNode } from '../../server/src/protocol/diagram';
import type { DrawingGeometry, DrawnBox, DrawnPoint } from '../../server/src/protocol/drawing-geometry';
import { diagramTitle } from '../../server/src/service';
import { launchChromium } from '../support/chromium';
import { REPO, TempModel } from '../support/temp-model';
import { boundsOf, labelBoundsOf, list, readBpmn, ref, text, waypointsOf, type Bounds, type ReadBpmn } from './bpmn-read';
import { viewInBpmnJs } from './bpmn-view';
import { drawnDiagrams } from './drawn-diagrams';
import { catalogOf } from './helpers';
import { hostileModel, PAYLOADS } from './hostile-model';

const JUDGED = 'test/fixtures/judged';
/** The realistic models the export must carry, by name: each must be found below with maps. */
const NAMED = [
  'variant-bpom-balai',
  'valid-bps-pst',
  'variant-bpsdm-pupr',
  'valid-joint-step-cuti',
  'valid-kementerian-pora',
  'valid-dpmptsp-izin',
];

/** True when a model folder declares a cross-functional map (its drawing is checked to hold one). */
function declaresMaps(dir: string): boolean {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.ppb\.ya?ml$/.test(f));
  return files.some((f) => /^peta_lintas_fungsi\s*:/m.test(readFileSync(path.join(dir, f), 'utf8')));
}

/** samples/klambu, then every judged valid or variant model with maps. */
const MODELS = [
  'samples/klambu',
  ...readdirSync(path.join(REPO, JUDGED))
    .filter((d) => /^(valid|variant)-/.test(d) && declaresMaps(path.join(REPO, JUDGED, d)))
    .sort()
    .map((d) => `${JUDGED}/${d}`),
];

interface Exported {
  readonly diagram: Diagram<unknown>;
  readonly geometry: DrawingGeometry;
  readonly xml: string;
}

/** Every cross-functional map of a model folder, drawn by the export bundle and exported to BPMN. */
async function exportMaps(dir: string): Promise<Exported[]> {
  const drawn = await drawnDiagrams(dir, (d) => d.kind === 'cfm');
  return Promise.all(drawn.map(async ({ diagram, geometry }) => ({ diagram, geometry, xml: await bpmnXml(diagram, geometry) })));
}

const isFlow = (e: { kind?: string }): boolean => (e.kind ?? 'flow') === 'flow';
const close = (a: number | undefined, b: number, tolerance = 0.01): boolean => a !== undefined && Math.abs(a - b) <= tolerance;
const sameBox = (a: Bounds | undefined, b: DrawnBox): boolean =>
  close(a?.x, b.x) && close(a?.y, b.y) && close(a?.width, b.width) && close(a?.height, b.height);
const contains = (outer: Bounds | undefined, inner: Bounds | undefined, tolerance = 0.5): boolean =>
  outer !== undefined &&
  inner !== undefined &&
  inner.x >= outer.x - tolerance &&
  inner.y >= outer.y - tolerance &&
  inner.x + inner.width <= outer.x + outer.width + tolerance &&
  inner.y + inner.height <= outer.y + outer.height + tolerance;
const centreOf = (b: Bounds): DrawnPoint => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });

/** How far a point lies from the outline a modeller draws for the element: an event's circle, a gateway's diamond, an activity's box. */
function offOutline(p: DrawnPoint, element: ModdleElement, b: Bounds): number {
  const c = centreOf(b);
  const [hw, hh] = [b.width / 2, b.height / 2];
  const [dx, dy] = [Math.abs(p.x - c.x), Math.abs(p.y - c.y)];
  if (element.$type.endsWith('Event')) return Math.abs(Math.hypot(dx, dy) - hw);
  if (element.$type.endsWith('Gateway')) return Math.abs(dx / hw + dy / hh - 1) / Math.hypot(1 / hw, 1 / hh);
  const outside = Math.hypot(Math.max(0, dx - hw), Math.max(0, dy - hh));
  return outside > 0 ? outside : Math.min(hw - dx, hh - dy);
}

/** What a step must be in BPMN, read from the diagram alone: the type of `Step_<id>` (and of `Step_<id>-back` for a connector the flow passes). */
function expectedTypes(n: DiagramNode<unknown>, d: Diagram<unknown>): string[] {
  const comesIn = d.edges.some((e) => isFlow(e) && e.to === n.id);
  const goesOn = d.edges.some((e) => isFlow(e) && e.from === n.id);
  switch (n.shape) {
    case 'terminator':
      return [goesOn ? 'bpmn:StartEvent' : 'bpmn:EndEvent'];
    case 'connector':
      return comesIn && goesOn
        ? ['bpmn:IntermediateThrowEvent', 'bpmn:IntermediateCatchEvent']
        : [goesOn ? 'bpmn:IntermediateCatchEvent' : 'bpmn:IntermediateThrowEvent'];
    case 'decision':
      return ['bpmn:ExclusiveGateway'];
    case 'activity':
    case 'document':
    case 'process':
    case 'party':
    case 'unit':
    case 'data':
      return ['bpmn:Task'];
  }
}

/** The elements a step became: its own, and a passing connector's catch. */
function stepElements(read: ReadBpmn, n: DiagramNode<unknown>): ModdleElement[] {
  return [read.byId[`Step_${n.id}`], read.byId[`Step_${n.id}-back`]].filter((e): e is ModdleElement => e !== undefined);
}
/** Where a step's flows come in (its own element) and go out (a passing connector's catch, else its own). */
const enterOf = (read: ReadBpmn, id: string): ModdleElement | undefined => read.byId[`Step_${id}`];
const leaveOf = (read: ReadBpmn, id: string): ModdleElement | undefined => read.byId[`Step_${id}-back`] ?? read.byId[`Step_${id}`];

/** The process and its pool as the map says: names, lanes in order, each step in its lane as what it is, every line. */
function checkProcess(x: Exported, read: ReadBpmn): void {
  const { diagram: d } = x;
  const name = d.exportName;
  assert.equal(text(read.definitions, 'exporter'), 'PPB', name);
  // The process's id is the map's code (prefixed); a code with other characters than an XML name's spells them out.
  const code = d.code ?? '';
  if (/^[A-Za-z0-9._-]+$/.test(code)) assert.equal(read.process.id, `Process_${code}`, name);
  else assert.match(read.process.id ?? '', /^Process_[A-Za-z0-9._-]+$/, name);
  assert.equal(read.process.isExecutable, false, name);
  assert.equal(read.participants.length, 1, name);
  assert.equal(text(read.participants[0], 'name'), diagramTitle(d), name);
  assert.equal(ref(read.participants[0], 'processRef'), read.process, name);
  const laneGroups = d.groups.filter((g) => g.kind === 'lane');
  assert.deepEqual(
    read.lanes.map((l) => text(l, 'name')),
    laneGroups.map((g) => g.label),
    `${name}: one lane per performer, in order`,
  );
  // Every id a valid XML name, each once.
  const ids = [...x.xml.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1] ?? '');
  assert.deepEqual(
    ids.filter((id) => !/^[A-Za-z_][A-Za-z0-9._-]*$/.test(id)),
    [],
    name,
  );
  assert.equal(new Set(ids).size, ids.length, `${name}: ids are unique`);

  for (const n of d.nodes) {
    const elements = stepElements(read, n);
    const where = `${name} ${n.id} (${n.shape} "${n.label}")`;
    assert.deepEqual(
      elements.map((e) => e.$type),
      expectedTypes(n, d),
      where,
    );
    const own = elements[0];
    assert.ok(own);
    for (const e of elements) {
      const holding = read.lanes.filter((l) => list(l, 'flowNodeRef').includes(e));
      assert.equal(holding.length, 1, `${where}: in exactly one lane`);
      assert.equal(
        read.lanes.indexOf(holding[0] ?? own),
        laneGroups.findIndex((g) => g.id === n.group),
        `${where}: in its performer's lane`,
      );
    }
    const events = elements.filter((e) => e.$type.endsWith('Event'));
    for (const e of events) {
      if (e.$type === 'bpmn:StartEvent' || e.$type === 'bpmn:IntermediateCatchEvent')
        assert.deepEqual(list(e, 'incoming'), [], `${where}: nothing comes into it`);
      if (e.$type === 'bpmn:EndEvent' || e.$type === 'bpmn:IntermediateThrowEvent')
        assert.deepEqual(list(e, 'outgoing'), [], `${where}: nothing leaves it`);
      if (e.$type.startsWith('bpmn:Intermediate')) {
        const links = list(e, 'eventDefinitions');
        assert.deepEqual(
          links.map((l) => [l.$type, text(l, 'name')]),
          [['bpmn:LinkEventDefinition', n.label]],
          `${where}: a link named by the connector`,
        );
      }
    }
    // The name as the map says it; a connector's with the code of the map it leads to, as our drawing shows it.
    assert.equal(text(own, 'name'), n.shape === 'connector' && n.code !== undefined ? `${n.code} ${n.label}` : n.label, where);
    if (n.shape === 'decision') {
      const branches = d.edges.filter((e) => isFlow(e) && e.from === n.id).map((e) => e.label ?? '');
      assert.deepEqual(
        list(own, 'outgoing')
          .map((f) => text(f, 'name') ?? '')
          .sort(),
        branches.sort(),
        `${where}: its branches, by their labels`,
      );
    }
    if (n.shape === 'document') {
      const outputs = list(own, 'dataOutputAssociations');
      assert.equal(outputs.length, 1, `${where}: puts out its document`);
      const paper = ref(outputs[0], 'targetRef');
      assert.equal(paper?.$type, 'bpmn:DataObjectReference', where);
      assert.equal(text(ref(paper, 'dataObjectRef'), 'name'), n.label, where);
    }
  }

  // Each line of work a sequence flow between its steps (a passing connector's flows leave from its catch).
  const flowsLeft = read.flowElements.filter((e) => e.$type === 'bpmn:SequenceFlow');
  for (const e of d.edges.filter(isFlow)) {
    const source = leaveOf(read, e.from);
    const target = enterOf(read, e.to);
    const i = flowsLeft.findIndex((f) => ref(f, 'sourceRef') === source && ref(f, 'targetRef') === target && text(f, 'name') === e.label);
    assert.ok(i >= 0, `${name}: a sequence flow ${e.from} → ${e.to} ${e.label ?? ''}`);
    const flow = flowsLeft.splice(i, 1)[0];
    assert.ok(
      flow && list(source, 'outgoing').includes(flow) && list(target, 'incoming').includes(flow),
      `${name}: ${e.from} → ${e.to} in outgoing and incoming`,
    );
  }
  assert.deepEqual(
    flowsLeft.map((f) => f.id),
    [],
    `${name}: no other sequence flow`,
  );
  // A joint step's line an undirected association between the two copies; `order` lines nothing.
  const together = d.edges.filter((e) => e.kind === 'together');
  const associations = read.artifacts.filter((a) => a.$type === 'bpmn:Association');
  assert.deepEqual(
    associations.map((a) => [ref(a, 'sourceRef')?.id, ref(a, 'targetRef')?.id, text(a, 'associationDirection')]),
    together.map((e) => [`Step_${e.from}`, `Step_${e.to}`, 'None']),
    name,
  );
}

/** The diagram as our drawing: lanes and boxes where we drew them, events centred on our shapes, lines touching their shapes. */
function checkLayout(x: Exported, read: ReadBpmn): void {
  const { diagram: d, geometry: g } = x;
  const name = d.exportName;
  assert.equal(ref(read.plane, 'bpmnElement'), read.collaboration, name);
  const laneGroups = d.groups.filter((gr) => gr.kind === 'lane');
  const laneDi = new Map<string, ModdleElement | undefined>();
  laneGroups.forEach((gr, i) => {
    const drawn = g.groups.find((b) => b.id === gr.id);
    assert.ok(drawn, `${name}: lane ${gr.label} drawn`);
    const di = read.di(read.lanes[i] ?? read.process);
    assert.ok(sameBox(boundsOf(di), drawn), `${name}: lane ${gr.label} where we drew it`);
    assert.equal(di?.isHorizontal, true, name);
    laneDi.set(gr.id, di);
  });
  // The pool: the lanes with a header strip left of them, where the modeller writes the map's title.
  const pool = read.di(read.participants[0] ?? read.process);
  const poolBox = boundsOf(pool);
  assert.equal(pool?.isHorizontal, true, name);
  for (const di of laneDi.values()) assert.ok(contains(poolBox, boundsOf(di)), `${name}: the pool holds the lanes`);
  const lanesLeft = Math.min(...[...laneDi.values()].map((di) => boundsOf(di)?.x ?? 0));
  assert.ok(close(poolBox?.x, lanesLeft - 30), `${name}: the pool's header is 30 px, left of the lanes`);

  for (const n of d.nodes) {
    const drawn = g.nodes.find((b) => b.id === n.id);
    assert.ok(drawn, `${name} ${n.id} drawn`);
    const where = `${name} ${n.id} (${n.shape})`;
    const elements = stepElements(read, n);
    for (const e of elements) {
      const b = boundsOf(read.di(e));
      assert.ok(b, `${where}: has a shape`);
      if (e.$type.endsWith('Event')) {
        assert.ok(close(b.width, 36) && close(b.height, 36), `${where}: a 36 px circle`);
        const c = centreOf(b);
        const ours = centreOf(drawn);
        // One event centred on our shape; a passing connector's two side by side on its middle line.
        if (elements.length === 1) assert.ok(close(c.x, ours.x) && close(c.y, ours.y), `${where}: centred on our shape`);
        else assert.ok(close(c.y, ours.y) && c.x > drawn.x && c.x < drawn.x + drawn.width, `${where}: on our shape's middle line`);
      } else {
        assert.ok(sameBox(b, drawn), `${where}: our box`);
      }
      // Our drawing lets a box reach a pixel into the next lane (KECKLB.02.01.CFM.01's s4, by 1.1 px): the same here.
      assert.ok(contains(boundsOf(laneDi.get(n.group ?? '')), b, 1.5), `${where}: inside its lane`);
    }
    if (n.shape === 'document') {
      const paper = ref(list(elements[0], 'dataOutputAssociations')[0], 'targetRef');
      assert.ok(
        contains(boundsOf(laneDi.get(n.group ?? '')), boundsOf(read.di(paper ?? read.process))),
        `${where}: its paper inside its lane`,
      );
    }
  }

  // Lines: our corners, the ends on the shapes; branch labels near ours, off the line.
  const seen = new Map<string, number>();
  for (const e of d.edges) {
    const key = `${e.from}>${e.to}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    if (e.kind !== undefined && e.kind !== 'flow' && e.kind !== 'together') continue;
    const source = leaveOf(read, e.from);
    const target = enterOf(read, e.to);
    assert.ok(source && target);
    const line = [...read.flowElements, ...read.artifacts].find(
      (f) => ref(f, 'sourceRef') === source && ref(f, 'targetRef') === target && (e.kind === 'together' || text(f, 'name') === e.label),
    );
    const where = `${name} ${e.from} → ${e.to}`;
    assert.ok(line, where);
    const di = read.di(line);
    const points = waypointsOf(di);
    assert.ok(points.length >= 2, `${where}: drawn`);
    const [first, last] = [points[0], points[points.length - 1]];
    const [sb, tb] = [boundsOf(read.di(source)), boundsOf(read.di(target))];
    assert.ok(first && last && sb && tb);
    assert.ok(offOutline(first, source, sb) <= 1, `${where}: starts on its source (${offOutline(first, source, sb).toFixed(2)} px off)`);
    assert.ok(offOutline(last, target, tb) <= 1, `${where}: ends on its target (${offOutline(last, target, tb).toFixed(2)} px off)`);
    const ours = g.edges.find((o) => o.from === e.from && o.to === e.to && o.occurrence === occurrence);
    assert.ok(ours, `${where}: drawn by us`);
    const inside = (p: DrawnPoint, b: Bounds): boolean => p.x >= b.x && p.x <= b.x + b.width && p.y >= b.y && p.y <= b.y + b.height;
    const shapeOf = (id: string): DrawnBox => g.nodes.find((b) => b.id === id) ?? { x: 0, y: 0, width: 0, height: 0 };
    for (const p of ours.points.slice(1, -1)) {
      // A corner inside our shape of either end gives way to the line's new end; every other stays.
      if (inside(p, shapeOf(e.from)) || inside(p, shapeOf(e.to))) continue;
      assert.ok(
        points.some((q) => close(q.x, p.x) && close(q.y, p.y)),
        `${where}: keeps our corner ${p.x},${p.y}`,
      );
    }
    const label = labelBoundsOf(di);
    if (ours.label) {
      assert.ok(label, `${where}: its label has a box`);
      assert.ok(close(label.width, ours.label.width) && close(label.height, ours.label.height), `${where}: its label our size`);
      assert.ok(
        Math.abs(label.x - ours.label.x) <= ours.label.width + 4 && Math.abs(label.y - ours.label.y) <= ours.label.height + 4,
        `${where}: its label beside ours`,
      );
    }
  }
}

describe('BPMN export of cross-functional maps', () => {
  const exported = new Map<string, Exported[]>();
  let browser: Browser;
  before(async () => {
    browser = await launchChromium();
    for (const m of MODELS) exported.set(m, await exportMaps(path.join(REPO, m)));
  });
  after(async () => {
    await browser.close();
  });
  const mapsOf = (model: string): Exported[] => exported.get(model) ?? [];

  test('the 22 maps of samples/klambu and the maps of every named judged model are exported', () => {
    assert.equal(mapsOf('samples/klambu').length, 22);
    for (const m of NAMED) assert.ok(MODELS.includes(`${JUDGED}/${m}`), m);
    for (const m of MODELS) assert.ok(mapsOf(m).length > 0, `${m} has cross-functional maps`);
  });

  for (const model of MODELS) {
    test(`${model}: each map reads back in bpmn-moddle without a warning, one lane per performer in order, each step in its lane as the event, task or gateway it is, each line a flow`, async () => {
      for (const x of mapsOf(model)) {
        const read = await readBpmn(x.xml);
        assert.deepEqual(read.warnings, [], x.diagram.exportName);
        checkProcess(x, read);
      }
    });

    test(`${model}: each map's shapes stand where our drawing put them, in their lanes, and each line starts and ends on its shapes`, async () => {
      for (const x of mapsOf(model)) checkLayout(x, await readBpmn(x.xml));
    });

    test(`${model}: bpmn-js imports each map without a warning or an error and draws every element and label`, async () => {
      for (const x of mapsOf(model)) {
        const read = await readBpmn(x.xml);
        const view = await viewInBpmnJs(browser, x.xml);
        const name = x.diagram.exportName;
        assert.deepEqual(view.warnings, [], name);
        assert.deepEqual(view.pageErrors, [], name);
        // Every element with a shape or a line; with a label of its own when a modeller writes the name outside.
        const drawn = list(read.plane, 'planeElement').map((di) => ref(di, 'bpmnElement') ?? read.process);
        const outside = drawn.filter(
          (e) => /Event$|Gateway$|^bpmn:SequenceFlow$|^bpmn:DataObjectReference$/.test(e.$type) && (text(e, 'name') ?? '') !== '',
        );
        assert.deepEqual(
          view.elementIds.sort(),
          [...drawn.map((e) => e.id ?? ''), ...outside.map((e) => `${e.id ?? ''}_label`)].sort(),
          name,
        );
      }
    });
  }

  test('the same map gives the same file', async () => {
    const [x] = mapsOf('samples/klambu');
    assert.ok(x);
    assert.equal(await bpmnXml(x.diagram, x.geometry), x.xml);
  });

  test('a name with characters XML 1.0 cannot hold (controls, U+FFFE, a lone surrogate) is written without them, and the file holds only XML characters', async () => {
    const [x] = mapsOf('samples/klambu');
    assert.ok(x);
    const task = x.diagram.nodes.find((n) => n.shape === 'activity');
    assert.ok(task);
    const name = `Ke\u0001 peta\u001f lain\ufffe \ud800selesai`;
    const diagram = { ...x.diagram, nodes: x.diagram.nodes.map((n) => (n === task ? { ...n, label: name } : n)) };
    const xml = await bpmnXml(diagram, x.geometry);
    // XML 1.0's Char production.
    assert.match(xml, /^[\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]*$/u);
    const read = await readBpmn(xml);
    assert.deepEqual(read.warnings, []);
    const names = Object.values(read.byId).map((e) => text(e, 'name'));
    assert.ok(names.includes('Ke peta lain selesai'), JSON.stringify(names.filter((n) => n?.startsWith('Ke'))));
  });

  test('a diagram that is not a cross-functional map is refused, by name', async () => {
    const catalog = await catalogOf(path.join(REPO, 'samples/klambu'));
    const others = catalog
      .list()
      .filter((s) => s.kind !== 'cfm')
      .map((s) => catalog.get(s.id));
    assert.ok(others.length >= 3);
    const geometry: DrawingGeometry = { width: 100, height: 100, nodes: [], groups: [], edges: [] };
    for (const d of others) {
      assert.ok(d);
      await assert.rejects(
        bpmnXml(d, geometry),
        new RegExp(`cross-functional maps only: ${d.exportName.replace(/\./g, '\\.')} is a ${d.kind} diagram`),
      );
    }
  });
});

describe('BPMN export of hostile labels', () => {
  let browser: Browser;
  let model: TempModel;
  let maps: Exported[] = [];
  before(async () => {
    browser = await launchChromium();
    model = new TempModel();
    model.write('hostile.ppb.yaml', hostileModel());
    maps = await exportMaps(model.dir);
  });
  after(async () => {
    await browser.close();
    model.dispose();
  });

  /** Every label of a map that the BPMN file names: the title, the lanes, the steps and the branches. */
  const labels = (d: Diagram<unknown>): string[] => [
    d.title,
    ...d.groups.map((g) => g.label),
    ...d.nodes.map((n) => n.label),
    ...d.edges.flatMap((e) => (e.label ? [e.label] : [])),
  ];

  test('every payload reads back from bpmn-moddle literally, as a name', async () => {
    assert.equal(maps.length, 2);
    const found = new Set<string>();
    for (const x of maps) {
      const read = await readBpmn(x.xml);
      assert.deepEqual(read.warnings, [], x.diagram.exportName);
      const names = new Set(
        Object.values(read.byId)
          .flatMap((e) => [text(e, 'name'), ...list(e, 'eventDefinitions').map((l) => text(l, 'name'))])
          .filter((s): s is string => s !== undefined),
      );
      for (const l of labels(x.diagram)) {
        assert.ok(names.has(l), `${x.diagram.exportName}: ${JSON.stringify(l.slice(0, 60))} is a name`);
        found.add(l);
      }
    }
    // The maps hold (nearly) every payload, so the check above read them back.
    const held = PAYLOADS.filter((p) => found.has(p));
    assert.ok(held.length >= PAYLOADS.length - 3, `${held.length} of ${PAYLOADS.length} payloads in the maps`);
  });

  test('in bpmn-js nothing of a payload runs, loads or becomes markup, and each shows as text', async () => {
    for (const x of maps) {
      const view = await viewInBpmnJs(browser, x.xml);
      const name = x.diagram.exportName;
      assert.deepEqual(view.warnings, [], name);
      assert.deepEqual(view.pageErrors, [], name);
      assert.equal(view.dialogs, 0, name);
      assert.equal(view.pwned, undefined, name);
      assert.deepEqual(view.foreign, [], name);
      // bpmn-js breaks a label into lines where it likes: compare without white space.
      const squeeze = (s: string): string => s.replace(/\s+/g, '');
      const shown = squeeze(view.texts.join(''));
      for (const l of labels(x.diagram)) assert.ok(shown.includes(squeeze(l)), `${name}: ${JSON.stringify(l.slice(0, 60))} shown as text`);
    }
  });
});
