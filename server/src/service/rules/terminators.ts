import { endPositions } from '../flow';
import type { Rule } from '../rule';

/** PPB212, PPB213: a map has exactly one `mulai` and at least one end: a `selesai`, or a connector that ends its path (1.1). */
export const terminators: Rule = {
  codes: ['PPB212', 'PPB213'],
  scope: 'file',
  check({ own, report }) {
    for (const m of own.maps) {
      if (m.steps.length === 0) continue; // `langkah` missing, empty or not a list of steps: the schema says it
      const starts = m.steps.filter((s) => s.jenis === 'mulai');
      if (starts.length === 0) {
        report('PPB212', m.kode.span, {
          id: `Peta ${m.kode.value} tidak punya langkah mulai. Tambahkan langkah \`jenis: mulai\` sebagai langkah pertama.`,
          en: `Map ${m.kode.value} has no start step. Add a step with \`jenis: mulai\` as the first step.`,
        });
      } else if (starts.length > 1) {
        for (const s of starts) {
          report('PPB212', s.anchor, {
            id: `Peta ${m.kode.value} punya ${starts.length} langkah mulai; sebuah peta hanya punya satu. Ubah yang lain menjadi aktivitas, atau pisahkan menjadi peta tersendiri.`,
            en: `Map ${m.kode.value} has ${starts.length} start steps; a map has exactly one. Make the others activities, or split them into their own map.`,
          });
        }
      }
      if (endPositions(m).length === 0) {
        report('PPB213', m.kode.span, {
          id: `Peta ${m.kode.value} tidak punya akhir. Tambahkan langkah \`jenis: selesai\` di akhir alur, atau akhiri alur dengan \`jenis: penghubung\` ber-\`peta\` sebagai langkah terakhir bila alur berlanjut di peta itu.`,
          en: `Map ${m.kode.value} has no end. Add a step with \`jenis: selesai\` where the flow ends, or end it with a \`jenis: penghubung\` step with \`peta\` as the last step when the flow goes on in that map.`,
        });
      }
    }
  },
};
