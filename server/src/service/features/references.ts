import type { Span } from '../diagnostic';
import type { PpbWorkspace } from '../workspace';
import { occurrences, symbolAt } from './symbol-at';

/** Every use of the id or code under the cursor in every file, with its declarations when asked. */
export function references(ws: PpbWorkspace, uri: string, offset: number, includeDeclaration: boolean): Span[] {
  const symbol = symbolAt(ws, uri, offset);
  if (!symbol) return [];
  return occurrences(ws, symbol)
    .filter((s) => includeDeclaration || !s.declares)
    .map((s) => s.ref.span);
}
