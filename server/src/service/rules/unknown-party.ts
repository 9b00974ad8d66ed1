import { closest } from '../closest';
import type { Ref } from '../model';
import type { Declarations, Rule } from '../rule';

/** Every place that names a unit or party: performers, suppliers, customers, parents, relations. */
function partyReferences(own: Declarations): Ref[] {
  const out: Ref[] = [];
  for (const p of own.processes) out.push(...p.pelaksana, ...p.pemasok, ...p.pelanggan);
  for (const m of own.maps) {
    out.push(...(m.lanes ?? []));
    for (const s of m.steps) if (s.pelaksana) out.push(s.pelaksana);
  }
  for (const u of own.partyList) if (u.induk) out.push(u.induk);
  for (const r of own.relations) {
    if (r.dari) out.push(r.dari);
    if (r.ke) out.push(r.ke);
  }
  return out;
}

/** PPB207: `pelaksana`, `pemasok`, `pelanggan`, `induk`, `dari` and `ke` name a declared unit or party. */
export const unknownParty: Rule = {
  codes: ['PPB207'],
  scope: 'file',
  check({ model, own, report }) {
    for (const r of partyReferences(own)) {
      if (model.parties.has(r.value)) continue;
      const guess = closest(r.value, model.parties.keys());
      const guessName = guess === undefined ? undefined : model.parties.get(guess)?.[0]?.nama;
      const hint = guess === undefined
        ? { id: '', en: '' }
        : { id: ` Mungkin maksud Anda \`${guess}\`${guessName ? ` (${guessName})` : ''}?`, en: ` Did you mean \`${guess}\`${guessName ? ` (${guessName})` : ''}?` };
      report('PPB207', r.span, {
        id: `Unit atau pihak \`${r.value}\` tidak dikenal.${hint.id} Jika ini unit atau pihak baru, deklarasikan di bawah \`unit:\` atau \`pemangku_kepentingan:\`.`,
        en: `Unknown unit or party \`${r.value}\`.${hint.en} If it is a new unit or party, declare it under \`unit:\` or \`pemangku_kepentingan:\`.`,
      });
    }
  },
};
