import type { PpbTextEdit } from '../../text-edit';
import { isCodeDeclaration, planCodeRename, type CodeDeclaration } from '../code-rename';
import { editsOf, type RenamedPlace } from '../renamed-place';
import { referenceMarked, type FixContext } from './quick-fix';

/** The process or map code the diagnostic marks (tujuan and sasaran codes are not among them). */
export function declarationMarked(ctx: FixContext): CodeDeclaration | undefined {
  const marked = referenceMarked(ctx);
  return marked && isCodeDeclaration(marked) ? marked : undefined;
}

/**
 * The edits that give the code `key`, declared at `roots`, the code `code` (code-rename.ts), and
 * the places they rewrite; undefined when that cannot be done (a file that does not parse holds
 * the code, or a code it would take is taken), so that no fix is offered.
 */
export function renameCode(
  ctx: FixContext,
  key: string,
  roots: readonly CodeDeclaration[],
  code: string,
): { edits: PpbTextEdit[]; places: readonly RenamedPlace[] } | undefined {
  const planned = planCodeRename(ctx.ws, key, roots, code);
  return 'refused' in planned ? undefined : { edits: editsOf(ctx.ws, planned.places), places: planned.places };
}
