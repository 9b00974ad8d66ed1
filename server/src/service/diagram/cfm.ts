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
  for (const s of map.steps) if (s.pelaksana && !seen.includes(s.pelaksana.value)) seen.push(s.pelaksana.value);
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

/** A cross-functional map: one lane per performer, steps with SOP AP symbols, labelled branches. */
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
      const p = map.steps[i - d]?.pelaksana ?? map.steps[i + d]?.pelaksana;
      if (p) return p.value;
    }
    return lanes[0];
  };
  const nodes: DiagramNode<Span>[] = map.steps.map((s, i) => {
    const lane = laneAt(i);
    const opens = s.peta ? opensFor(s.peta.value) : undefined;
    // A connector with a name shows the code of the map it leads to above it (without one, the code is its label).
    const leadsTo = s.jenis === 'penghubung' && s.nama && s.peta ? { code: s.peta.value } : {};
    return {
      id: nodeId(i),
      ...leadsTo,
      label: stepLabel(s),
      shape: SHAPES[s.jenis ?? 'aktivitas'],
      ...(lane !== undefined ? { group: safeId('lane', lane) } : {}),
      source: s.anchor,
      ...(opens ? { opens } : {}),
    };
  });
  const byId = new Map<string, number>();
  map.steps.forEach((s, i) => {
    if (s.id && !byId.has(s.id.value)) byId.set(s.id.value, i);
  });
  const edges: DiagramEdge[] = [];
  map.steps.forEach((s, i) => {
    for (const b of s.cabang) {
      const t = byId.get(b.target.value);
      if (t !== undefined) edges.push({ from: nodeId(i), to: nodeId(t), label: b.label });
    }
    for (const l of s.lanjut) {
      const t = byId.get(l.value);
      if (t !== undefined) edges.push({ from: nodeId(i), to: nodeId(t) });
    }
    if (s.cabang.length === 0 && s.lanjut.length === 0 && s.jenis !== 'selesai' && i + 1 < map.steps.length) {
      edges.push({ from: nodeId(i), to: nodeId(i + 1) });
    }
  });
  return {
    ...cfmSummary(map, parentId),
    groups,
    nodes,
    edges,
  };
}
