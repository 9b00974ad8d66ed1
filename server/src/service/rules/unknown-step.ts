import { closest } from '../closest';
import type { Procedure } from '../model';
import { procedureWords } from '../procedure-name';
import { STEP_USES } from '../reference-roles';
import type { Rule } from '../rule';

/** PPB209: `lanjut` and `cabang` name a step id of the same map (or of the same SOP's own steps). */
export const unknownStep: Rule = {
  codes: ['PPB209'],
  scope: 'file',
  check({ own, report }) {
    const idsOf = new Map<Procedure, Set<string>>();
    for (const {
      ref: target,
      in: { procedure: m },
    } of own.references.of(STEP_USES)) {
      const w = procedureWords(m);
      let ids = idsOf.get(m);
      if (!ids) {
        ids = new Set(m.steps.flatMap((s) => (s.id ? [s.id.value] : [])));
        idsOf.set(m, ids);
      }
      if (ids.has(target.value)) continue;
      const guess = closest(target.value, ids);
      const known =
        ids.size === 0
          ? { id: `${w.This.id} belum punya langkah ber-id.`, en: `${w.This.en} has no step with an id yet.` }
          : guess
            ? { id: `Mungkin maksud Anda \`${guess}\`?`, en: `Did you mean \`${guess}\`?` }
            : {
                id: `Id yang ada: ${[...ids].map((i) => `\`${i}\``).join(', ')}.`,
                en: `Ids in this ${m.sop ? 'SOP' : 'map'}: ${[...ids].map((i) => `\`${i}\``).join(', ')}.`,
              };
      report('PPB209', target.span, {
        id: `Tidak ada langkah ber-id \`${target.value}\` dalam ${w.named.id}. ${known.id} Beri langkah tujuan \`id: ${target.value}\`, atau perbaiki rujukan ini.`,
        en: `No step with id \`${target.value}\` in ${w.named.en}. ${known.en} Give the target step \`id: ${target.value}\`, or correct this reference.`,
      });
    }
  },
};
