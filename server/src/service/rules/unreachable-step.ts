import type { Rule } from '../rule';

/** PPB301: every step can be reached from the map's `mulai`. */
export const unreachableStep: Rule = {
  codes: ['PPB301'],
  scope: 'file',
  check({ own, report, flowOf }) {
    for (const m of own.procedures) {
      const flow = flowOf(m);
      const seen = flow.fromStart;
      if (!seen || flow.namesUnknownStep) continue; // no `mulai`: PPB212; unknown targets: PPB209
      m.steps.forEach((s, i) => {
        if (seen[i]) return;
        const target = s.id ? `\`${s.id.value}\`` : s.nama ? `"${s.nama}"` : s.jenis ? `\`${s.jenis}\`` : '';
        report('PPB301', s.anchor, {
          id: `Langkah ini tidak pernah dicapai dari langkah mulai: tidak ada alur yang menuju ke sini. Tambahkan \`lanjut\` atau \`cabang\` ke langkah ini${target ? ` (${target})` : ''} dari langkah sebelumnya, atau hapus langkah ini.`,
          en: `This step is never reached from the start: no flow leads here. Add a \`lanjut\` or \`cabang\` to it${target ? ` (${target})` : ''} from an earlier step, or remove it.`,
        });
      });
    }
  },
};
