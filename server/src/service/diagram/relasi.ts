import { type Diagram, type DiagramEdge, type DiagramGroup, type DiagramNode, type DiagramSummary, GRID } from '../../protocol/diagram';
import type { Span } from '../diagnostic';
import type { ProcessDecl, RelationDecl } from '../model';
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
function rolesByProcess(model: ModelIndex, findTop: (key: string) => ProcessDecl | undefined): Map<ProcessDecl, Record<Role, Set<string>>> {
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

/** Performers in a row under their process, at most. */
const PERFORMERS_IN_ROW = 4;

/** Units of the body first, then outside parties: the two kinds stand apart in each set. */
function unitsFirst(model: ModelIndex, ids: Iterable<string>): string[] {
  const isUnit = (id: string): boolean => model.parties.get(id)?.[0]?.kind === 'unit';
  const all = [...ids];
  return [...all.filter(isUnit), ...all.filter((id) => !isUnit(id))];
}

/** Explicit relations as pairs of party boxes joined by what passes between them, in `holder`. */
function relationBoxes(
  model: ModelIndex,
  holder: string,
  relations: readonly RelationDecl[],
): { nodes: DiagramNode<Span>[]; edges: DiagramEdge[] } {
  const nodes: DiagramNode<Span>[] = [];
  const edges: DiagramEdge[] = [];
  const drawn = new Set<string>();
  for (const r of relations) {
    const ends = [r.dari?.value ?? '', r.ke?.value ?? ''].map((pid) => {
      const id = safeId(holder, pid);
      if (!drawn.has(id)) nodes.push(partyNode(model, id, pid, { group: holder }));
      drawn.add(id);
      return id;
    });
    const hal = [r.hal, r.proses?.value].filter((x) => x !== undefined && x.trim() !== '').join(' · ');
    edges.push({ from: ends[0] ?? '', to: ends[1] ?? '', ...(hal ? { label: hal } : {}) });
  }
  return { nodes, edges };
}

/**
 * Peta Relasi: who takes part in each process. Each Level 0 process stands in a frame of its
 * own, captioned with its code and name: its suppliers on the left, its customers on the
 * right, its performers under it (units of the body before outside parties), and under them
 * the explicit `relasi` that name it, with what passes between the two sides (from the SIPOC
 * of the process and its sub-processes, and the performers of its maps' steps). A unit that
 * works in six processes appears six times rather than drawing six crossing lines. The frames
 * fill rows of a grid (the drawing makes them equal in width); relations that name no process
 * take a frame of their own at the end.
 */
export function relasiDiagram(model: ModelIndex, opensFor: (code: string) => string | undefined): Diagram<Span> {
  const findTop = topOf(model);
  const roles = rolesByProcess(model, findTop);
  const groups: DiagramGroup[] = [];
  const nodes: DiagramNode<Span>[] = [];
  const edges: DiagramEdge[] = [];
  const top = model.processes.filter((x) => x.level === 0);
  const explicit = model.relations.filter((r) => r.dari && r.ke && model.parties.has(r.dari.value) && model.parties.has(r.ke.value));
  // Each relation with the Level 0 process its `proses` lies in; the others stand apart.
  const byProcess = new Map<ProcessDecl, RelationDecl[]>();
  const unplaced: RelationDecl[] = [];
  for (const r of explicit) {
    const p = r.proses ? findTop(r.proses.key) : undefined;
    if (p && top.includes(p)) byProcess.set(p, [...(byProcess.get(p) ?? []), r]);
    else unplaced.push(r);
  }
  const frames = [...top.map((_, i) => `proses${i}`), ...(unplaced.length > 0 ? ['antarpihak'] : [])];
  const rows = lineUp(GRID, frames, undefined, Math.ceil(Math.sqrt(frames.length)));
  groups.push(...rows.groups);
  edges.push(...rows.edges);
  const inRow = (frame: string): Partial<DiagramGroup> => (rows.groupOf.has(frame) ? { parent: rows.groupOf.get(frame) } : {});
  top.forEach((p, i) => {
    const frame = `proses${i}`;
    groups.push({ id: frame, label: `${p.kode.value} ${p.nama ?? ''}`.trim(), kind: 'set', ...inRow(frame) });
    const r = roles.get(p);
    const set = (role: Role, label: string, parent: string): string | undefined => {
      const ids = unitsFirst(model, r?.[role] ?? []);
      if (ids.length === 0) return undefined;
      const id = `${role}${i}`;
      // Performers run left to right under the process (rows of a band), the sides top to bottom.
      groups.push({ id, label, kind: role === 'pelaksana' ? 'band' : 'set', parent });
      // As many performers in a row as the process and its two sides are wide, about; suppliers
      // and customers in one column each.
      const boxIds = ids.map((pid) => safeId(id, pid));
      const rows = role === 'pelaksana' ? lineUp(id, boxIds, id, PERFORMERS_IN_ROW) : undefined;
      groups.push(...(rows?.groups ?? []));
      edges.push(...(rows?.edges ?? inOrder(boxIds)));
      nodes.push(...ids.map((pid) => partyNode(model, safeId(id, pid), pid, { group: rows?.groupOf.get(safeId(id, pid)) ?? id })));
      return id;
    };
    const middle = `tengah${i}`;
    groups.push({ id: middle, label: '', kind: 'row', parent: frame });
    const pemasok = set('pemasok', 'Pemasok', middle);
    const box = processNode(p, opensFor, { group: middle });
    nodes.push(box);
    const pelanggan = set('pelanggan', 'Pelanggan', middle);
    const pelaksana = set('pelaksana', 'Pelaksana', frame);
    const named = byProcess.get(p) ?? [];
    if (named.length > 0) {
      const holder = `relasi${i}`;
      groups.push({ id: holder, label: 'Relasi Antarpihak', kind: 'band', parent: frame });
      const drawn = relationBoxes(model, holder, named);
      nodes.push(...drawn.nodes);
      edges.push(...drawn.edges);
    }
    if (pemasok) edges.push({ from: pemasok, to: box.id, kind: 'io' });
    edges.push(...inOrder([middle, ...(pelaksana ? [pelaksana] : []), ...(named.length > 0 ? [`relasi${i}`] : [])]));
    if (pelanggan) edges.push({ from: box.id, to: pelanggan, kind: 'io' });
  });
  if (unplaced.length > 0) {
    groups.push({ id: 'antarpihak', label: 'Relasi Antarpihak', kind: 'band', ...inRow('antarpihak') });
    const drawn = relationBoxes(model, 'r', unplaced);
    // The boxes stand in the frame; their ids stay `r_…` as before.
    nodes.push(...drawn.nodes.map((n) => ({ ...n, group: 'antarpihak' })));
    edges.push(...drawn.edges);
  }
  return { ...relasiSummary(model), groups, nodes, edges };
}
