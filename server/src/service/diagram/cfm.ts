import type { Diagram, DiagramEdge, DiagramGroup, DiagramNode, DiagramSummary, NodeShape } from '../../protocol/diagram';
import type { Span } from '../diagnostic';
import type { MapDecl, StepDecl, StepKind } from '../model';
import type { ModelIndex } from '../model-index';
import { partyLabel, safeId } from './names';

const SHAPES: Record<StepKind, NodeShape> = {
  mulai: 'terminator',
  selesai: 'terminator',
  aktivitas: 'activity',
  keputusan: 'decision',
  dokumen: 'document',
  penghubung: 'connector',
};

function stepLabel(s: StepDecl): string {
  if (s.nama) return s.nama;
  switch (s.jenis) {
    case 'mulai':
      return 'Mulai';
    case 'selesai':
      return 'Selesai';
    case 'penghubung':
      return s.peta?.value ?? 'Penghubung';
    case 'aktivitas':
    case 'keputusan':
    case 'dokumen':
    case undefined:
      return s.id?.value ?? ''; // the schema asks these for a `nama`
  }
}

/** The lanes: as listed, else in the order performers first act. */
export function lanesOf(map: MapDecl): string[] {
  if (map.lanes && map.lanes.length > 0) return map.lanes.map((l) => l.value);
  const seen: string[] = [];
  for (const s of map.steps) for (const p of s.pelaksana) if (!seen.includes(p.value)) seen.push(p.value);
  return seen;
}

/** The entry of a cross-functional map in the list of diagrams. */
export function cfmSummary(map: MapDecl, parentId: string | undefined): DiagramSummary<Span> {
  return {
    id: map.kode.value,
    kind: 'cfm',
    code: map.kode.value,
    title: map.nama ?? map.kode.value,
    exportName: map.kode.value,
    ...(parentId !== undefined ? { parentId } : {}),
    source: map.kode.span,
  };
}

/**
 * A cross-functional map: one lane per performer, steps with SOP AP symbols, labelled branches.
 * A joint step stands in its first performer's lane with a twin in each other performer's lane,
 * joined by plain lines: the SOP AP's symbols in two columns of one row. The flow enters and
 * leaves it at the copy nearest the other end of each line.
 */
export function cfmDiagram(
  model: ModelIndex,
  map: MapDecl,
  parentId: string | undefined,
  opensFor: (code: string) => string | undefined,
): Diagram<Span> {
  const lanes = lanesOf(map);
  const groups: DiagramGroup[] = lanes.map((id) => ({ id: safeId('lane', id), label: partyLabel(model, id), kind: 'lane' }));
  const nodeId = (i: number): string => `s${i}`;
  // Steps without a performer (a start or end written without one) stand in the lane of a neighbour.
  const laneAt = (i: number): string | undefined => {
    for (let d = 0; d < map.steps.length; d++) {
      const p = map.steps[i - d]?.pelaksana[0] ?? map.steps[i + d]?.pelaksana[0];
      if (p) return p.value;
    }
    return lanes[0];
  };
  // A joint step's other performers, each drawn as a twin in its own lane.
  const twinLanes = map.steps.map((s, i) => [...new Set(s.pelaksana.slice(1).map((p) => p.value))].filter((p) => p !== laneAt(i)));
  const twinId = (i: number, k: number): string => `${nodeId(i)}_${k + 1}`;
  const row = (lane: string | undefined): number => (lane === undefined ? 0 : lanes.indexOf(lane));
  // Where step i stands: its own node first, then its twins.
  const placesOf = (i: number): { id: string; row: number }[] => [
    { id: nodeId(i), row: row(laneAt(i)) },
    ...(twinLanes[i] ?? []).map((lane, k) => ({ id: twinId(i, k), row: row(lane) })),
  ];
  // A line between two steps leaves and enters a joint step at the copy in the lane nearest the
  // other end; at equal distance, at the first performer's. A line back to an earlier step enters
  // at the step's own node: entering a twin would rank the twin after the loop, columns away.
  const nearest = (i: number, toward: number): string =>
    placesOf(i).reduce((best, p) => (Math.abs(p.row - toward) < Math.abs(best.row - toward) ? p : best)).id;
  const link = (i: number, t: number, label?: string): DiagramEdge => ({
    from: nearest(i, row(laneAt(t))),
    to: t <= i ? nodeId(t) : nearest(t, row(laneAt(i))),
    ...(label !== undefined ? { label } : {}),
  });
  const edges: DiagramEdge[] = [];
  const nodes: DiagramNode<Span>[] = map.steps.flatMap((s, i) => {
    const opens = s.peta ? opensFor(s.peta.value) : undefined;
    // A connector with a name shows the code of the map it leads to above it (without one, the code is its label).
    const leadsTo = s.jenis === 'penghubung' && s.nama && s.peta ? { code: s.peta.value } : {};
    const inLane = (lane: string | undefined, id: string): DiagramNode<Span> => ({
      id,
      ...leadsTo,
      label: stepLabel(s),
      shape: SHAPES[s.jenis ?? 'aktivitas'],
      ...(lane !== undefined ? { group: safeId('lane', lane) } : {}),
      source: s.anchor,
      ...(opens ? { opens } : {}),
    });
    const twins = twinLanes[i] ?? [];
    // Lines between neighbouring lanes, each drawn away from the step's own node: the layout puts
    // the far end of a line in the same column only when the line leaves from the near one.
    const places = placesOf(i).sort((a, b) => a.row - b.row);
    const own = places.findIndex((p) => p.id === nodeId(i));
    places.forEach((p, k) => {
      const near = k > own ? places[k - 1] : places[k + 1];
      if (k !== own && near) edges.push({ from: near.id, to: p.id, kind: 'together' });
    });
    return [inLane(laneAt(i), nodeId(i)), ...twins.map((lane, k) => inLane(lane, twinId(i, k)))];
  });
  const byId = new Map<string, number>();
  map.steps.forEach((s, i) => {
    if (s.id && !byId.has(s.id.value)) byId.set(s.id.value, i);
  });
  map.steps.forEach((s, i) => {
    for (const b of s.cabang) {
      const t = byId.get(b.target.value);
      if (t !== undefined) edges.push(link(i, t, b.label));
    }
    for (const l of s.lanjut) {
      const t = byId.get(l.value);
      if (t !== undefined) edges.push(link(i, t));
    }
    if (s.cabang.length === 0 && s.lanjut.length === 0 && s.jenis !== 'selesai' && i + 1 < map.steps.length) {
      edges.push(link(i, i + 1));
    }
  });
  return {
    ...cfmSummary(map, parentId),
    groups,
    nodes,
    edges,
  };
}
