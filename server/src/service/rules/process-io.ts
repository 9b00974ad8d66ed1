import type { Rule } from '../rule';

/** PPB304: a process or sub-process states its inputs and outputs (SIPOC). */
export const processIo: Rule = {
  codes: ['PPB304'],
  scope: 'file',
  check({ own, report }) {
    for (const p of own.processes) {
      if (p.hasMasukan && p.hasKeluaran) continue;
      const what =
        !p.hasMasukan && !p.hasKeluaran
          ? { id: '`masukan` dan `keluaran`', en: '`masukan` (inputs) and `keluaran` (outputs)' }
          : !p.hasMasukan
            ? { id: '`masukan`', en: '`masukan` (inputs)' }
            : { id: '`keluaran`', en: '`keluaran` (outputs)' };
      const kind = p.level === 0 ? { id: 'Proses', en: 'Process' } : { id: 'Sub proses', en: 'Sub-process' };
      report('PPB304', p.kode.span, {
        id: `${kind.id} ${p.kode.value} belum punya ${what.id}. Peta proses bisnis menyatakan apa yang masuk dan apa yang dihasilkan setiap proses.`,
        en: `${kind.en} ${p.kode.value} has no ${what.en}. A business process map states what goes into and comes out of every process.`,
      });
    }
  },
};
