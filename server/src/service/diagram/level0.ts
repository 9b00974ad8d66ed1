import type { Diagram, DiagramEdge, DiagramGroup, DiagramNode, DiagramSummary } from '../../protocol/diagram';
import type { Span } from '../diagnostic';
import type { ModelIndex } from '../model-index';
import { exportPrefix, partyLabel, safeId } from './names';

export const LEVEL0_ID = 'L0';

const BANDS = [
  { id: 'manajemen', label: 'Proses Manajemen' },
  { id: 'utama', label: 'Proses Utama' },
  { id: 'pendukung', label: 'Proses Pendukung' },
] as const;

/** The entry of Level 0 in the list of diagrams. */
export function level0Summary(model: ModelIndex): DiagramSummary<Span> {
  return { id: LEVEL0_ID, kind: 'level0', title: 'Peta Proses Level 0', exportName: `${exportPrefix(model)}.L0` };
}

/**
 * Level 0: manajemen as a band on top, utama in the middle flowing from the stakeholders who
 * bring needs (left) to those who receive results (right), pendukung as a band at the bottom.
 */
export function level0Diagram(model: ModelIndex, opensFor: (code: string) => string | undefined): Diagram<Span> {
  const top = model.processes.filter((p) => p.level === 0);
  const nodes: DiagramNode<Span>[] = [];
  const edges: DiagramEdge[] = [];
  const groups: DiagramGroup[] = [];
  const suppliers = new Set<string>();
  const customers = new Set<string>();
  for (const band of BANDS) {
    const inBand = top.filter((p) => (p.kategori ?? 'utama') === band.id);
    if (inBand.length === 0) continue;
    groups.push({ id: `band_${band.id}`, label: band.label, kind: 'band' });
    for (const p of inBand) {
      const id = safeId('p', p.kode.value);
      const opens = opensFor(p.kode.value);
      nodes.push({ id, label: p.nama ?? p.kode.value, detail: [p.kode.value], shape: 'process', group: `band_${band.id}`, source: p.kode.span, ...(opens ? { opens } : {}) });
      if (band.id !== 'utama') continue;
      for (const s of p.pemasok) {
        suppliers.add(s.value);
        edges.push({ from: safeId('in', s.value), to: id });
      }
      for (const c of p.pelanggan) {
        customers.add(c.value);
        edges.push({ from: id, to: safeId('out', c.value) });
      }
    }
  }
  const partyNode = (prefix: string, pid: string): DiagramNode<Span> => {
    const decl = model.parties.get(pid)?.[0];
    return { id: safeId(prefix, pid), label: partyLabel(model, pid, false), shape: decl?.kind === 'unit' ? 'unit' : 'party', group: 'band_utama', ...(decl ? { source: decl.id.span } : {}) };
  };
  nodes.push(...[...suppliers].map((s) => partyNode('in', s)), ...[...customers].map((c) => partyNode('out', c)));
  return {
    ...level0Summary(model),
    groups,
    nodes,
    edges,
  };
}
