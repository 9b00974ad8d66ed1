import { isMap } from 'yaml';
import { columnOf } from '../../lines';
import type { PpbTextEdit } from '../../text-edit';
import { pairOf } from '../../yaml-nodes';
import type { FixContext } from './quick-fix';
import { eolOf, insertLineAfter, rangeOf } from './yaml-edit';

export type PartySection = 'unit' | 'pemangku_kepentingan';

const DEFAULT_INDENT = 2;

/**
 * The file a new unit or party goes to: the one that already declares that kind, the instansi
 * file first; for a unit in a model that declares none yet, the instansi file.
 */
function targetFile(ctx: FixContext, section: PartySection): string | undefined {
  const kind = section === 'unit' ? 'unit' : 'party';
  const declaring = [...new Set(ctx.model.partyList.filter((p) => p.kind === kind).map((p) => p.id.span.uri))];
  const instansi = ctx.model.instansi[0]?.key.uri;
  if (instansi !== undefined && declaring.includes(instansi)) return instansi;
  return declaring[0] ?? (section === 'unit' ? (instansi ?? ctx.diagnostic.uri) : undefined);
}

/**
 * Declares `id` at the end of the `unit:` (or `pemangku_kepentingan:`) mapping, indented like
 * its siblings, with an empty `nama:` for the author to fill in. Undefined when the section is
 * written in a shape this cannot extend (a flow mapping) or its file does not parse.
 */
export function declareParty(ctx: FixContext, section: PartySection, id: string): PpbTextEdit | undefined {
  const uri = targetFile(ctx, section);
  const parsed = uri === undefined ? undefined : ctx.file(uri);
  const root = parsed?.doc?.contents;
  if (!parsed || !isMap(root) || root.flow) return undefined;
  const text = parsed.text;
  const entry = (keyColumn: number, childIndent: number): string => `${id}:${eolOf(text)}${' '.repeat(keyColumn + childIndent)}nama:`;
  const pair = pairOf(root, section);
  if (!pair) {
    // No such section yet: a new one at the end of the file, at the column of the top-level keys.
    const column = columnOf(text, root.items[0]?.key.range?.[0] ?? 0);
    const block = `${section}:${eolOf(text)}${' '.repeat(column + DEFAULT_INDENT)}${entry(column + DEFAULT_INDENT, DEFAULT_INDENT)}`;
    return insertLineAfter(parsed, text.length, column, block);
  }
  const sectionKey = pair.key.range?.[0] ?? 0;
  const value = pair.value;
  if (value === null || (!isMap(value) && value.range?.[0] === value.range?.[1])) {
    // `unit:` with nothing under it yet.
    const column = columnOf(text, sectionKey) + DEFAULT_INDENT;
    return insertLineAfter(parsed, pair.key.range?.[1] ?? sectionKey, column, entry(column, DEFAULT_INDENT));
  }
  if (!isMap(value) || value.flow) return undefined;
  const first = rangeOf(value.items[0]?.key);
  const last = value.items[value.items.length - 1];
  const lastEnd = rangeOf(last?.value)?.[1] ?? rangeOf(last?.key)?.[1];
  if (!first || lastEnd === undefined) return undefined;
  const column = columnOf(text, first[0]);
  // The children's indent as the last sibling writes it (`nama:` under its key).
  const siblingChild = isMap(last?.value) && !last.value.flow ? rangeOf(last.value.items[0]?.key) : undefined;
  const childIndent = siblingChild === undefined ? DEFAULT_INDENT : Math.max(1, columnOf(text, siblingChild[0]) - column);
  return insertLineAfter(parsed, lastEnd, column, entry(column, childIndent));
}
