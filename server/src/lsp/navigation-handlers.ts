import {
  LSPErrorCodes,
  ResponseError,
  SymbolKind,
  type Connection,
  type DocumentSymbol,
  type Position,
  type ServerCapabilities,
  type SymbolInformation,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import {
  definition,
  documentSymbols,
  hover,
  pick,
  prepareRename,
  references,
  rename,
  workspaceSymbols,
  type Lang,
  type Localized,
  type PpbOutlineItem,
  type PpbOutlineKind,
  type PpbWorkspace,
} from '../service';
import type { FolderModels } from './folder-models';
import { locationOf, offsetAt, rangeOf } from './spans';

const SYMBOL_KIND: Record<PpbOutlineKind, SymbolKind> = {
  instansi: SymbolKind.Namespace,
  unit: SymbolKind.Struct,
  party: SymbolKind.Interface,
  goal: SymbolKind.Package,
  target: SymbolKind.Constant,
  process: SymbolKind.Module,
  map: SymbolKind.Class,
  step: SymbolKind.Method,
  sop: SymbolKind.File,
};

/** What the navigation handlers serve, for `initialize`. */
export const NAVIGATION_CAPABILITIES = {
  hoverProvider: true,
  definitionProvider: true,
  referencesProvider: true,
  renameProvider: { prepareProvider: true },
  documentSymbolProvider: true,
  workspaceSymbolProvider: true,
} satisfies ServerCapabilities;

/** The model holding a file, without creating one for a file no model holds (a plain YAML file). */
function cursorIn(models: FolderModels, uri: string, position: Position): { ws: PpbWorkspace; offset: number } | undefined {
  const ws = models.all().find((w) => w.hasFile(uri));
  const offset = ws ? offsetAt(ws, uri, position) : undefined;
  return ws && offset !== undefined ? { ws, offset } : undefined;
}

function outline(ws: PpbWorkspace, item: PpbOutlineItem): DocumentSymbol {
  return {
    name: item.name,
    ...(item.detail !== undefined ? { detail: item.detail } : {}),
    kind: SYMBOL_KIND[item.kind],
    range: rangeOf(ws, item.range),
    selectionRange: rangeOf(ws, item.selection),
    children: item.children.map((c) => outline(ws, c)),
  };
}

/** Hover, definition, references, rename and symbols: positions in, the service's answers out. */
export function registerNavigationHandlers(connection: Connection, models: FolderModels, lang: () => Lang): void {
  const refuse = (reason: Localized): ResponseError<void> => new ResponseError(LSPErrorCodes.RequestFailed, pick(reason, lang()));

  connection.onHover(({ textDocument, position }) => {
    const at = cursorIn(models, textDocument.uri, position);
    const found = at && hover(at.ws, textDocument.uri, at.offset, lang());
    if (!at || !found) return null;
    return { contents: { kind: 'markdown', value: found.contents }, range: rangeOf(at.ws, found.span) };
  });

  connection.onDefinition(({ textDocument, position }) => {
    const at = cursorIn(models, textDocument.uri, position);
    return at ? definition(at.ws, textDocument.uri, at.offset).map((s) => locationOf(at.ws, s)) : null;
  });

  connection.onReferences(({ textDocument, position, context }) => {
    const at = cursorIn(models, textDocument.uri, position);
    return at ? references(at.ws, textDocument.uri, at.offset, context.includeDeclaration).map((s) => locationOf(at.ws, s)) : null;
  });

  connection.onPrepareRename(({ textDocument, position }) => {
    const at = cursorIn(models, textDocument.uri, position);
    const found = at && prepareRename(at.ws, textDocument.uri, at.offset);
    if (!at || !found) return null;
    if ('refused' in found) throw refuse(found.refused);
    return { range: rangeOf(at.ws, found.span), placeholder: found.placeholder };
  });

  connection.onRenameRequest(({ textDocument, position, newName }): WorkspaceEdit | null => {
    const at = cursorIn(models, textDocument.uri, position);
    const found = at && rename(at.ws, textDocument.uri, at.offset, newName);
    if (!at || !found) return null;
    if ('refused' in found) throw refuse(found.refused);
    const changes: Record<string, TextEdit[]> = {};
    for (const edit of found.edits) (changes[edit.uri] ??= []).push({ range: rangeOf(at.ws, edit), newText: edit.newText });
    return { changes };
  });

  connection.onDocumentSymbol(({ textDocument }) => {
    const ws = models.all().find((w) => w.hasFile(textDocument.uri));
    return ws ? documentSymbols(ws, textDocument.uri, lang()).map((i) => outline(ws, i)) : null;
  });

  connection.onWorkspaceSymbol(({ query }): SymbolInformation[] =>
    models.all().flatMap((ws) =>
      workspaceSymbols(ws, query, lang()).map((s) => ({
        name: s.name,
        kind: SYMBOL_KIND[s.kind],
        location: locationOf(ws, s.span),
        ...(s.container !== undefined ? { containerName: s.container } : {}),
      })),
    ),
  );
}
