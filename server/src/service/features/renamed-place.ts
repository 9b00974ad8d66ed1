import type { Localized } from '../localized';
import type { Reference } from '../reference-table';
import type { PpbTextEdit } from '../text-edit';
import type { PpbWorkspace } from '../workspace';
import { rewriteValue } from '../written-value';

/** A place a rename rewrites, and what it reads afterwards. */
export interface RenamedPlace {
  readonly reference: Reference;
  readonly newText: string;
}

/** What a rename rewrites, or why it cannot be made. */
export type RenamePlan = { readonly places: readonly RenamedPlace[] } | { readonly refused: Localized };

/** The edits that rewrite the places, in their files' current texts; a place that keeps its text gets none. */
export function editsOf(ws: PpbWorkspace, places: readonly RenamedPlace[]): PpbTextEdit[] {
  return places.flatMap(({ reference: { ref }, newText }) => {
    const text = ws.parsed(ref.span.uri)?.text;
    return text === undefined || newText === ref.value ? [] : [rewriteValue(text, ref, newText)];
  });
}

/** Why a name cannot be given: something else already has it. */
export function nameTaken(name: string, owner: Localized): Localized {
  return {
    id: `\`${name}\` sudah dipakai oleh ${owner.id}. Pilih nama lain.`,
    en: `\`${name}\` is already taken by ${owner.en}. Choose another name.`,
  };
}
