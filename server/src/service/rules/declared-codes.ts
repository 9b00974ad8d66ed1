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
