import type { Procedure } from '../model';
import type { Rule } from '../rule';

/** Steps an SOP prints: an SOP's own, or its map's when one of its SOPs follows them. */
const printedBySop = (p: Procedure): boolean => p.sop !== undefined || p.map.sop.some((s) => s.steps === undefined);

/**
 * PPB402: an activity of an SOP without `waktu` leaves the Mutu Baku Waktu column empty.
 * Information, not a warning: many agencies fill the times last.
 */
export const sopStepTime: Rule = {
  codes: ['PPB402'],
  scope: 'file',
  check({ own, report }) {
    for (const p of own.procedures.filter(printedBySop)) {
      for (const s of p.steps) {
        if (s.jenis !== 'aktivitas' || s.hasWaktu) continue;
        report('PPB402', s.anchor, {
          id: `Aktivitas${s.nama ? ` "${s.nama}"` : ''} dalam SOP ${p.sop?.kode.value ?? p.map.kode.value} belum punya \`waktu\` (kolom Waktu pada Mutu Baku). Tuliskan, misalnya \`waktu: 1 hari\`.`,
          en: `Activity${s.nama ? ` "${s.nama}"` : ''} of SOP ${p.sop?.kode.value ?? p.map.kode.value} has no \`waktu\` (the Mutu Baku Waktu column). Write it, for example \`waktu: 1 hari\`.`,
        });
      }
    }
  },
};
