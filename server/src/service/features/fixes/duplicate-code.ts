import { mapParentKey, parseCode } from '../../code-grammar';
import type { CodeEntry, ModelIndex } from '../../model-index';
import { nextFreeCode, nextProcessCode } from '../next-code';
import { fixOf, type Fixer } from './quick-fix';
import { declarationAt, renameCode } from './rename-code';

/** The next free code for this declaration: under its parent process, or the instansi for Level 0. */
function renumbered(model: ModelIndex, entry: CodeEntry): string | undefined {
  if (entry.kind === 'map') {
    const parentKey = mapParentKey(parseCode(entry.decl.kode.value));
    const parent = parentKey === undefined ? undefined : model.codes.get(parentKey)?.find((e) => e.kind === 'process');
    return parent && nextFreeCode(model, parent.decl.kode.value, 'map');
  }
  const parent = entry.decl.parent;
  return parent ? nextFreeCode(model, parent.kode.value, 'sub') : nextProcessCode(model);
}

/** PPB203: give this declaration the next free code; a process takes what is written inside it along. */
export const fixDuplicateCode: Fixer = (ctx) => {
  const { model, diagnostic } = ctx;
  // Tujuan and sasaran codes have no numbering to continue: those are left to the author.
  const entry = ctx.file(diagnostic.uri) && declarationAt(model, diagnostic);
  const code = entry && renumbered(model, entry);
  if (!entry || code === undefined) return [];
  const { edits, along } = renameCode(ctx, entry, code);
  const more = along === 0 ? { id: '', en: '' } : { id: ` (juga di ${along} tempat lain)`, en: ` (also in ${along} other place${along > 1 ? 's' : ''})` };
  return fixOf({ id: `Beri nomor berikutnya yang bebas: \`${code}\`${more.id}`, en: `Renumber to the next free code \`${code}\`${more.en}` }, edits, true);
};
