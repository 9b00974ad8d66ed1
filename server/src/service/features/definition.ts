import type { Span } from '../diagnostic';
import type { PpbWorkspace } from '../workspace';
import { occurrences, symbolAt } from './symbol-at';

/** Where the id or code under the cursor is declared, in any file (more than one when declared twice). */
export function definition(ws: PpbWorkspace, uri: string, offset: number): Span[] {
  const symbol = symbolAt(ws, uri, offset);
  if (!symbol) return [];
  return occurrences(ws, symbol)
    .filter((s) => s.declares)
    .map((s) => s.ref.span);
}
