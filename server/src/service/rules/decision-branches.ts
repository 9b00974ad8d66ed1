import type { Rule } from '../rule';

/** PPB214: a decision (`keputusan`) has at least two labelled branches. */
export const decisionBranches: Rule = {
  codes: ['PPB214'],
  scope: 'file',
  check({ own, report }) {
    for (const m of own.procedures) {
      for (const s of m.steps) {
        if (s.jenis !== 'keputusan' || s.cabang.length >= 2) continue;
        report('PPB214', s.anchor, {
          id: `Keputusan${s.nama ? ` "${s.nama}"` : ''} punya ${s.cabang.length} cabang; keputusan perlu paling sedikit dua, misalnya \`cabang: {Ya: setujui, Tidak: perbaiki}\`.`,
          en: `Decision${s.nama ? ` "${s.nama}"` : ''} has ${s.cabang.length} branch${s.cabang.length === 1 ? '' : 'es'}; a decision needs at least two, for example \`cabang: {Ya: setujui, Tidak: perbaiki}\`.`,
        });
      }
    }
  },
};
