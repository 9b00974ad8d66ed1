import type { Diagram, DiagramEdge, DiagramGroup, DiagramKind, DiagramNode, EdgeKind, GroupKind, NodeShape } from '../../protocol/diagram';
import { mermaidLabel, mermaidLines } from './mermaid-text';
import { SYMBOL_COLOURS } from './symbol-colours';

/**
 * How a cross-functional map is laid out: Mermaid's `swimlane-beta` or flowchart subgraphs.
 *
 * `swimlane` is the default because only it draws lanes as lanes. Measured on the 22 Klambu maps
 * in headless Chromium: with `swimlane-beta` every step of every map lies inside its performer's
 * band and the bands stand in the map's lane order; with `flowchart LR` + subgraphs the steps
 * stay in their boxes but ELK places the boxes freely, so in all 22 maps the lanes are out of
 * order, side by side, beside each other rather than stacked. Render time is alike
 * (mean 348 ms against 328 ms, slowest 746 ms against 657 ms). Swimlanes slow down
 * steeply past 60 steps (about 3 s at 60, 10 s at 80, 13 s at 100, against 3 s at 100 for
 * subgraphs): for such maps the preview offers `subgraph` as the quick way.
 */
export type LaneLayout = 'swimlane' | 'subgraph';

export interface MermaidOptions {
  readonly laneLayout?: LaneLayout;
  /** Whether the drawing carries its title (the default); a document's caption stands in for it. */
  readonly title?: boolean;
}

function node(n: DiagramNode<unknown>): string {
  const text = mermaidLines([...(n.code !== undefined ? [n.code] : []), n.label, ...(n.detail ?? [])], n.note);
  const shapes: Record<NodeShape, string> = {
    process: `${n.id}[${text}]`,
    activity: `${n.id}[${text}]`,
    unit: `${n.id}[${text}]`,
    party: `${n.id}(${text})`,
    terminator: `${n.id}([${text}])`,
    decision: `${n.id}{${text}}`,
    document: `${n.id}@{ shape: doc, label: ${text} }`,
    connector: `${n.id}>${text}]`,
    data: `${n.id}[/${text}/]`,
  };
  return shapes[n.shape];
}

const LINKS: Record<EdgeKind, string> = { flow: '-->', io: '-.->', 'takes-part': '---', value: '==>', together: '---', order: '~~~' };

function edge(e: DiagramEdge): string {
  const link = LINKS[e.kind ?? 'flow'];
  return e.label && e.kind !== 'order' ? `${e.from} ${link}|"${mermaidLabel(e.label)}"| ${e.to}` : `${e.from} ${link} ${e.to}`;
}

/** Which way a group runs its content; lanes take the direction of the swimlane diagram. */
const DIRECTION: Record<GroupKind, string | undefined> = { band: 'LR', row: 'LR', stack: 'TB', set: 'TB', lane: undefined };

/** A group as a subgraph, with the groups and nodes inside it, indented by depth. */
function subgraph(d: Diagram<unknown>, g: DiagramGroup, depth: number, lines: string[]): void {
  const pad = '  '.repeat(depth);
  // A group without a title still needs a label: an id would show through.
  lines.push(`${pad}subgraph ${g.id}[${g.label === '' ? '" "' : mermaidLines([g.label])}]`);
  const direction = DIRECTION[g.kind];
  if (direction) lines.push(`${pad}  direction ${direction}`);
  for (const inner of d.groups) if (inner.parent === g.id) subgraph(d, inner, depth + 1, lines);
  for (const n of d.nodes) if (n.group === g.id) lines.push(`${pad}  ${node(n)}`);
  lines.push(`${pad}end`);
}

/**
 * Where text wraps, in pixels, where Mermaid's 120 made narrow columns of words: the long names
 * of agencies on Level 0 and the Peta Relasi, Level 1's lists of inputs and outputs. Wider, they are fewer
 * lines tall, and the drawing's shape comes closer to the page's.
 */
const WRAP: Partial<Record<DiagramKind, number>> = { level0: 170, relasi: 220, level1: 150 };

/** Colours by symbol; the webview's theme may override them. */
const CLASSES = Object.entries(SYMBOL_COLOURS).map(([shape, c]) => `classDef ${shape} fill:${c.fill},stroke:${c.stroke},color:${c.color}`);

/** What the picture is titled: the code and name of the map (`KECKLB.06.03.CFM.02 Penyediaan …`). */
export function diagramTitle(d: Diagram<unknown>): string {
  const title = d.title.replace(/\s+/g, ' ').trim();
  return d.code !== undefined && d.code !== title ? `${d.code} ${title}` : title;
}

/**
 * A YAML double-quoted string holding only letters, digits and spaces as themselves, every other
 * character as a `\uXXXX` escape: it stays on its line, cannot close the front matter or add a
 * key, and holds no `%%` for Mermaid to read as a directive. Mermaid shows the title as text.
 */
function yamlString(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    out += /[A-Za-z0-9 ]/.test(ch) ? ch : `\\u${text.charCodeAt(i).toString(16).padStart(4, '0')}`;
  }
  return `"${out}"`;
}

/**
 * A diagram as Mermaid text. Pure: the webview renders it, `ppb export --format mmd` writes it.
 * Groups nest as subgraphs running their content the way their kind says; `order` edges keep
 * bands and boxes in their order; lanes of a cross-functional map are bands in their order.
 */
export function toMermaid(d: Diagram<unknown>, options: MermaidOptions = {}): string {
  const lines: string[] = [];
  const lanes = d.kind === 'cfm';
  const header = lanes
    ? options.laneLayout === 'subgraph'
      ? 'flowchart LR'
      : 'swimlane-beta LR'
    : d.kind === 'level1'
      ? 'flowchart LR'
      : 'flowchart TB';
  const wrap = WRAP[d.kind];
  const config = wrap !== undefined ? ['config:', '  flowchart:', `    wrappingWidth: ${wrap}`] : [];
  const front = [...(options.title === false ? [] : [`title: ${yamlString(diagramTitle(d))}`]), ...config];
  lines.push(...(front.length > 0 ? ['---', ...front, '---'] : []), header);
  for (const g of d.groups) if (g.parent === undefined) subgraph(d, g, 1, lines);
  const groups = new Set(d.groups.map((g) => g.id));
  for (const n of d.nodes) if (n.group === undefined || !groups.has(n.group)) lines.push(`  ${node(n)}`);
  for (const e of d.edges) lines.push(`  ${edge(e)}`);
  // Styles by symbol, as `class` statements: `:::` cannot follow a shape written as `@{ ... }`.
  const byShape = new Map<NodeShape, string[]>();
  for (const n of d.nodes) byShape.set(n.shape, [...(byShape.get(n.shape) ?? []), n.id]);
  for (const [shape, ids] of byShape) lines.push(`  class ${ids.join(',')} ${shape}`);
  lines.push(...CLASSES.map((c) => `  ${c}`));
  // Rows and stacks only arrange what they hold: no frame, no fill.
  for (const g of d.groups) if (g.kind === 'row' || g.kind === 'stack') lines.push(`  style ${g.id} fill:none,stroke:none`);
  return `${lines.join('\n')}\n`;
}
