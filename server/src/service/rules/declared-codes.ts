import type { Ref } from '../model';
import type { ModelIndex } from '../model-index';

/** Every declared process, sub-process and map code, in model order. */
export function declaredCodes(model: ModelIndex): Ref[] {
  return [...model.processes.map((p) => p.kode), ...model.maps.map((m) => m.kode)];
}

/** Whether a declared code starts with the model's prefix (other rules stay quiet when not). */
export function hasPrefix(model: ModelIndex, segments: readonly string[]): boolean {
  return model.prefix === undefined || segments[0] === model.prefix;
}
