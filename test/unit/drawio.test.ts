import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Diagram } from '../../server/src/protocol/diagram';
import type { DrawingGeometry, DrawnEdge, DrawnNode, DrawnText } from '../../server/src/protocol/drawing-geometry';
import { drawioDiagram, drawioFile, xmlAttribute } from '../../server/src/service';
import { allElements, parseXml, type XmlElement } from './xml-tree';

/** Small hand-made maps and where a drawing put their parts, written as draw.io pages. */

const HOSTILE = '<img src=x onerror=alert(1)>';

/** A drawn node: its box and its lines as printed. */
const drawnNode = (id: string, [x, y, width, height]: readonly number[], ...lines: string[]): DrawnNode => ({
  id,
  x: x ?? 0,
  y: y ?? 0,
  width: width ?? 0,
  height: height ?? 0,
  lines,
});

/** A drawn line from its corners, given as x, y, x, y, …. */
function line(from: string, to: string, occurrence: number, xy: readonly number[], label?: DrawnText): DrawnEdge {
  const points = xy.flatMap((x, i) => (i % 2 === 0 ? [{ x, y: xy[i + 1] ?? 0 }] : []));
  return { from, to, occurrence, points, ...(label ? { label } : {}) };
}

const CFM: Diagram<unknown> = {
  id: 'X.01.CFM.01',
  kind: 'cfm',
  code: 'X.01.CFM.01',
  title: 'Uji <b>peta</b> & "kutip"',
  exportName: 'X.01.CFM.01',
  groups: [
    { id: 'lane_a', label: 'Unit A', kind: 'lane' },
    { id: 'lane_b', label: 'Unit B', kind: 'lane' },
  ],
  nodes: [
    { id: 's0', label: 'Mulai', shape: 'terminator', group: 'lane_a' },
    { id: 's1', label: HOSTILE, shape: 'activity', group: 'lane_a' },
    { id: 's2', label: 'Sesuai?', shape: 'decision', group: 'lane_b' },
    { id: 's3', label: 'Surat', shape: 'document', group: 'lane_b' },
    { id: 's4', label: 'Ke peta lain', shape: 'connector', group: 'lane_b' },
  ],
  edges: [
    { from: 's0', to: 's1' },
    { from: 's1', to: 's2' },
    { from: 's2', to: 's3', label: 'Ya' },
    { from: 's2', to: 's1', label: 'Tidak' },
    { from: 's3', to: 's4', kind: 'order' },
    { from: 's3', to: 's4' },
  ],
};

const CFM_GEOMETRY: DrawingGeometry = {
  width: 620,
  height: 400,
  title: { x: 200, y: 8, width: 220, height: 22, lines: ['X.01.CFM.01 Uji <b>peta</b> & "kutip"'] },
  groups: [
    { id: 'lane_b', x: 8, y: 190, width: 600, height: 200, titleWidth: 32 },
    { id: 'lane_a', x: 8, y: 40, width: 600, height: 150, titleWidth: 32 },
  ],
  nodes: [
    drawnNode('s0', [60, 90, 100, 48], 'Mulai'),
    drawnNode('s1', [220, 70, 150, 90], '<img src=x', 'onerror=alert(1)>'),
    drawnNode('s2', [245, 220, 100, 100], 'Sesuai?'),
    drawnNode('s3', [420, 240, 120, 60], 'Surat'),
    // A character XML 1.0 cannot hold, as a label might carry it.
    drawnNode('s4', [420, 320, 120, 50], 'Ke peta\u0001 lain'),
  ],
  edges: [
    // Each arrow stops 4 px short of its step, where Mermaid's arrow head begins.
    line('s0', 's1', 0, [160, 114, 216, 114]),
    line('s1', 's2', 0, [295, 160, 295, 216]),
    line('s2', 's3', 0, [345, 270, 416, 270], { x: 370, y: 262, width: 20, height: 16, lines: ['Ya'] }),
    line('s2', 's1', 0, [245, 270, 200, 270, 200, 115, 216, 115], { x: 180, y: 180, width: 40, height: 17, lines: ['Tidak'] }),
    line('s3', 's4', 0, [480, 300, 480, 320]),
    line('s3', 's4', 1, [470, 300, 470, 316]),
  ],
};

/** Level 0's nesting: a frameless row holding frames, a stack inside a band, a frame listed before its band. */
const LEVEL0: Diagram<unknown> = {
  id: 'L0',
  kind: 'level0',
  title: 'Peta Level 0',
  exportName: 'X.L0',
  groups: [
    { id: 'row_utama', label: '', kind: 'row' },
    { id: 'pemasok', label: 'Pemasok', kind: 'set', parent: 'row_utama' },
    { id: 'pelaksana', label: 'Pelaksana', kind: 'set', parent: 'stack_x' },
    { id: 'band_utama', label: 'Proses Utama', kind: 'band', parent: 'row_utama' },
    { id: 'stack_x', label: '', kind: 'stack', parent: 'band_utama' },
  ],
  nodes: [
    { id: 'in_a', label: 'Warga', shape: 'party', group: 'pemasok' },
    { id: 'p1', code: 'X.01', label: 'Layanan', shape: 'process', group: 'stack_x' },
    { id: 'u1', label: 'Camat', shape: 'unit', group: 'pelaksana' },
    { id: 'u2', label: 'Sekcam', shape: 'unit', group: 'row_utama' },
    { id: 'd1', label: 'Masukan', shape: 'data' },
  ],
  edges: [
    { from: 'pemasok', to: 'band_utama', kind: 'value' },
    { from: 'in_a', to: 'd1', kind: 'io' },
    { from: 'p1', to: 'u1', kind: 'takes-part' },
    { from: 'u1', to: 'u2', kind: 'together' },
    { from: 'row_utama', to: 'd1', kind: 'order' },
  ],
};

const LEVEL0_GEOMETRY: DrawingGeometry = {
  width: 900,
  height: 500,
  groups: [
    { id: 'row_utama', x: 10, y: 100, width: 880, height: 380 },
    { id: 'pemasok', x: 20, y: 110, width: 200, height: 200 },
    { id: 'band_utama', x: 300, y: 110, width: 400, height: 360 },
    { id: 'stack_x', x: 310, y: 140, width: 380, height: 320 },
    { id: 'pelaksana', x: 320, y: 300, width: 200, height: 150 },
  ],
  nodes: [
    drawnNode('in_a', [40, 150, 120, 54], 'Warga'),
    drawnNode('p1', [330, 150, 180, 80], 'X.01', 'Layanan'),
    drawnNode('u1', [340, 350, 100, 48], 'Camat'),
    drawnNode('u2', [750, 350, 100, 48], 'Sekcam'),
    drawnNode('d1', [40, 380, 160, 60], 'Masukan'),
  ],
  edges: [
    line('pemasok', 'band_utama', 0, [220, 210, 296, 210]),
    line('in_a', 'd1', 0, [100, 204, 100, 376]),
    line('p1', 'u1', 0, [390, 230, 390, 350]),
    line('u1', 'u2', 0, [440, 374, 750, 374]),
    line('row_utama', 'd1', 0, [100, 480, 100, 490]),
  ],
};

/** The cells of a page, by id, in document order. */
function cellsOf(page: XmlElement): Map<string, XmlElement> {
  const cells = allElements(page).filter((e) => e.name === 'mxCell');
  const byId = new Map(cells.map((c) => [c.attributes.id ?? '', c]));
  assert.equal(byId.size, cells.length, 'cell ids are unique');
  return byId;
}

/** A style string as draw.io reads it: `name;key=value;…` to keys and values (a bare name as `name: ''`). */
function styleOf(cell: XmlElement | undefined): Record<string, string> {
  const style: Record<string, string> = {};
  for (const part of (cell?.attributes.style ?? '').split(';').filter((p) => p !== '')) {
    const [k = '', v = ''] = part.split('=');
    style[k] = v;
  }
  return style;
}

function geometryOf(cell: XmlElement | undefined): Record<string, number> {
  const g = cell?.children.find((c) => c.name === 'mxGeometry');
  assert.ok(g, `${cell?.attributes.id}: no geometry`);
  return Object.fromEntries(Object.entries(g.attributes).flatMap(([k, v]) => (k === 'as' || k === 'relative' ? [] : [[k, Number(v)]])));
}

function pointsOf(cell: XmlElement | undefined): { x: number; y: number }[] {
  const g = cell?.children.find((c) => c.name === 'mxGeometry');
  const array = g?.children.find((c) => c.name === 'Array' && c.attributes.as === 'points');
  return (array?.children ?? []).map((p) => ({ x: Number(p.attributes.x), y: Number(p.attributes.y) }));
}

interface Point {
  readonly x: number;
  readonly y: number;
}

/** The point `fraction` of the way along a polyline, as mxGraph places an edge label (its geometry's x, from -1..1 to 0..1). */
function pointAlong(path: readonly Point[], fraction: number): Point {
  const segments = path.slice(1).map((b, i) => ({ a: path[i] ?? b, b }));
  const lengths = segments.map(({ a, b }) => Math.hypot(b.x - a.x, b.y - a.y));
  let along = fraction * lengths.reduce((x, y) => x + y, 0);
  for (const [i, { a, b }] of segments.entries()) {
    const len = lengths[i] ?? 0;
    if (along <= len || i === segments.length - 1) return { x: a.x + ((b.x - a.x) * along) / len, y: a.y + ((b.y - a.y) * along) / len };
    along -= len;
  }
  return path[0] ?? { x: 0, y: 0 };
}

describe("drawioDiagram: a map as a draw.io page at its drawing's places", () => {
  const text = drawioDiagram(CFM, CFM_GEOMETRY);
  const page = parseXml(text);
  const cells = cellsOf(page);

  test("the page is named by the map's code and title, its id the export name, its size the picture's, uncompressed", () => {
    assert.equal(page.name, 'diagram');
    assert.equal(page.attributes.id, 'X.01.CFM.01');
    assert.equal(page.attributes.name, 'X.01.CFM.01 Uji <b>peta</b> & "kutip"');
    const model = page.children[0];
    assert.equal(model?.name, 'mxGraphModel');
    assert.equal(model.attributes.pageWidth, '620');
    assert.equal(model.attributes.pageHeight, '400');
    assert.equal(model.children[0]?.name, 'root');
  });

  test("cells: the root and its layer, lanes in the map's order, every node, every line but the order one, the title", () => {
    assert.deepEqual(
      [...cells.keys()],
      [
        '0',
        '1',
        'g-lane_a',
        'g-lane_b',
        'n-s0',
        'n-s1',
        'n-s2',
        'n-s3',
        'n-s4',
        'e-s0-s1-0',
        'e-s1-s2-0',
        'e-s2-s3-0',
        'e-s2-s1-0',
        'e-s3-s4-1',
        'title',
      ],
    );
    assert.deepEqual(cells.get('0')?.attributes, { id: '0' });
    assert.deepEqual(cells.get('1')?.attributes, { id: '1', parent: '0' });
    for (const [id, c] of cells) {
      if (id === '0' || id === '1') continue;
      assert.ok((c.attributes.vertex === '1') !== (c.attributes.edge === '1'), `${id} is a vertex or an edge`);
    }
  });

  test("lanes are swimlanes with their title strip on the left, as wide as the drawing's, on the layer", () => {
    for (const id of ['g-lane_a', 'g-lane_b']) {
      const lane = cells.get(id);
      const style = styleOf(lane);
      assert.equal(lane?.attributes.parent, '1');
      assert.ok('swimlane' in style && style.shape === 'swimlane', id);
      assert.equal(style.horizontal, '0');
      assert.equal(style.startSize, '32');
      assert.equal(style.collapsible, '0');
    }
    assert.equal(cells.get('g-lane_a')?.attributes.value, 'Unit A');
    assert.deepEqual(geometryOf(cells.get('g-lane_a')), { x: 8, y: 40, width: 600, height: 150 });
  });

  test("each step is a child of its lane, placed relative to the lane's corner", () => {
    assert.equal(cells.get('n-s1')?.attributes.parent, 'g-lane_a');
    assert.deepEqual(geometryOf(cells.get('n-s1')), { x: 212, y: 30, width: 150, height: 90 });
    assert.equal(cells.get('n-s2')?.attributes.parent, 'g-lane_b');
    assert.deepEqual(geometryOf(cells.get('n-s2')), { x: 237, y: 30, width: 100, height: 100 });
  });

  test("SOP AP symbols are draw.io's flowchart shapes, in our colours", () => {
    assert.equal(styleOf(cells.get('n-s0')).shape, 'mxgraph.flowchart.terminator');
    assert.equal(styleOf(cells.get('n-s1')).shape, undefined);
    assert.equal(styleOf(cells.get('n-s1')).rounded, '0');
    assert.equal(styleOf(cells.get('n-s2')).shape, 'rhombus');
    assert.equal(styleOf(cells.get('n-s3')).shape, 'document');
    assert.equal(styleOf(cells.get('n-s4')).shape, 'offPageConnector');
    assert.deepEqual(
      ['fillColor', 'strokeColor', 'fontColor'].map((k) => styleOf(cells.get('n-s2'))[k]),
      ['#fff8e1', '#b8860b', '#3d2c00'],
    );
    assert.equal(styleOf(cells.get('n-s0')).fontSize, '16');
    assert.equal(styleOf(cells.get('n-s0')).fontFamily, 'Trebuchet MS');
    assert.equal(styleOf(cells.get('title')).fontSize, '18');
  });

  test('labels are literal text: html=0 on every styled cell, the lines as printed joined by line feeds, markup escaped', () => {
    for (const [id, c] of cells) if (c.attributes.style !== undefined) assert.equal(styleOf(c).html, '0', id);
    assert.doesNotMatch(text, /html=1/);
    assert.equal(cells.get('n-s1')?.attributes.value, '<img src=x\nonerror=alert(1)>');
    assert.ok(text.includes('value="&lt;img src=x&#xa;onerror=alert(1)&gt;"'), 'the value attribute holds the characters, escaped');
    assert.doesNotMatch(text, /<img|<b>/);
    assert.equal(cells.get('n-s4')?.attributes.value, 'Ke peta lain', 'a character XML forbids is dropped');
    assert.equal(cells.get('title')?.attributes.value, 'X.01.CFM.01 Uji <b>peta</b> & "kutip"');
  });

  test('a line joins the cells of its ends on the layer, leaves and enters where the drawing has it, its arrow head reaching the step', () => {
    const e = cells.get('e-s0-s1-0');
    assert.deepEqual([e?.attributes.parent, e?.attributes.source, e?.attributes.target], ['1', 'n-s0', 'n-s1']);
    const style = styleOf(e);
    assert.deepEqual(
      [style.exitX, style.exitY, style.exitPerimeter, style.entryX, style.entryY, style.entryPerimeter],
      ['1', '0.5', '0', '0', '0.4889', '0'],
    );
    assert.deepEqual([style.endArrow, style.endFill, style.edgeStyle], ['block', '1', 'none']);
    // Into the decision's top corner, 4 px below where the SVG's path stopped.
    assert.deepEqual([styleOf(cells.get('e-s1-s2-0')).entryX, styleOf(cells.get('e-s1-s2-0')).entryY], ['0.5', '0']);
  });

  test("a line's corners are its waypoints, in the picture's coordinates", () => {
    assert.deepEqual(pointsOf(cells.get('e-s2-s1-0')), [
      { x: 200, y: 270 },
      { x: 200, y: 115 },
    ]);
    assert.deepEqual(pointsOf(cells.get('e-s0-s1-0')), []);
  });

  test("a line's label stands at the centre of ours: its place along the line plus its offset", () => {
    const cases: { id: string; value: string; centre: Point; path: Point[] }[] = [
      {
        id: 'e-s2-s3-0',
        value: 'Ya',
        centre: { x: 380, y: 270 },
        path: [
          { x: 345, y: 270 },
          { x: 420, y: 270 },
        ],
      },
      {
        id: 'e-s2-s1-0',
        value: 'Tidak',
        centre: { x: 200, y: 188.5 },
        path: [
          { x: 245, y: 270 },
          { x: 200, y: 270 },
          { x: 200, y: 115 },
          { x: 220, y: 115 },
        ],
      },
    ];
    for (const { id, value, centre, path } of cases) {
      const cell = cells.get(id);
      const g = cell?.children.find((c) => c.name === 'mxGeometry');
      const offset = g?.children.find((c) => c.attributes.as === 'offset');
      assert.ok(g && offset, id);
      const at = pointAlong(path, (Number(g.attributes.x) + 1) / 2);
      const placed = { x: at.x + Number(offset.attributes.x), y: at.y + Number(offset.attributes.y) };
      assert.ok(Math.abs(placed.x - centre.x) < 0.05 && Math.abs(placed.y - centre.y) < 0.05, `${id}: ${JSON.stringify(placed)}`);
      assert.equal(cell?.attributes.value, value);
    }
  });

  test('an order line is not drawn; a drawn line between the same ends keeps its occurrence in the id', () => {
    assert.equal(cells.get('e-s3-s4-0'), undefined);
    assert.deepEqual([cells.get('e-s3-s4-1')?.attributes.source, cells.get('e-s3-s4-1')?.attributes.target], ['n-s3', 'n-s4']);
  });
});

describe('drawioDiagram: frames nest, frameless groups give their place to their content', () => {
  const cells = cellsOf(parseXml(drawioDiagram(LEVEL0, LEVEL0_GEOMETRY)));

  test('rows and stacks have no cell; their frames and nodes stand on the nearest drawn group or the layer, at the same place', () => {
    assert.equal(cells.get('g-row_utama'), undefined);
    assert.equal(cells.get('g-stack_x'), undefined);
    assert.equal(cells.get('g-band_utama')?.attributes.parent, '1');
    assert.deepEqual(geometryOf(cells.get('g-band_utama')), { x: 300, y: 110, width: 400, height: 360 });
    assert.equal(cells.get('n-p1')?.attributes.parent, 'g-band_utama');
    assert.deepEqual(geometryOf(cells.get('n-p1')), { x: 30, y: 40, width: 180, height: 80 });
    assert.equal(cells.get('n-u2')?.attributes.parent, '1');
    assert.deepEqual(geometryOf(cells.get('n-u2')), { x: 750, y: 350, width: 100, height: 48 });
  });

  test('a frame inside a frame is its child (written after it, though the map lists it first), its node relative to it', () => {
    const ids = [...cells.keys()];
    assert.ok(ids.indexOf('g-band_utama') < ids.indexOf('g-pelaksana'));
    assert.equal(cells.get('g-pelaksana')?.attributes.parent, 'g-band_utama');
    assert.deepEqual(geometryOf(cells.get('g-pelaksana')), { x: 20, y: 190, width: 200, height: 150 });
    assert.equal(cells.get('n-u1')?.attributes.parent, 'g-pelaksana');
    assert.deepEqual(geometryOf(cells.get('n-u1')), { x: 20, y: 50, width: 100, height: 48 });
    const frame = styleOf(cells.get('g-pelaksana'));
    assert.deepEqual([frame.container, frame.verticalAlign, frame.html], ['1', 'top', '0']);
  });

  test('lines by kind: value thick, io dashed, takes-part and together plain without arrow heads; a line between frames joins their cells', () => {
    const value = cells.get('e-pemasok-band_utama-0');
    assert.deepEqual([value?.attributes.source, value?.attributes.target], ['g-pemasok', 'g-band_utama']);
    assert.equal(styleOf(value).strokeWidth, '3.5');
    assert.equal(styleOf(value).entryX, '0', 'the arrow head reaches the frame');
    assert.equal(styleOf(cells.get('e-in_a-d1-0')).dashed, '1');
    assert.equal(styleOf(cells.get('e-in_a-d1-0')).endArrow, 'block');
    assert.equal(styleOf(cells.get('e-p1-u1-0')).endArrow, 'none');
    assert.equal(styleOf(cells.get('e-u1-u2-0')).endArrow, 'none');
    assert.equal(styleOf(cells.get('e-p1-u1-0')).dashed, undefined);
    assert.equal(cells.get('e-row_utama-d1-0'), undefined);
  });

  test('a party is rounded as our drawing rounds it; an input a parallelogram of our slant', () => {
    assert.deepEqual([styleOf(cells.get('n-in_a')).rounded, styleOf(cells.get('n-in_a')).arcSize], ['1', '10']);
    const data = styleOf(cells.get('n-d1'));
    assert.deepEqual([data.shape, data.fixedSize, data.size], ['parallelogram', '1', '24']);
  });

  test('a map drawn without a title has no title cell', () => {
    assert.equal(cells.get('title'), undefined);
  });
});

describe('drawioFile and attribute escaping', () => {
  test('one file holds several pages, after an XML declaration, in an <mxfile> of host PPB', () => {
    const text = drawioFile([drawioDiagram(CFM, CFM_GEOMETRY), drawioDiagram(LEVEL0, LEVEL0_GEOMETRY)]);
    assert.ok(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n'));
    const file = parseXml(text);
    assert.equal(file.name, 'mxfile');
    assert.equal(file.attributes.host, 'PPB');
    assert.deepEqual(
      file.children.map((d) => [d.name, d.attributes.id, d.attributes.name]),
      [
        ['diagram', 'X.01.CFM.01', 'X.01.CFM.01 Uji <b>peta</b> & "kutip"'],
        ['diagram', 'X.L0', 'Peta Level 0'],
      ],
    );
  });

  test('an attribute value keeps markup characters, quotes, line feeds, carriage returns and tabs, and drops what XML 1.0 forbids', () => {
    assert.equal(xmlAttribute(`a<b>&"c"'d'\n\r\te\u0001\uFFFE\uD800f`), 'a&lt;b&gt;&amp;&quot;c&quot;&#39;d&#39;&#xa;&#xd;&#x9;ef');
    assert.equal(parseXml(`<x v="${xmlAttribute('1 < 2\n"3"\t&')}"/>`).attributes.v, '1 < 2\n"3"\t&');
  });
});
