import type { Diagram, DiagramEdge, DiagramGroup, DiagramNode, DiagramSummary } from '../../protocol/diagram';
import type { Span } from '../diagnostic';
import type { ProcessDecl } from '../model';
import type { ModelIndex } from '../model-index';
import { LEVEL0_ID } from './level0';
import { inOrder, lineUp } from './line-up';
import { exportPrefix, safeId, titled } from './names';
import { partyNode } from './party-node';
import { processNode } from './process-node';

export const RELASI_ID = 'relasi';

/** The Level 0 process each code, by its key, belongs to (a sub-process's or a map's ancestor). */
function topOf(model: ModelIndex): (key: string) => ProcessDecl | undefined {
  const top = new Map<string, ProcessDecl>();
  for (const p of model.processes) {
    let root = p;
    while (root.parent) root = root.parent;
    top.set(p.kode.key, root);
  }
  return (key) => {
    const segments = key.split('.');
    for (let n = segments.length; n > 0; n--) {
      const found = top.get(segments.slice(0, n).join('.'));
      if (found) return found;
    }
    return undefined;
  };
}

/** The entry of the Peta Relasi in the list of diagrams. */
export function relasiSummary(model: ModelIndex): DiagramSummary<Span> {
  return {
    id: RELASI_ID,
    kind: 'relasi',
    title: titled(model, 'Peta Relasi'),
    parentId: LEVEL0_ID,
    exportName: `${exportPrefix(model)}.relasi`,
  };
}

type Role = 'pemasok' | 'pelaksana' | 'pelanggan';

/** Who supplies, performs and receives in each Level 0 process, each id once per role, in the order first written. */
function rolesByProcess(model: ModelIndex): Map<ProcessDecl, Record<Role, Set<string>>> {
  const findTop = topOf(model);
  const roles = new Map<ProcessDecl, Record<Role, Set<string>>>();
  const note = (key: string, party: string, role: Role): void => {
    const top = findTop(key);
    if (!top || !model.parties.has(party)) return;
    const r = roles.get(top) ?? { pemasok: new Set(), pelaksana: new Set(), pelanggan: new Set() };
    r[role].add(party);
    roles.set(top, r);
  };
  for (const p of model.processes) {
    for (const r of p.pemasok) note(p.kode.key, r.value, 'pemasok');
    for (const r of p.pelanggan) note(p.kode.key, r.value, 'pelanggan');
    if (p.level > 0) for (const r of p.pelaksana) note(p.kode.key, r.value, 'pelaksana');
  }
  for (const m of model.maps) for (const s of m.steps) for (const p of s.pelaksana) note(m.kode.key, p.value, 'pelaksana');
  return roles;
}

const ROLES: readonly { role: Role; label: string; edge: (set: string, process: string) => DiagramEdge }[] = [
  { role: 'pemasok', label: 'Pemasok', edge: (set, process) => ({ from: set, to: process, kind: 'io' }) },
  { role: 'pelaksana', label: 'Pelaksana', edge: (set, process) => ({ from: set, to: process, kind: 'takes-part' }) },
  { role: 'pelanggan', label: 'Pelanggan', edge: (set, process) => ({ from: process, to: set, kind: 'io' }) },
];

/**
 * Peta Relasi: who takes part in each process. Each Level 0 process stands in a frame of its
 * own with its suppliers and performers on the left and its customers on the right (from the
 * SIPOC of the process and its sub-processes, and the performers of its maps' steps), so a
 * unit that works in six processes appears six times rather than drawing six crossing lines.
 * The frames fill rows; the explicit `relasi`, with what passes between the two sides, follow
 * in a band of their own.
 */
export function relasiDiagram(model: ModelIndex, opensFor: (code: string) => string | undefined): Diagram<Span> {
  const roles = rolesByProcess(model);
  const groups: DiagramGroup[] = [];
  const nodes: DiagramNode<Span>[] = [];
  const edges: DiagramEdge[] = [];
  const top = model.processes.filter((x) => x.level === 0);
  const frames = top.map((_, i) => `proses${i}`);
  const rows = lineUp('relasi', frames, undefined, Math.ceil(Math.sqrt(frames.length)));
  groups.push(...rows.groups);
  edges.push(...rows.edges);
  top.forEach((p, i) => {
    const frame = frames[i] ?? `proses${i}`;
    groups.push({ id: frame, label: '', kind: 'band', ...(rows.groupOf.has(frame) ? { parent: rows.groupOf.get(frame) } : {}) });
    const box = processNode(p, opensFor, { group: frame });
    nodes.push(box);
    const r = roles.get(p);
    for (const { role, label, edge } of ROLES) {
      const ids = [...(r?.[role] ?? [])];
      if (ids.length === 0) continue;
      const set = `${role}${i}`;
      groups.push({ id: set, label, kind: 'set', parent: frame });
      nodes.push(...ids.map((pid) => partyNode(model, safeId(set, pid), pid, { group: set })));
      edges.push(edge(set, box.id));
    }
  });
  const explicit = model.relations.filter((r) => r.dari && r.ke && model.parties.has(r.dari.value) && model.parties.has(r.ke.value));
  if (explicit.length > 0) {
    groups.push({ id: 'antarpihak', label: 'Relasi Antarpihak', kind: 'band' });
    const drawn = new Set<string>();
    for (const r of explicit) {
      const ends = [r.dari?.value ?? '', r.ke?.value ?? ''].map((pid) => {
        const id = safeId('r', pid);
        if (!drawn.has(id)) nodes.push(partyNode(model, id, pid, { group: 'antarpihak' }));
        drawn.add(id);
        return id;
      });
      const hal = [r.hal, r.proses?.value].filter((x) => x !== undefined && x.trim() !== '').join(' · ');
      edges.push({ from: ends[0] ?? '', to: ends[1] ?? '', ...(hal ? { label: hal } : {}) });
    }
    const last = rows.groups.at(-1)?.id;
    if (last !== undefined) edges.push(...inOrder([last, 'antarpihak']));
  }
  return { ...relasiSummary(model), groups, nodes, edges };
}
