import {
  CompletionItemKind,
  InsertTextFormat,
  InsertTextMode,
  MarkupKind,
  type CompletionItem,
  type ClientCapabilities,
  type CompletionList,
  type Connection,
} from 'vscode-languageserver';
import {
  completions,
  offsetAt,
  rangeOf,
  snippetAsPlainText,
  type Lang,
  type ParsedFile,
  type PpbCompletionItem,
  type PpbCompletionKind,
} from '../service';
import type { FolderModels } from './folder-models';

/**
 * The characters that open completion without Ctrl+Space: a space after `key:` (the value)
 * and after `- ` (a new item); `.` inside a code (`KECKLB.06.` → the next free code); `-` at
 * the start of an item and inside a variant code (`POM-`). Not `:`: Enter right after
 * `langkah:` must open the next line, not accept a suggestion.
 */
export const COMPLETION_TRIGGERS = [' ', '.', '-'];

const KIND: Record<PpbCompletionKind, CompletionItemKind> = {
  key: CompletionItemKind.Property,
  enum: CompletionItemKind.EnumMember,
  party: CompletionItemKind.Reference,
  code: CompletionItemKind.Constant,
  step: CompletionItemKind.Value,
  target: CompletionItemKind.Value,
  snippet: CompletionItemKind.Snippet,
};

function toLsp(parsed: ParsedFile, item: PpbCompletionItem, snippets: boolean): CompletionItem {
  const snippet = item.snippet && snippets;
  const range = rangeOf(parsed, item.replace);
  return {
    label: item.label,
    kind: KIND[item.kind],
    ...(item.detail !== undefined ? { detail: item.detail } : {}),
    ...(item.documentation !== undefined ? { documentation: { kind: MarkupKind.Markdown, value: item.documentation } } : {}),
    sortText: item.sortText,
    ...(item.filterText !== undefined ? { filterText: item.filterText } : {}),
    ...(item.preselect ? { preselect: true } : {}),
    insertTextFormat: snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    // The service writes every line's indentation itself.
    insertTextMode: InsertTextMode.asIs,
    textEdit: { range, newText: snippet || !item.snippet ? item.insertText : snippetAsPlainText(item.insertText) },
  };
}

/**
 * Completion in PPB files: the service reads the text at the cursor; here positions become
 * offsets, and snippets become plain text for a client that does not take them.
 */
export function registerCompletionHandlers(
  connection: Connection,
  models: FolderModels,
  lang: () => Lang,
  client: () => ClientCapabilities,
): void {
  connection.onCompletion(({ textDocument, position, context }): CompletionList | null => {
    const ws = models.modelFor(textDocument.uri);
    const parsed = ws.parsed(textDocument.uri);
    const offset = parsed && offsetAt(parsed, position);
    if (!parsed || offset === undefined) return null;
    const items = completions(ws, textDocument.uri, offset, lang(), context?.triggerCharacter);
    const snippets = client().textDocument?.completion?.completionItem?.snippetSupport === true;
    return { isIncomplete: false, items: items.map((i) => toLsp(parsed, i, snippets)) };
  });
}
