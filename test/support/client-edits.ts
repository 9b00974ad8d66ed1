import { TextDocument } from 'vscode-languageserver-textdocument';
import { positionAt, type PpbWorkspace } from '../../server/src/service';

/** A text edit of the service: `[start, end)` of one file replaced by `newText`. */
interface OffsetEdit {
  readonly uri: string;
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

/**
 * What an LSP client does with a WorkspaceEdit: each edit's offsets become the positions the
 * server sends, and every edit of a file is applied to the text the client holds, all against
 * that text, sorted (vscode-languageserver-textdocument throws on overlapping edits). Returns
 * every file of the workspace, by URI, as it stands afterwards.
 */
export function applyAsClient(ws: PpbWorkspace, edits: readonly OffsetEdit[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const uri of ws.uris().sort()) {
    const parsed = ws.parsed(uri);
    if (!parsed) continue;
    const own = edits.filter((e) => e.uri === uri);
    if (own.length === 0) {
      out.set(uri, parsed.text);
      continue;
    }
    const document = TextDocument.create(uri, 'yaml', 1, parsed.text);
    const lspEdits = own.map((e) => ({
      range: { start: positionAt(parsed, e.start), end: positionAt(parsed, e.end) },
      newText: e.newText,
    }));
    out.set(uri, TextDocument.applyEdits(document, lspEdits));
  }
  return out;
}
