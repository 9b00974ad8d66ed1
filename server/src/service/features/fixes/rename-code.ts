import { codeKey, mapParentKey, parseCode } from '../../code-grammar';
import type { PpbDiagnostic } from '../../diagnostic';
import type { ProcessDecl, Ref } from '../../model';
import type { CodeEntry, ModelIndex } from '../../model-index';
import { codeReferences } from '../../rules/declared-codes';
import type { FixContext, PpbTextEdit } from './quick-fix';
import { replaceInScalar, scalarAt } from './yaml-edit';

/** The process or map whose code the diagnostic marks (tujuan and sasaran codes are not among them). */
export function declarationAt(model: ModelIndex, d: PpbDiagnostic): CodeEntry | undefined {
  for (const entries of model.codes.values()) {
    const found = entries.find((e) => e.decl.kode.span.uri === d.uri && e.decl.kode.span.start === d.start);
    if (found) return found;
  }
  return undefined;
}

/** Whether `code` is `parent` followed by more segments, as written. */
const extendsCode = (code: string, parent: string): boolean => code.startsWith(parent) && /^[.\-_]/.test(code.slice(parent.length));

/** The processes written inside `p` (its sub-processes, at every level). */
const subtree = (p: ProcessDecl): ProcessDecl[] => p.children.flatMap((c) => [c, ...subtree(c)]);

/**
 * What a declaration takes along when its code changes: the sub-processes written inside it,
 * and, for each code moved that no other declaration keeps, the maps under it (in any file) and
 * the references to it (`peta`, `lanjut`, `proses`). A code declared twice keeps its maps and
 * references with the other declaration. Codes not written as an extension of the old one stay.
 */
function carried(model: ModelIndex, entry: CodeEntry): Ref[] {
  const old = entry.decl.kode.value;
  const sole = (code: string): boolean => model.codes.get(codeKey(code))?.length === 1;
  const subs = entry.kind === 'process' ? subtree(entry.decl).filter((c) => extendsCode(c.kode.value, old)) : [];
  const moved = new Set([entry.decl, ...subs].filter((d) => sole(d.kode.value)).map((d) => codeKey(d.kode.value)));
  const maps = entry.kind === 'process' ? model.maps.filter((m) => moved.has(mapParentKey(parseCode(m.kode.value)) ?? '') && extendsCode(m.kode.value, old)) : [];
  for (const m of maps) if (sole(m.kode.value)) moved.add(codeKey(m.kode.value));
  const refs = codeReferences(model).filter(({ ref }) => moved.has(codeKey(ref.value)) && (ref.value === old || extendsCode(ref.value, old)));
  return [...subs.map((c) => c.kode), ...maps.map((m) => m.kode), ...refs.map(({ ref }) => ref)];
}

/** Replaces the leading `old` of the code written at `ref` by `code`, touching only the characters that differ. */
function rename(ctx: FixContext, ref: Ref, old: string, code: string): PpbTextEdit | undefined {
  const parsed = ctx.file(ref.span.uri);
  const scalar = parsed && scalarAt(parsed, ref.span.start);
  if (!scalar) return undefined;
  let head = 0;
  while (head < old.length && head < code.length && old[head] === code[head]) head++;
  let tail = 0;
  while (tail < old.length - head && tail < code.length - head && old[old.length - 1 - tail] === code[code.length - 1 - tail]) tail++;
  return replaceInScalar(parsed, scalar, head, old.length - tail, code.slice(head, code.length - tail));
}

/** The edits that give a declaration `code`, and how many other places follow it. */
export function renameCode(ctx: FixContext, entry: CodeEntry, code: string): { edits: (PpbTextEdit | undefined)[]; along: number } {
  const old = entry.decl.kode.value;
  const along = carried(ctx.model, entry);
  return { edits: [entry.decl.kode, ...along].map((r) => rename(ctx, r, old, code)), along: along.length };
}
