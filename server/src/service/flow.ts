import type { Procedure } from './model';

/** What a flow is worked out from: steps in order (a map's, or an SOP's own). */
type Steps = Pick<Procedure, 'steps'>;

/**
 * The flow between a map's steps, by position in `langkah`: `cabang` and `lanjut` targets, or
 * else the next step in the list (a `selesai` ends the flow). Unknown targets are left out.
 */
function successorsOf(procedure: Steps): number[][] {
  const byId = new Map<string, number>();
  procedure.steps.forEach((s, i) => {
    if (s.id && !byId.has(s.id.value)) byId.set(s.id.value, i);
  });
  return procedure.steps.map((s, i) => {
    const named = [...s.cabang.map((b) => b.target), ...s.lanjut];
    if (named.length > 0) return named.flatMap((r) => (byId.has(r.value) ? [byId.get(r.value) ?? 0] : []));
    if (s.jenis === 'selesai' || i + 1 >= procedure.steps.length) return [];
    return [i + 1];
  });
}

/**
 * Whether a step of the map names a `lanjut`/`cabang` target that is no step id of it. Such a
 * map's flow is not known (PPB209 reports the name); the flow warnings stay quiet until it is.
 */
function namesUnknownStep(procedure: Steps): boolean {
  const ids = new Set(procedure.steps.flatMap((s) => (s.id ? [s.id.value] : [])));
  return procedure.steps.some((s) => [...s.lanjut, ...s.cabang.map((b) => b.target)].some((r) => !ids.has(r.value)));
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

function positionsOf(procedure: Steps, kind: string): number[] {
  return procedure.steps.flatMap((s, i) => (s.jenis === kind ? [i] : []));
}

/**
 * Where a path of the map ends (format 1.1): a `selesai`, or a `penghubung` with `peta` that
 * has no next step (no `lanjut`, no `cabang`, last in the list): the flow goes on in that map.
 */
export function endPositions(procedure: Steps): number[] {
  const last = procedure.steps.length - 1;
  return procedure.steps.flatMap((s, i) =>
    s.jenis === 'selesai' ||
    (s.jenis === 'penghubung' && s.peta !== undefined && s.lanjut.length === 0 && s.cabang.length === 0 && i === last)
      ? [i]
      : [],
  );
}

/** What the flow rules need of one map (or of an SOP's own steps), computed once per declaration. */
export interface ProcedureFlow {
  /** A `lanjut`/`cabang` names no step of the map: the flow is not known (PPB209 says it). */
  readonly namesUnknownStep: boolean;
  /** Per step: the positions it flows to (`cabang`, then `lanjut` targets that are known; else the next step). */
  readonly successors: readonly (readonly number[])[];
  /** Per step: reachable from a `mulai`; undefined when the map has no `mulai`. */
  readonly fromStart: readonly boolean[] | undefined;
  /** Per step: some end (a `selesai`, or a connector that ends its path) is reachable from it; undefined when the map has no end. */
  readonly toEnd: readonly boolean[] | undefined;
}

/** Works out the flow of a procedure's steps; the workspace keeps it per declaration (`RuleContext.flowOf`). */
export function procedureFlow(procedure: Steps): ProcedureFlow {
  const edges = successorsOf(procedure);
  const starts = positionsOf(procedure, 'mulai');
  const ends = endPositions(procedure);
  return {
    namesUnknownStep: namesUnknownStep(procedure),
    successors: edges,
    fromStart: starts.length > 0 ? reachable(edges, starts) : undefined,
    toEnd: ends.length > 0 ? reachable(reversed(edges), ends) : undefined,
  };
}
