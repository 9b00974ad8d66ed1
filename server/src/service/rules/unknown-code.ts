import { closest } from '../closest';
import { codeKey } from '../code-grammar';
import type { Localized } from '../localized';
import type { Ref } from '../model';
import type { Rule } from '../rule';

/** PPB210: a step's `peta`, a sub-process's `lanjut` and a relation's `proses` name a declared code. */
export const unknownCode: Rule = {
  codes: ['PPB210'],
  scope: 'file',
  check({ model, own, report }) {
    const refs: { ref: Ref; what: Localized }[] = [];
    for (const m of own.maps) {
      for (const s of m.steps) if (s.peta) refs.push({ ref: s.peta, what: { id: 'peta', en: 'map' } });
    }
    for (const p of own.processes) {
      for (const l of p.lanjut) refs.push({ ref: l, what: { id: 'sub proses', en: 'sub-process' } });
    }
    for (const r of own.relations) if (r.proses) refs.push({ ref: r.proses, what: { id: 'proses', en: 'process' } });
    let declared: string[] | undefined;
    for (const { ref, what } of refs) {
      if (model.codes.has(codeKey(ref.value))) continue;
      declared ??= [...model.codes.values()].flatMap((entries) => entries.map((e) => e.decl.kode.value));
      const guess = closest(ref.value, declared);
      const hint = guess ? { id: ` Mungkin maksud Anda \`${guess}\`?`, en: ` Did you mean \`${guess}\`?` } : { id: '', en: '' };
      report('PPB210', ref.span, {
        id: `Tidak ada ${what.id} dengan kode \`${ref.value}\`.${hint.id} Periksa kodenya, atau tambahkan ${what.id} itu.`,
        en: `No ${what.en} has code \`${ref.value}\`.${hint.en} Check the code, or add that ${what.en}.`,
      });
    }
  },
};
