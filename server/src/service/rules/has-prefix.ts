import type { ModelIndex } from '../model-index';

/** Whether a declared code starts with the model's prefix (other rules stay quiet when not: PPB201 says it). */
export function hasPrefix(model: ModelIndex, segments: readonly string[]): boolean {
  return model.prefix === undefined || segments[0] === model.prefix;
}
