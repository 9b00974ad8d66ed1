import type { Diagram, DiagramEdge, DiagramGroup, DiagramNode, DiagramSummary } from '../../protocol/diagram';
import type { Span } from '../diagnostic';
import type { Ref } from '../model';
import type { ModelIndex } from '../model-index';
import { inOrder, lineUp } from './line-up';
import { exportPrefix, safeId, titled } from './names';
import { partyNode } from './party-node';
import { processNode } from './process-node';

export const LEVEL0_ID = 'L0';

const BANDS = [
  { id: 'manajemen', label: 'Proses Manajemen' },
  { id: 'utama', label: 'Proses Utama' },
  { id: 'pendukung', label: 'Proses Pendukung' },
] as const;

/** The entry of Level 0 in the list of diagrams. */
export function level0Summary(model: ModelIndex): DiagramSummary<Span> {
  return { id: LEVEL0_ID, kind: 'level0', title: titled(model, 'Peta Proses Bisnis Level 0'), exportName: `${exportPrefix(model)}.L0` };
}

/** Each id once, in the order first written. */
function distinct(refs: readonly Ref[]): string[] {
  return [...new Set(refs.map((r) => r.value))];
}

/**
 * Level 0 as PPB documents draw it: manajemen as a band on top; in the middle the stakeholders
 * who bring needs, then the utama processes left to right, then the stakeholders who receive
 * the results, joined by the main value stream; pendukung as a band at the bottom. Who supplies
 * or receives what, process by process, is the Level 1 maps' and the Peta Relasi's to show.
 */
export function level0Diagram(model: ModelIndex, opensFor: (code: string) => string | undefined): Diagram<Span> {
  const top = model.processes.filter((p) => p.level === 0);
  const nodes: DiagramNode<Span>[] = [];
  const edges: DiagramEdge[] = [];
  const groups: DiagramGroup[] = [];
  const stack: string[] = []; // what stands top to bottom
  const stakeholders = (set: string, label: string, prefix: string, ids: readonly string[], row: string): void => {
    groups.push({ id: set, label, kind: 'set', parent: row });
    nodes.push(...ids.map((pid) => partyNode(model, safeId(prefix, pid), pid, { group: set })));
  };
  for (const band of BANDS) {
    const inBand = top.filter((p) => (p.kategori ?? 'utama') === band.id);
    if (inBand.length === 0) continue;
    const bandId = `band_${band.id}`;
    const known = (refs: readonly Ref[]): string[] => (band.id === 'utama' ? distinct(refs).filter((id) => model.parties.has(id)) : []);
    const suppliers = known(inBand.flatMap((p) => p.pemasok));
    const customers = known(inBand.flatMap((p) => p.pelanggan));
    // Utama with its stakeholders is a row of three: needs, the band, results.
    const row = suppliers.length + customers.length > 0 ? 'row_utama' : undefined;
    if (row !== undefined) groups.push({ id: row, label: '', kind: 'row' });
    if (row !== undefined && suppliers.length > 0) {
      stakeholders('pemasok', 'Pemangku Kepentingan (Pemasok)', 'in', suppliers, row);
      edges.push({ from: 'pemasok', to: bandId, kind: 'value' });
    }
    const boxes = inBand.map((p) => processNode(p, opensFor));
    const line = lineUp(
      bandId,
      boxes.map((b) => b.id),
      bandId,
    );
    groups.push({ id: bandId, label: band.label, kind: 'band', ...(row !== undefined ? { parent: row } : {}) }, ...line.groups);
    nodes.push(...boxes.map((b) => ({ ...b, group: line.groupOf.get(b.id) ?? bandId })));
    edges.push(...line.edges);
    if (row !== undefined && customers.length > 0) {
      stakeholders('pelanggan', 'Pemangku Kepentingan (Pelanggan)', 'out', customers, row);
      edges.push({ from: bandId, to: 'pelanggan', kind: 'value' });
    }
    stack.push(row ?? bandId);
  }
  edges.push(...inOrder(stack));
  return { ...level0Summary(model), groups, nodes, edges };
}
