import { mapParentKey, parseCode } from '../../code-grammar';
import type { ModelIndex } from '../../model-index';
import type { CodeDeclaration } from '../code-rename';
import { nextFreeCode, nextProcessCode } from '../next-code';
import { fixOf, type Fixer } from './quick-fix';
import { declarationMarked, renameCode } from './rename-code';

/** The next free code for this declaration: under its parent process, or the instansi for Level 0. */
function renumbered(model: ModelIndex, declaration: CodeDeclaration): string | undefined {
  if (declaration.role === 'mapCode') {
    const parentKey = mapParentKey(parseCode(declaration.ref.value));
    const parent = parentKey === undefined ? undefined : model.codes.get(parentKey)?.find((e) => e.kind === 'process');
    return parent && nextFreeCode(model, parent.decl.kode.value, 'map');
  }
  if (declaration.role === 'sopCode') return nextFreeCode(model, declaration.in.map.kode.value, 'sop');
  const parent = declaration.in.parent;
  return parent ? nextFreeCode(model, parent.kode.value, 'sub') : nextProcessCode(model);
}

/** PPB203: give this declaration the next free code; it takes what is below it, in any spelling, along. */
export const fixDuplicateCode: Fixer = (ctx) => {
  // Tujuan and sasaran codes have no numbering to continue: those are left to the author.
  const declaration = ctx.file(ctx.diagnostic.uri) && declarationMarked(ctx);
  const code = declaration && renumbered(ctx.model, declaration);
  const renamed = declaration && code !== undefined ? renameCode(ctx, declaration.key, [declaration], code) : undefined;
  if (!renamed) return [];
  const along = renamed.places.length - 1;
  const more =
    along === 0
      ? { id: '', en: '' }
      : { id: ` (juga di ${along} tempat lain)`, en: ` (also in ${along} other place${along > 1 ? 's' : ''})` };
  return fixOf(
    { id: `Beri nomor berikutnya yang bebas: \`${code}\`${more.id}`, en: `Renumber to the next free code \`${code}\`${more.en}` },
    renamed.edits,
    true,
  );
};
