import { isNumberSegment, parseCode } from '../../code-grammar';
import type { ModelIndex } from '../../model-index';
import { keysAbove } from '../code-family';
import { isCodeDeclaration, type CodeDeclaration } from '../code-rename';
import { findReferences } from '../symbol-at';
import { fixOf, type Fixer } from './quick-fix';
import { declarationMarked, renameCode } from './rename-code';

/** The code with the instansi prefix in place of its first segment; in front, when it starts with a number. */
function withPrefix(code: string, prefix: string): string {
  const first = parseCode(code).segments[0] ?? '';
  const at = code.indexOf(first);
  return isNumberSegment(first)
    ? `${code.slice(0, at)}${prefix}.${code.slice(at)}`
    : code.slice(0, at) + prefix + code.slice(at + first.length);
}

/**
 * The key of the outermost declared code above this one, or its own: the codes above share its
 * first segment, so they lack the prefix too. The prefix is corrected for that whole family at
 * once, or a code corrected alone would no longer stand under its parent.
 */
function familyOf(model: ModelIndex, declaration: CodeDeclaration): string {
  return (
    keysAbove(declaration.key)
      .reverse()
      .find((k) => model.codes.has(k)) ?? declaration.key
  );
}

/** PPB201: the instansi prefix, the rest kept as written; the codes below it and every place that names them follow. */
export const fixCodePrefix: Fixer = (ctx) => {
  const { model, ws } = ctx;
  const declaration = ctx.file(ctx.diagnostic.uri) && declarationMarked(ctx);
  if (model.prefix === undefined || !declaration) return [];
  const family = familyOf(model, declaration);
  const roots = findReferences(ws, (r) => r.key === family).filter(isCodeDeclaration);
  const top = roots[0];
  const renamed = top && renameCode(ctx, family, roots, withPrefix(top.ref.value, model.prefix));
  const code = renamed?.places.find((p) => p.reference === declaration)?.newText;
  if (!renamed || code === undefined) return [];
  return fixOf({ id: `Perbaiki awalan kode menjadi \`${code}\``, en: `Correct the prefix: \`${code}\`` }, renamed.edits, true);
};
