import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import type { DrawnBox, DrawnPoint } from '../../server/src/protocol/drawing-geometry';
import { diagramTitle, drawioDiagram, drawioFile } from '../../server/src/service';
import { launchChromium } from '../support/chromium';
import { REPO, TempModel } from '../support/temp-model';
import { drawnDiagrams, type DrawnDiagram } from './drawn-diagrams';
import { labelsOf } from './helpers';
import { hostileModel, PAYLOADS } from './hostile-model';
import type { DecodedCell, DecodedPage } from './maxgraph-page';
import { openMaxGraph, type MaxGraphReader } from './maxgraph-reader';

/**
 * `.drawio` files of real maps, written by our writer from the drawing's geometry, read back by
 * maxGraph (the maintained mxGraph, draw.io's library) in Chromium: its codec decodes the cells,
 * its view draws them, and both must agree with our SVG.
 */

const MODELS = [
  'samples/klambu',
  'test/fixtures/judged/variant-bpom-balai',
  'test/fixtures/judged/valid-bps-pst',
  'test/fixtures/judged/variant-bpsdm-pupr',
  'test/fixtures/judged/valid-joint-step-cuti',
  'test/fixtures/judged/valid-kementerian-pora',
];

/** Our cell ids (drawio.ts): the tests find a node's, a frame's and a line's cell by them. */
const nodeCell = (id: string): string => `n-${id}`;
const groupCell = (id: string): string => `g-${id}`;

/** How far (px) maxGraph may draw a thing from where our SVG has it: the geometry's tenths, and rounding. */
const CLOSE = 0.6;
/**
 * How far a step may reach past its lane: no more than the SVG's own lanes let it (two steps of
 * KECKLB.02.01.CFM.01 reach 1.1 px past their lane's bottom edge in the SVG, which draw.io keeps).
 */
const LANE_SLACK = 1.5;
/** How far a line's end may move onto draw.io's outline of its shape (drawio-edges.ts, REACH). */
const REACH = 40;

const near = (a: number, b: number, tolerance = CLOSE): boolean => Math.abs(a - b) <= tolerance;
const nearBox = (a: DrawnBox, b: DrawnBox): boolean =>
  near(a.x, b.x) && near(a.y, b.y) && near(a.width, b.width) && near(a.height, b.height);
const show = (b: DrawnBox | DrawnPoint): string => JSON.stringify(b);

/**
 * A label as a value holds it when the drawing broke it into lines: at a space (the space
 * becomes the line feed) or inside a word (`perundang-` / `undangan`); nothing else differs.
 */
function printedAs(label: string): RegExp {
  const chars = [...label.replace(/\s+/g, ' ').trim()];
  return new RegExp(chars.map((c) => (c === ' ' ? '[ \\n]' : c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))).join('\\n?'), 'u');
}

interface ModelFile {
  readonly drawn: DrawnDiagram[];
  readonly file: string;
  readonly pages: DecodedPage[];
}

/** Each cell's box in the page's coordinates: its geometry plus its containers' corners. */
function absoluteBoxes(cells: readonly DecodedCell[]): Map<string, DrawnBox> {
  const byId = new Map(cells.map((c) => [c.id, c]));
  const boxes = new Map<string, DrawnBox>();
  const boxOf = (c: DecodedCell): DrawnBox | undefined => {
    const known = boxes.get(c.id);
    if (known) return known;
    if (!c.vertex || !c.geometry) return undefined;
    const parent = c.parent !== null ? byId.get(c.parent) : undefined;
    const origin = parent ? boxOf(parent) : undefined;
    const box = {
      x: c.geometry.x + (origin?.x ?? 0),
      y: c.geometry.y + (origin?.y ?? 0),
      width: c.geometry.width,
      height: c.geometry.height,
    };
    boxes.set(c.id, box);
    return box;
  };
  for (const c of cells) boxOf(c);
  return boxes;
}

describe('draw.io export: every map of the sample, of five realistic models and of a hostile one, read back by maxGraph', () => {
  let browser: Browser;
  let reader: MaxGraphReader;
  const out = mkdtempSync(path.join(os.tmpdir(), 'ppb-drawio-'));
  const files = new Map<string, ModelFile>();

  before(async () => {
    browser = await launchChromium();
    reader = await openMaxGraph(browser);
    for (const model of MODELS) {
      const drawn = await drawnDiagrams(path.join(REPO, model));
      const file = path.join(out, `${path.basename(model)}.drawio`);
      writeFileSync(file, drawioFile(drawn.map((d) => drawioDiagram(d.diagram, d.geometry))));
      const pages = await reader.decode(readFileSync(file, 'utf8'));
      files.set(model, { drawn, file, pages });
    }
  });
  after(async () => {
    await reader.close();
    await browser.close();
    rmSync(out, { recursive: true, force: true });
  });

  /** Each drawn map of a model with its page as maxGraph decoded it. */
  const pagesOf = (model: string): { d: DrawnDiagram; page: DecodedPage }[] => {
    const f = files.get(model);
    assert.ok(f, model);
    assert.equal(f.pages.length, f.drawn.length, `${model}: one page per map`);
    return f.drawn.map((d, i) => {
      const page = f.pages[i];
      assert.ok(page, d.diagram.exportName);
      return { d, page };
    });
  };

  for (const model of MODELS) {
    test(`${model}: one page per map, named by its title, as large as its picture`, () => {
      for (const { d, page } of pagesOf(model)) {
        assert.equal(page.id, d.diagram.exportName);
        assert.equal(page.name, diagramTitle(d.diagram));
        assert.deepEqual([page.pageWidth, page.pageHeight], [d.geometry.width, d.geometry.height], d.diagram.exportName);
      }
    });

    test(`${model}: maxGraph decodes one vertex per node with the label as printed, one edge per drawn line between existing cells, none for order lines`, () => {
      for (const { d, page } of pagesOf(model)) {
        const name = d.diagram.exportName;
        const cells = new Map(page.cells.map((c) => [c.id, c]));
        assert.equal(cells.size, page.cells.length, `${name}: cell ids are unique`);
        const printed = new Map(d.geometry.nodes.map((n) => [n.id, n.lines.join('\n')]));
        for (const n of d.diagram.nodes) {
          const cell = cells.get(nodeCell(n.id));
          assert.ok(cell?.vertex, `${name}: node ${n.id}`);
          assert.equal(cell.value, printed.get(n.id), `${name}: ${n.id}`);
        }
        const lines = d.diagram.edges.filter((e) => (e.kind ?? 'flow') !== 'order');
        const edges = page.cells.filter((c) => c.edge);
        assert.equal(edges.length, lines.length, `${name}: one edge per line, none for an order`);
        const ends = new Set([...d.diagram.nodes.map((n) => nodeCell(n.id)), ...d.diagram.groups.map((g) => groupCell(g.id))]);
        const wanted = lines.map((e) => `${e.from} ${e.to}`).sort();
        const decoded = edges.map((e) => {
          assert.ok(e.source !== null && cells.has(e.source) && ends.has(e.source), `${name}: ${e.id} source ${e.source}`);
          assert.ok(e.target !== null && cells.has(e.target) && ends.has(e.target), `${name}: ${e.id} target ${e.target}`);
          return `${e.source.replace(/^[ng]-/, '')} ${e.target.replace(/^[ng]-/, '')}`;
        });
        assert.deepEqual(decoded.sort(), wanted, `${name}: each line between its own ends`);
      }
    });

    test(`${model}: each step of a cross-functional map is a child of its lane's swimlane and lies inside it; lanes in the map's order`, () => {
      let maps = 0;
      for (const { d, page } of pagesOf(model)) {
        if (d.diagram.kind !== 'cfm') continue;
        maps++;
        const name = d.diagram.exportName;
        const cells = new Map(page.cells.map((c) => [c.id, c]));
        const lanes = d.diagram.groups.filter((g) => g.kind === 'lane');
        assert.deepEqual(
          page.cells.filter((c) => c.style.shape === 'swimlane').map((c) => c.id),
          lanes.map((g) => groupCell(g.id)),
          name,
        );
        for (const lane of lanes) {
          const cell = cells.get(groupCell(lane.id));
          assert.equal(cell?.style.horizontal, 0, `${name}: ${lane.id} has its title on the left`);
          assert.equal(cell.value, lane.label.replace(/\s+/g, ' ').trim(), `${name}: ${lane.id}`);
        }
        for (const n of d.diagram.nodes) {
          const cell = cells.get(nodeCell(n.id));
          const lane = n.group !== undefined ? cells.get(groupCell(n.group)) : undefined;
          assert.ok(cell?.geometry && lane?.geometry, `${name}: ${n.id} in lane ${n.group}`);
          assert.equal(cell.parent, lane.id, `${name}: ${n.id}`);
          const g = cell.geometry;
          const l = lane.geometry;
          const inside =
            g.x >= -LANE_SLACK && g.y >= -LANE_SLACK && g.x + g.width <= l.width + LANE_SLACK && g.y + g.height <= l.height + LANE_SLACK;
          assert.ok(inside, `${name}: ${n.id} ${show(g)} outside its lane ${show(l)}`);
        }
      }
      const all = files.get(model)?.drawn.filter((x) => x.diagram.kind === 'cfm').length;
      assert.equal(maps, all);
    });

    test(`${model}: decoded boxes of nodes, frames and the title are the SVG's boxes; frameless groups have no cell`, () => {
      for (const { d, page } of pagesOf(model)) {
        const name = d.diagram.exportName;
        const boxes = absoluteBoxes(page.cells);
        for (const n of d.geometry.nodes) {
          const box = boxes.get(nodeCell(n.id));
          assert.ok(box && nearBox(box, n), `${name}: ${n.id} at ${show(box ?? n)}, the SVG has ${show(n)}`);
        }
        const kinds = new Map(d.diagram.groups.map((g) => [g.id, g.kind]));
        for (const g of d.geometry.groups) {
          const box = boxes.get(groupCell(g.id));
          const kind = kinds.get(g.id);
          if (kind === 'row' || kind === 'stack') assert.equal(box, undefined, `${name}: ${g.id} has no frame`);
          else assert.ok(box && nearBox(box, g), `${name}: ${g.id} at ${show(box ?? g)}, the SVG has ${show(g)}`);
        }
        const title = d.geometry.title;
        const titleCell = page.cells.find((c) => c.id === 'title');
        assert.equal(titleCell?.value, title?.lines.join('\n'), name);
        const titleBox = boxes.get('title');
        if (title)
          assert.ok(titleBox && nearBox(titleBox, title), `${name}: the title at ${show(titleBox ?? title)}, the SVG's at ${show(title)}`);
      }
    });

    test(`${model}: maxGraph draws each line through the SVG's corners, ending within reach of the SVG's ends, its label at the SVG label's centre`, async () => {
      const f = files.get(model);
      assert.ok(f);
      const text = readFileSync(f.file, 'utf8');
      for (const [index, d] of f.drawn.entries()) {
        const name = d.diagram.exportName;
        await reader.render(text, index);
        const states = new Map((await reader.states()).map((s) => [s.id, s]));
        for (const n of d.geometry.nodes) {
          const s = states.get(nodeCell(n.id));
          assert.ok(s && nearBox(s, n), `${name}: ${n.id} drawn at ${show(s ?? n)}, the SVG has ${show(n)}`);
        }
        const seen = new Map<string, number>();
        for (const e of d.diagram.edges) {
          const key = `${e.from}-${e.to}`;
          const occurrence = seen.get(key) ?? 0;
          seen.set(key, occurrence + 1);
          if ((e.kind ?? 'flow') === 'order') continue;
          const drawn = d.geometry.edges.find((g) => g.from === e.from && g.to === e.to && g.occurrence === occurrence);
          const s = states.get(`e-${key}-${occurrence}`);
          assert.ok(drawn && s?.points, `${name}: ${key} #${occurrence}`);
          const at = `${name}: ${key} #${occurrence}`;
          assert.equal(s.points.length, drawn.points.length, at);
          drawn.points.forEach((p, i) => {
            const q = s.points?.[i];
            assert.ok(q, at);
            const inner = i > 0 && i < drawn.points.length - 1;
            const ok = inner ? near(q.x, p.x) && near(q.y, p.y) : Math.hypot(q.x - p.x, q.y - p.y) <= REACH;
            assert.ok(ok, `${at}: point ${i} drawn at ${show(q)}, the SVG has ${show(p)}`);
          });
          assert.equal(drawn.label !== undefined, e.label !== undefined, `${at}: the drawing printed its label`);
          if (drawn.label) {
            const c = { x: drawn.label.x + drawn.label.width / 2, y: drawn.label.y + drawn.label.height / 2 };
            assert.ok(
              s.label && near(s.label.x, c.x, 1) && near(s.label.y, c.y, 1),
              `${at}: label at ${show(s.label ?? c)}, the SVG's at ${show(c)}`,
            );
          }
        }
      }
    });

    test(`${model}: every label is plain text (html=0 on every styled cell) and every text the map shows is a value`, () => {
      for (const { d, page } of pagesOf(model)) {
        const name = d.diagram.exportName;
        const styled = page.cells.filter((c) => c.vertex || c.edge);
        for (const c of styled) assert.equal(c.style.html, 0, `${name}: ${c.id}`);
        const missing = labelsOf(d.diagram).filter((l) => !styled.some((c) => printedAs(l).test(c.value ?? '')));
        assert.deepEqual(missing, [], name);
      }
    });
  }

  test('every payload comes back literally as a cell value, and decoding and drawing every page runs nothing and loads nothing', async () => {
    const model = new TempModel();
    model.write('hostile.ppb.yaml', hostileModel());
    const drawn = await drawnDiagrams(model.dir).finally(() => model.dispose());
    const file = drawioFile(drawn.map((d) => drawioDiagram(d.diagram, d.geometry)));
    assert.doesNotMatch(file, /<(script|img|iframe|svg|math|a|style|object|embed)\b/i, 'no payload is markup in the file');
    const reader = await openMaxGraph(browser);
    try {
      const pages = await reader.decode(file);
      assert.equal(pages.length, drawn.length);
      const values = pages.flatMap((p) => p.cells.map((c) => c.value ?? ''));
      const missing = PAYLOADS.filter((p) => !values.some((v) => printedAs(p).test(v)));
      assert.deepEqual(missing, [], 'every payload is a value, literally');
      for (let i = 0; i < pages.length; i++) await reader.render(file, i);
      const incidents = await reader.incidents();
      assert.equal(incidents.dialogs, 0);
      assert.deepEqual(incidents.pageErrors, []);
      assert.deepEqual(incidents.requests, []);
      assert.equal(incidents.pwned, undefined);
      const markup = await reader.page.evaluate(
        () => document.querySelectorAll('#graph img, #graph script, #graph iframe, #graph foreignObject').length,
      );
      assert.equal(markup, 0, 'maxGraph drew every label as text');
    } finally {
      await reader.close();
    }
  });
});
