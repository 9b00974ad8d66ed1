import type { Diagram, DiagramEdge, DiagramGroup, DiagramNode, DiagramSummary } from '../../protocol/diagram';
import type { Span } from '../diagnostic';
import type { ProcessDecl } from '../model';
import type { ModelIndex } from '../model-index';
import { lineUp } from './line-up';
import { partyLabel, safeId } from './names';
import { partyNode } from './party-node';
import { processNode } from './process-node';

/** The entry of a process's Level map in the list of diagrams. */
export function level1Summary(p: ProcessDecl, parentId: string | undefined): DiagramSummary<Span> {
  return {
    id: p.kode.value,
    kind: 'level1',
    code: p.kode.value,
    title: p.nama ?? p.kode.value,
    exportName: p.kode.value,
    ...(parentId !== undefined ? { parentId } : {}),
    source: p.kode.span,
  };
}

/** Inputs or outputs as a list, one bulleted item a line: wrapped, they ran together. */
function listed(items: readonly string[]): string[] {
  return items.map((item) => `• ${item}`);
}

/**
 * Level 1..n: one process broken into its sub-processes, in flow order (their `lanjut`, or the
 * order written when none flows; under `alur: bebas` only their `lanjut`, the others in a grid),
 * from the suppliers and inputs on the left to the outputs and customers on the right. Each box
 * names its performers.
 */
export function level1Diagram(
  model: ModelIndex,
  p: ProcessDecl,
  parentId: string | undefined,
  opensFor: (code: string) => string | undefined,
): Diagram<Span> {
  const nodes: DiagramNode<Span>[] = [];
  const edges: DiagramEdge[] = [];
  const children = p.children;
  const idOf = (c: ProcessDecl): string => safeId('p', c.kode.value);
  const byKey = new Map(children.map((c) => [c.kode.key, c]));
  // `alur: bebas` implies no order: only the `lanjut` written are drawn (format 1.1).
  const free = p.alur === 'bebas';
  const flows = free || children.some((c) => c.lanjut.length > 0);
  const hasPredecessor = new Set<ProcessDecl>();
  const hasSuccessor = new Set<ProcessDecl>();
  children.forEach((c, i) => {
    const next = flows ? c.lanjut.flatMap((l) => byKey.get(l.key) ?? []) : children.slice(i + 1, i + 2);
    for (const n of next) {
      edges.push({ from: idOf(c), to: idOf(n) });
      hasSuccessor.add(c);
      hasPredecessor.add(n);
    }
  });
  // Sub-processes that stand alone under `bebas` go into a grid, joined to the inputs and outputs once.
  const alone = free ? children.filter((c) => !hasPredecessor.has(c) && !hasSuccessor.has(c)) : [];
  const grid = alone.length > 1 ? 'sub_bebas' : undefined;
  const groups: DiagramGroup[] = [];
  const line = grid !== undefined ? lineUp(grid, alone.map(idOf), grid, Math.ceil(Math.sqrt(alone.length))) : undefined;
  if (grid !== undefined && line) {
    groups.push({ id: grid, label: '', kind: 'band' }, ...line.groups);
    edges.push(...line.edges);
  }
  for (const c of children) {
    const performers = c.pelaksana.map((r) => partyLabel(model, r.value));
    const group = line?.groupOf.get(idOf(c));
    nodes.push(
      processNode(c, opensFor, {
        // The performers on a smaller line of their own, named as such: they ran into the process name.
        ...(performers.length > 0 ? { note: `Pelaksana: ${performers.join(', ')}` } : {}),
        ...(group !== undefined ? { group } : {}),
      }),
    );
  }
  const inGrid = new Set(grid !== undefined ? alone : []);
  const firsts = [...children.filter((c) => !hasPredecessor.has(c) && !inGrid.has(c)).map(idOf), ...(grid !== undefined ? [grid] : [])];
  const lasts = [...children.filter((c) => !hasSuccessor.has(c) && !inGrid.has(c)).map(idOf), ...(grid !== undefined ? [grid] : [])];
  if (p.hasMasukan) {
    nodes.push({ id: 'masukan', label: 'Masukan', detail: listed(p.masukan), shape: 'data', source: p.kode.span });
    for (const f of firsts) edges.push({ from: 'masukan', to: f, kind: 'io' });
    for (const s of p.pemasok) {
      nodes.push(partyNode(model, safeId('in', s.value), s.value, { source: s.span }));
      edges.push({ from: safeId('in', s.value), to: 'masukan', kind: 'io' });
    }
  }
  if (p.hasKeluaran) {
    nodes.push({ id: 'keluaran', label: 'Keluaran', detail: listed(p.keluaran), shape: 'data', source: p.kode.span });
    for (const l of lasts) edges.push({ from: l, to: 'keluaran', kind: 'io' });
    for (const c of p.pelanggan) {
      nodes.push(partyNode(model, safeId('out', c.value), c.value, { source: c.span }));
      edges.push({ from: 'keluaran', to: safeId('out', c.value), kind: 'io' });
    }
  }
  return {
    ...level1Summary(p, parentId),
    groups,
    nodes,
    edges,
  };
}
