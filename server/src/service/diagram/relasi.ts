import type { Diagram, DiagramEdge, DiagramGroup, DiagramNode, DiagramSummary } from '../../protocol/diagram';
import type { Span } from '../diagnostic';
import type { ProcessDecl } from '../model';
import type { ModelIndex } from '../model-index';
import { codeKey } from '../code-grammar';
import { LEVEL0_ID } from './level0';
import { exportPrefix, partyLabel, safeId } from './names';

export const RELASI_ID = 'relasi';

/** The Level 0 process each code belongs to (a sub-process's or a map's ancestor). */
function topOf(model: ModelIndex): (code: string) => ProcessDecl | undefined {
  const top = new Map<string, ProcessDecl>();
  for (const p of model.processes) {
    let root = p;
    while (root.parent) root = root.parent;
    top.set(codeKey(p.kode.value), root);
  }
  return (code) => {
    const segments = codeKey(code).split('.');
    for (let n = segments.length; n > 0; n--) {
      const found = top.get(segments.slice(0, n).join('.'));
      if (found) return found;
    }
    return undefined;
  };
}

/** The entry of the Peta Relasi in the list of diagrams. */
export function relasiSummary(model: ModelIndex): DiagramSummary<Span> {
  return { id: RELASI_ID, kind: 'relasi', title: 'Peta Relasi', parentId: LEVEL0_ID, exportName: `${exportPrefix(model)}.relasi` };
}

/**
 * Peta Relasi: who takes part in each process. Derived from the model: performers of
 * sub-processes and of map steps, suppliers and customers; plus the explicit `relasi` edges.
 */
export function relasiDiagram(model: ModelIndex, opensFor: (code: string) => string | undefined): Diagram<Span> {
  const findTop = topOf(model);
  const roles = new Map<ProcessDecl, Map<string, 'pemasok' | 'pelaksana' | 'pelanggan'>>();
  const note = (p: ProcessDecl | undefined, party: string, role: 'pemasok' | 'pelaksana' | 'pelanggan'): void => {
    if (!p || !model.parties.has(party)) return;
    const m = roles.get(p) ?? new Map<string, 'pemasok' | 'pelaksana' | 'pelanggan'>();
    if (!m.has(party) || role === 'pelaksana') m.set(party, role);
    roles.set(p, m);
  };
  for (const p of model.processes) {
    const top = findTop(p.kode.value);
    for (const r of p.pemasok) note(top, r.value, 'pemasok');
    for (const r of p.pelanggan) note(top, r.value, 'pelanggan');
    if (p.level > 0) for (const r of p.pelaksana) note(top, r.value, 'pelaksana');
  }
  for (const m of model.maps) {
    const top = findTop(m.kode.value);
    for (const s of m.steps) if (s.pelaksana) note(top, s.pelaksana.value, 'pelaksana');
  }
  const groups: DiagramGroup[] = [
    { id: 'units', label: 'Unit Organisasi', kind: 'band' },
    { id: 'processes', label: 'Proses', kind: 'band' },
    { id: 'parties', label: 'Pemangku Kepentingan', kind: 'band' },
  ];
  const nodes: DiagramNode<Span>[] = [];
  const edges: DiagramEdge[] = [];
  const used = new Set<string>();
  for (const p of model.processes.filter((x) => x.level === 0)) {
    const id = safeId('p', p.kode.value);
    const opens = opensFor(p.kode.value);
    nodes.push({ id, label: p.nama ?? p.kode.value, detail: [p.kode.value], shape: 'process', group: 'processes', source: p.kode.span, ...(opens ? { opens } : {}) });
    for (const [party, role] of roles.get(p) ?? []) {
      used.add(party);
      const pid = safeId('x', party);
      edges.push(role === 'pelanggan' ? { from: id, to: pid, dashed: true } : { from: pid, to: id, dashed: role === 'pemasok' });
    }
  }
  for (const r of model.relations) {
    if (!r.dari || !r.ke || !model.parties.has(r.dari.value) || !model.parties.has(r.ke.value)) continue;
    used.add(r.dari.value);
    used.add(r.ke.value);
    edges.push({ from: safeId('x', r.dari.value), to: safeId('x', r.ke.value), ...(r.hal ? { label: r.hal } : {}) });
  }
  for (const party of model.partyList) {
    if (!used.delete(party.id.value)) continue; // not involved, or already drawn (a duplicate id)
    nodes.push({
      id: safeId('x', party.id.value),
      label: partyLabel(model, party.id.value, false),
      shape: party.kind === 'unit' ? 'unit' : 'party',
      group: party.kind === 'unit' ? 'units' : 'parties',
      source: party.id.span,
    });
  }
  return {
    ...relasiSummary(model),
    groups: groups.filter((g) => nodes.some((n) => n.group === g.id)),
    nodes,
    edges,
  };
}
