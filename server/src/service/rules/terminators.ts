import { endPositions } from '../flow';
import { procedureWords } from '../procedure-name';
import type { Rule } from '../rule';

/** PPB212, PPB213: a map (or an SOP's own steps) has exactly one `mulai` and at least one end: a `selesai`, or a connector that ends its path (1.1). */
export const terminators: Rule = {
  codes: ['PPB212', 'PPB213'],
  scope: 'file',
  check({ own, report }) {
    for (const m of own.procedures) {
      const w = procedureWords(m);
      if (m.steps.length === 0) continue; // `langkah` missing, empty or not a list of steps: the schema says it
      const starts = m.steps.filter((s) => s.jenis === 'mulai');
      if (starts.length === 0) {
        report('PPB212', m.kode.span, {
          id: `${w.Named.id} tidak punya langkah mulai. Tambahkan langkah \`jenis: mulai\` sebagai langkah pertama.`,
          en: `${w.Named.en} has no start step. Add a step with \`jenis: mulai\` as the first step.`,
        });
      } else if (starts.length > 1) {
        for (const s of starts) {
          report('PPB212', s.anchor, {
            id: `${w.Named.id} punya ${starts.length} langkah mulai; ${w.one.id} hanya punya satu. Ubah yang lain menjadi aktivitas, atau pisahkan menjadi peta tersendiri.`,
            en: `${w.Named.en} has ${starts.length} start steps; ${w.one.en} has exactly one. Make the others activities, or split them into their own map.`,
          });
        }
      }
      if (endPositions(m).length === 0) {
        report('PPB213', m.kode.span, {
          id: `${w.Named.id} tidak punya akhir. Tambahkan langkah \`jenis: selesai\` di akhir alur, atau akhiri alur dengan \`jenis: penghubung\` ber-\`peta\` sebagai langkah terakhir bila alur berlanjut di peta itu.`,
          en: `${w.Named.en} has no end. Add a step with \`jenis: selesai\` where the flow ends, or end it with a \`jenis: penghubung\` step with \`peta\` as the last step when the flow goes on in that map.`,
        });
      }
    }
  },
};
