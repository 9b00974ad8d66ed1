import type { Localized } from '../localized';
import type { Ref } from '../model';
import type { ModelIndex } from '../model-index';
import type { Declarations } from '../rule';

/** Every declared process, sub-process and map code, in declaration order. */
export function declaredCodes(own: Declarations): Ref[] {
  return [...own.processes.map((p) => p.kode), ...own.maps.map((m) => m.kode)];
}

/** Whether a declared code starts with the model's prefix (other rules stay quiet when not). */
export function hasPrefix(model: ModelIndex, segments: readonly string[]): boolean {
  return model.prefix === undefined || segments[0] === model.prefix;
}

/** Every place that names a code: a step's `peta`, a sub-process's `lanjut`, a relation's `proses`; with what it names. */
export function codeReferences(own: Declarations): { ref: Ref; what: Localized }[] {
  const refs: { ref: Ref; what: Localized }[] = [];
  for (const m of own.maps) {
    for (const s of m.steps) if (s.peta) refs.push({ ref: s.peta, what: { id: 'peta', en: 'map' } });
  }
  for (const p of own.processes) {
    for (const l of p.lanjut) refs.push({ ref: l, what: { id: 'sub proses', en: 'sub-process' } });
  }
  for (const r of own.relations) if (r.proses) refs.push({ ref: r.proses, what: { id: 'proses', en: 'process' } });
  return refs;
}
