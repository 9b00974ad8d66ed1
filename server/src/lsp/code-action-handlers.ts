import { CodeActionKind, type CodeAction, type CodeLens, type Connection, type WorkspaceEdit } from 'vscode-languageserver';
import { isPpbFileName } from '../protocol/ppb-files';
import { codeActions, codeLenses, offsetAt, type Lang } from '../service';
import type { FolderModels } from './folder-models';
import { rangeOf } from './spans';
import { toLspDiagnostic } from './to-lsp';

/** Other YAML files of the editor get nothing (and no model of their own). */

/** Quick fixes (`textDocument/codeAction`, kind quickfix) and the code lenses above each map. */
export function registerCodeActionHandlers(connection: Connection, models: FolderModels, lang: () => Lang): void {
  connection.onCodeAction(({ textDocument, range, context }): CodeAction[] => {
    if (!isPpbFileName(textDocument.uri)) return [];
    if (context.only && !context.only.some((k) => k === CodeActionKind.QuickFix || k === CodeActionKind.Empty)) return [];
    const ws = models.modelFor(textDocument.uri);
    const parsed = ws.parsed(textDocument.uri);
    if (!parsed) return [];
    return codeActions(ws, textDocument.uri, offsetAt(parsed, range.start), offsetAt(parsed, range.end), lang()).map((a) => {
      const changes: NonNullable<WorkspaceEdit['changes']> = {};
      for (const e of a.edits) (changes[e.uri] ??= []).push({ range: rangeOf(ws, e), newText: e.newText });
      return {
        title: a.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [toLspDiagnostic(ws, a.diagnostic, lang())],
        edit: { changes },
        isPreferred: a.isPreferred,
      };
    });
  });
  connection.onCodeLens(({ textDocument }): CodeLens[] => {
    if (!isPpbFileName(textDocument.uri)) return [];
    const ws = models.modelFor(textDocument.uri);
    return codeLenses(ws, textDocument.uri, lang()).map((l) => ({
      range: rangeOf(ws, l.span),
      // A lens that only informs has an empty command: shown, not clickable.
      command: { title: l.title, command: l.command?.name ?? '', ...(l.command ? { arguments: [...l.command.arguments] } : {}) },
    }));
  });
}
