import type { Rule } from '../rule';

/** PPB303: an activity produces something (`keluaran`: the SOP AP output column). */
export const activityOutput: Rule = {
  codes: ['PPB303'],
  scope: 'file',
  check({ own, report }) {
    for (const m of own.procedures) {
      for (const s of m.steps) {
        if (s.jenis !== 'aktivitas' || s.hasKeluaran) continue;
        report('PPB303', s.anchor, {
          id: `Aktivitas${s.nama ? ` "${s.nama}"` : ''} belum punya \`keluaran\`. Tuliskan hasilnya (kolom Output pada SOP AP), misalnya \`keluaran: [Daftar kebutuhan]\`.`,
          en: `Activity${s.nama ? ` "${s.nama}"` : ''} has no \`keluaran\`. Write what it produces (the SOP AP Output column), for example \`keluaran: [Daftar kebutuhan]\`.`,
        });
      }
    }
  },
};
