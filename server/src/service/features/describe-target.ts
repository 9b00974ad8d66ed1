import type { ModelIndex } from '../model-index';
import { inlineCode } from './markdown';
import { declaredTimes, paragraphs, title, undeclared, type HoverWriter } from './hover-text';

/** Hover of a Renstra goal or target code: its wording and the processes that serve it. */
export function describeTarget(model: ModelIndex, w: HoverWriter, code: string): string {
  const decls = model.targets.get(code) ?? [];
  const decl = decls[0];
  if (!decl) {
    return undeclared(w, code, {
      id: 'Sasaran ini belum dideklarasikan di `tujuan[].sasaran`.',
      en: 'This target is not declared under `tujuan[].sasaran`.',
    });
  }
  const kind =
    decl.kind === 'tujuan' ? w.say({ id: 'Tujuan Renstra', en: 'Renstra goal' }) : w.say({ id: 'Sasaran Renstra', en: 'Renstra target' });
  const serving = new Set(model.references.naming(['processTarget'], code).map((r) => r.in));
  const served = model.processes.filter((p) => serving.has(p)).map((p) => inlineCode(p.kode.value));
  const processes = served.length > 0 ? `${w.say({ id: 'Didukung proses', en: 'Served by processes' })}: ${w.inline(served)}` : undefined;
  return paragraphs([title(code, decl.nama), kind, processes, declaredTimes(w, decls.length)]);
}
