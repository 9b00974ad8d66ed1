import { isNumberSegment, parseCode } from '../../code-grammar';
import { fixOf, type Fixer } from './quick-fix';
import { declarationAt, renameCode } from './rename-code';

/** The code with the instansi prefix in place of its first segment; in front, when it starts with a number. */
function withPrefix(code: string, prefix: string): string {
  const first = parseCode(code).segments[0] ?? '';
  const at = code.indexOf(first);
  return isNumberSegment(first) ? `${code.slice(0, at)}${prefix}.${code.slice(at)}` : code.slice(0, at) + prefix + code.slice(at + first.length);
}

/** PPB201: the instansi prefix, the rest kept as written; what is written inside and refers to it follows. */
export const fixCodePrefix: Fixer = (ctx) => {
  const { model, diagnostic } = ctx;
  const entry = ctx.file(diagnostic.uri) && declarationAt(model, diagnostic);
  if (model.prefix === undefined || !entry) return [];
  const code = withPrefix(entry.decl.kode.value, model.prefix);
  const { edits } = renameCode(ctx, entry, code);
  return fixOf({ id: `Perbaiki awalan kode menjadi \`${code}\``, en: `Correct the prefix: \`${code}\`` }, edits, true);
};
