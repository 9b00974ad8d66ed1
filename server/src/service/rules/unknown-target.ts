import { closest } from '../closest';
import { TARGET_USES } from '../reference-roles';
import type { Rule } from '../rule';

/** PPB211: a process's `sasaran` names a target declared under `tujuan[].sasaran`. */
export const unknownTarget: Rule = {
  codes: ['PPB211'],
  scope: 'file',
  check({ model, own, report }) {
    const sasaran = model.targetList.filter((t) => t.kind === 'sasaran').map((t) => t.kode.value);
    const known = new Set(sasaran);
    for (const { ref: s } of own.references.of(TARGET_USES)) {
      if (known.has(s.value)) continue;
      const guess = closest(s.value, sasaran);
      const list = sasaran.length ? sasaran.map((k) => `\`${k}\``).join(', ') : '-';
      report('PPB211', s.span, {
        id: `Sasaran \`${s.value}\` tidak dikenal.${guess ? ` Mungkin maksud Anda \`${guess}\`?` : ''} Sasaran yang dideklarasikan di \`tujuan\`: ${list}.`,
        en: `Unknown target (sasaran) \`${s.value}\`.${guess ? ` Did you mean \`${guess}\`?` : ''} Targets declared under \`tujuan\`: ${list}.`,
      });
    }
  },
};
