import type { PpbDiagnostic } from '../../diagnostic';
import type { Localized } from '../../localized';
import type { ModelIndex } from '../../model-index';
import type { ParsedFile } from '../../parse';
import type { Reference } from '../../reference-table';
import type { PpbTextEdit } from '../../text-edit';
import type { PpbWorkspace } from '../../workspace';
import { currentFragment } from '../current-fragment';

/** One way to fix a diagnostic: what the user reads, and the edits, possibly in several files. */
export interface Fix {
  readonly title: Localized;
  readonly edits: readonly PpbTextEdit[];
  /** The obvious fix, the one an editor applies on "auto fix". */
  readonly preferred: boolean;
}

export interface FixContext {
  readonly ws: PpbWorkspace;
  readonly model: ModelIndex;
  readonly diagnostic: PpbDiagnostic;
  /**
   * A file of the model at its current text, or undefined when it does not parse: the model
   * keeps such a file's last good content, whose offsets no longer match its text.
   */
  readonly file: (uri: string) => ParsedFile | undefined;
}

/** The fixes of one diagnostic code. */
export type Fixer = (ctx: FixContext) => Fix[];

/** A fix is offered only when every one of its edits could be made. */
export function fixOf(title: Localized, edits: readonly (PpbTextEdit | undefined)[], preferred: boolean): Fix[] {
  const made = edits.filter((e): e is PpbTextEdit => e !== undefined);
  return made.length === edits.length && made.length > 0 ? [{ title, edits: made, preferred }] : [];
}

/** The name the diagnostic marks: the reference that starts where it starts, in the file's current text. */
export function referenceMarked({ ws, diagnostic }: FixContext): Reference | undefined {
  const found = currentFragment(ws, diagnostic.uri)?.references.at(diagnostic.start);
  return found?.ref.span.start === diagnostic.start ? found : undefined;
}
