import { closest } from '../closest';
import { PARTY_USES } from '../reference-roles';
import type { Rule } from '../rule';

/** PPB207: `pelaksana`, `pemasok`, `pelanggan`, `induk`, `dari` and `ke` name a declared unit or party. */
export const unknownParty: Rule = {
  codes: ['PPB207'],
  scope: 'file',
  check({ model, own, report }) {
    for (const { ref: r } of own.references.of(PARTY_USES)) {
      if (model.parties.has(r.value)) continue;
      const guess = closest(r.value, model.parties.keys());
      const guessName = guess === undefined ? undefined : model.parties.get(guess)?.[0]?.nama;
      const hint =
        guess === undefined
          ? { id: '', en: '' }
          : {
              id: ` Mungkin maksud Anda \`${guess}\`${guessName ? ` (${guessName})` : ''}?`,
              en: ` Did you mean \`${guess}\`${guessName ? ` (${guessName})` : ''}?`,
            };
      report('PPB207', r.span, {
        id: `Unit atau pihak \`${r.value}\` tidak dikenal.${hint.id} Jika ini unit atau pihak baru, deklarasikan di bawah \`unit:\` atau \`pemangku_kepentingan:\`.`,
        en: `Unknown unit or party \`${r.value}\`.${hint.en} If it is a new unit or party, declare it under \`unit:\` or \`pemangku_kepentingan:\`.`,
      });
    }
  },
};
