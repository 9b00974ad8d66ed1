import type { StepDecl } from './model';

/** What a flow is worked out from: steps in order (a map's, or an SOP's own). */
type Steps = { readonly steps: readonly StepDecl[] };

/**
 * The flow between a map's steps, by position in `langkah`: `cabang` and `lanjut` targets, or
 * else the next step in the list (a `selesai` ends the flow). Unknown targets are left out.
 */
function successorsOf(map: Steps): number[][] {
  const byId = new Map<string, number>();
  map.steps.forEach((s, i) => {
    if (s.id && !byId.has(s.id.value)) byId.set(s.id.value, i);
  });
  return map.steps.map((s, i) => {
    const named = [...s.cabang.map((b) => b.target), ...s.lanjut];
    if (named.length > 0) return named.flatMap((r) => (byId.has(r.value) ? [byId.get(r.value) ?? 0] : []));
    if (s.jenis === 'selesai' || i + 1 >= map.steps.length) return [];
    return [i + 1];
  });
}

/**
 * Whether a step of the map names a `lanjut`/`cabang` target that is no step id of it. Such a
 * map's flow is not known (PPB209 reports the name); the flow warnings stay quiet until it is.
 */
function namesUnknownStep(map: Steps): boolean {
  const ids = new Set(map.steps.flatMap((s) => (s.id ? [s.id.value] : [])));
  return map.steps.some((s) => [...s.lanjut, ...s.cabang.map((b) => b.target)].some((r) => !ids.has(r.value)));
}

/** Positions reachable from `from` along `edges` (breadth first, linear in edges). */
function reachable(edges: readonly (readonly number[])[], from: readonly number[]): boolean[] {
  const seen = edges.map(() => false);
  const queue = [...from];
  for (const f of from) seen[f] = true;
  while (queue.length > 0) {
    const n = queue.pop() ?? 0;
    for (const next of edges[n] ?? []) {
      if (!seen[next]) {
        seen[next] = true;
        queue.push(next);
      }
    }
  }
  return seen;
}

function reversed(edges: readonly (readonly number[])[]): number[][] {
  const out: number[][] = edges.map(() => []);
  edges.forEach((targets, from) => {
    for (const t of targets) out[t]?.push(from);
  });
  return out;
}

function positionsOf(map: Steps, kind: string): number[] {
  return map.steps.flatMap((s, i) => (s.jenis === kind ? [i] : []));
}

/**
 * Where a path of the map ends (format 1.1): a `selesai`, or a `penghubung` with `peta` that
 * has no next step (no `lanjut`, no `cabang`, last in the list): the flow goes on in that map.
 */
export function endPositions(map: Steps): number[] {
  const last = map.steps.length - 1;
  return map.steps.flatMap((s, i) =>
    s.jenis === 'selesai' ||
    (s.jenis === 'penghubung' && s.peta !== undefined && s.lanjut.length === 0 && s.cabang.length === 0 && i === last)
      ? [i]
      : [],
  );
}

/** What the flow rules need of one map, computed once per map declaration. */
export interface MapFlow {
  /** A `lanjut`/`cabang` names no step of the map: the flow is not known (PPB209 says it). */
  readonly namesUnknownStep: boolean;
  /** Per step: reachable from a `mulai`; undefined when the map has no `mulai`. */
  readonly fromStart: readonly boolean[] | undefined;
  /** Per step: some end (a `selesai`, or a connector that ends its path) is reachable from it; undefined when the map has no end. */
  readonly toEnd: readonly boolean[] | undefined;
}

/** Works out a map's flow; the workspace keeps it per map declaration (`RuleContext.flowOf`). */
export function mapFlow(map: Steps): MapFlow {
  const edges = successorsOf(map);
  const starts = positionsOf(map, 'mulai');
  const ends = endPositions(map);
  return {
    namesUnknownStep: namesUnknownStep(map),
    fromStart: starts.length > 0 ? reachable(edges, starts) : undefined,
    toEnd: ends.length > 0 ? reachable(reversed(edges), ends) : undefined,
  };
}
