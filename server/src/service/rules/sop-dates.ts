import { compareDates, readDate, writtenAsDate, type CalendarDate } from '../calendar-date';
import type { Localized } from '../localized';
import type { Ref } from '../model';
import type { Rule } from '../rule';

const NAMES = {
  pembuatan: { id: 'tanggal pembuatan', en: 'date made' },
  revisi: { id: 'tanggal revisi', en: 'date revised' },
  efektif: { id: 'tanggal efektif', en: 'date effective' },
} as const satisfies Record<string, Localized>;

type Which = keyof typeof NAMES;

/**
 * PPB217: an SOP's dates are real days (`2023-02-30` is not), and in order: revised and effective
 * not before made, effective not before revised. The form `YYYY-MM-DD` itself is the schema's
 * (PPB105): a date in another form is not read here.
 */
export const sopDates: Rule = {
  codes: ['PPB217'],
  scope: 'file',
  check({ own, report }) {
    for (const m of own.maps) {
      for (const s of m.sop) {
        const read: Partial<Record<Which, { ref: Ref; date: CalendarDate }>> = {};
        const written: [Which, Ref | undefined][] = [
          ['pembuatan', s.tanggalPembuatan],
          ['revisi', s.tanggalRevisi],
          ['efektif', s.tanggalEfektif],
        ];
        for (const [which, ref] of written) {
          if (ref === undefined || !writtenAsDate(ref.value)) continue;
          const date = readDate(ref.value);
          if (date) {
            read[which] = { ref, date };
            continue;
          }
          report('PPB217', ref.span, {
            id: `\`${ref.value}\` bukan tanggal yang ada (${NAMES[which].id} SOP ${s.kode.value}). Periksa bulan dan harinya; tanggal ditulis TTTT-BB-HH.`,
            en: `\`${ref.value}\` is not a real date (the ${NAMES[which].en} of SOP ${s.kode.value}). Check its month and day; dates are written YYYY-MM-DD.`,
          });
        }
        // Each later date against the earlier ones it must not precede: the first it precedes is named.
        const order: [Which, Which[]][] = [
          ['revisi', ['pembuatan']],
          ['efektif', ['revisi', 'pembuatan']],
        ];
        for (const [later, earlier] of order) {
          const l = read[later];
          if (!l) continue;
          const e = earlier.map((w) => ({ which: w, at: read[w] })).find((x) => x.at !== undefined && compareDates(l.date, x.at.date) < 0);
          if (!e?.at) continue;
          report('PPB217', l.ref.span, {
            id: `${capital(NAMES[later].id)} \`${l.ref.value}\` mendahului ${NAMES[e.which].id} \`${e.at.ref.value}\` SOP ${s.kode.value}. Perbaiki salah satu tanggalnya.`,
            en: `The ${NAMES[later].en} \`${l.ref.value}\` comes before the ${NAMES[e.which].en} \`${e.at.ref.value}\` of SOP ${s.kode.value}. Correct one of the dates.`,
          });
        }
      }
    }
  },
};

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
