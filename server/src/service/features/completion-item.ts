import type { Span } from '../diagnostic';

/** What an item offers, for the icon the editor shows. */
export type PpbCompletionKind = 'key' | 'enum' | 'party' | 'code' | 'step' | 'target' | 'snippet';

/** One completion, in offsets; the glue makes it an LSP CompletionItem. */
export interface PpbCompletionItem {
  readonly label: string;
  readonly kind: PpbCompletionKind;
  /** A name shown beside the label (a unit's name, a key's title). */
  readonly detail?: string;
  /** Markdown. */
  readonly documentation?: string;
  readonly insertText: string;
  /** Whether `insertText` is in LSP snippet syntax (tab stops), else plain text. */
  readonly snippet: boolean;
  readonly sortText: string;
  readonly filterText?: string;
  readonly preselect?: boolean;
  /** The text the item replaces: the whole word at the cursor (empty where nothing is typed yet). */
  readonly replace: Span;
}

/** A sort key that keeps items in the order given, within a group (`0` before `1`). */
export function sortKey(group: number, index: number): string {
  return `${group}${String(index).padStart(4, '0')}`;
}
