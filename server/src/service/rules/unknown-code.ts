import { closest } from '../closest';
import { codeKey } from '../code-grammar';
import type { Rule } from '../rule';
import { codeReferences } from './declared-codes';

/** PPB210: a step's `peta`, a sub-process's `lanjut` and a relation's `proses` name a declared code. */
export const unknownCode: Rule = {
  codes: ['PPB210'],
  scope: 'file',
  check({ model, own, report }) {
    const refs = codeReferences(own);
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
