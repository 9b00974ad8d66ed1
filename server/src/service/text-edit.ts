import type { Span } from './diagnostic';

/**
 * Replaces `[start, end)` of one file with `newText` (an insertion when start equals end): the
 * one kind of edit the service makes, for renames and quick fixes alike. A change of several
 * files is a list of them; the edits of one file never overlap, and each is read against the
 * file's text before any of them, as an LSP client applies a WorkspaceEdit.
 */
export interface PpbTextEdit extends Span {
  readonly newText: string;
}
