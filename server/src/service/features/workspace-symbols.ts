import type { Span } from '../diagnostic';
import type { Lang } from '../localized';
import type { PpbWorkspace } from '../workspace';
import { documentSymbols, type PpbOutlineKind, type PpbOutlineItem } from './document-symbols';

export interface PpbWorkspaceSymbol {
  /** The id or code and the name, so a client that filters by name keeps what matched either. */
  readonly name: string;
  readonly kind: PpbOutlineKind;
  readonly span: Span;
  /** The id or code of the item it stands under (a step's map, a unit's parent). */
  readonly container: string | undefined;
}

/** Every code, id or name of the workspace holding the query (any case), file by file. */
export function workspaceSymbols(ws: PpbWorkspace, query: string, lang: Lang): PpbWorkspaceSymbol[] {
  const wanted = query.trim().toLowerCase();
  const out: PpbWorkspaceSymbol[] = [];
  const walk = (items: readonly PpbOutlineItem[], container: string | undefined): void => {
    for (const i of items) {
      const name = [i.key, i.nama].filter((x) => x !== undefined && x.trim() !== '').join(' ');
      // A step with neither id nor name (a bare `mulai`) is nothing anyone searches for.
      if (name !== '' && name.toLowerCase().includes(wanted)) out.push({ name, kind: i.kind, span: i.selection, container });
      walk(i.children, i.name);
    }
  };
  for (const uri of ws.uris().sort()) walk(documentSymbols(ws, uri, lang), undefined);
  return out;
}
