import { columnOf } from '../../lines';
import { pairOf } from '../../yaml-nodes';
import { fixOf, type Fixer } from './quick-fix';
import { insertLineAfter, mappingAt } from './yaml-edit';

/**
 * PPB303: an empty `keluaran: []` in the step, for the author to fill in: after `masukan` (the
 * SOP AP columns' order), else after `pelaksana`, else at the end of the step. Until it is
 * filled the empty list is reported (PPB105) right where the output is to be written.
 */
export const fixActivityOutput: Fixer = ({ model, diagnostic, file }) => {
  const parsed = file(diagnostic.uri);
  const step = model.procedures
    .flatMap((p) => p.steps)
    .find((s) => s.anchor.uri === diagnostic.uri && s.anchor.start === diagnostic.start && s.anchor.end === diagnostic.end);
  const node = parsed && step && mappingAt(parsed, step.extent.start);
  const first = node?.items[0];
  if (!parsed || !node || !first) return [];
  const title = { id: 'Tambahkan `keluaran: []` untuk diisi', en: 'Add `keluaran: []` to fill in' };
  if (node.flow) {
    // `{nama: ..., pelaksana: ...}`: the entry goes before the closing brace.
    const close = parsed.text.lastIndexOf('}', (node.range?.[1] ?? 0) - 1);
    return close < 0 ? [] : fixOf(title, [{ uri: parsed.uri, start: close, end: close, newText: ', keluaran: []' }], true);
  }
  const after = pairOf(node, 'masukan') ?? pairOf(node, 'pelaksana') ?? node.items[node.items.length - 1] ?? first;
  const end = after.value?.range?.[1] ?? after.key.range?.[1] ?? 0;
  return fixOf(title, [insertLineAfter(parsed, end, columnOf(parsed.text, first.key.range?.[0] ?? 0), 'keluaran: []')], true);
};
