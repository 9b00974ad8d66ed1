import type { Rule } from '../rule';

/** PPB302: from every step, some end can be reached (no dead ends, no closed loops): a `selesai`, or a connector that ends its path. */
export const deadEndStep: Rule = {
  codes: ['PPB302'],
  scope: 'file',
  check({ own, report, flowOf }) {
    for (const m of own.procedures) {
      const flow = flowOf(m);
      const canFinish = flow.toEnd;
      if (!canFinish || flow.namesUnknownStep) continue; // no end: PPB213; unknown targets: PPB209
      m.steps.forEach((s, i) => {
        if (canFinish[i]) return;
        const name = s.id ? `\`${s.id.value}\`` : s.nama ? `"${s.nama}"` : s.jenis ? `\`${s.jenis}\`` : undefined;
        report('PPB302', s.anchor, {
          id: `Dari langkah ${name ?? 'ini'} alur tidak pernah sampai ke akhir (buntu atau berputar terus). Arahkan \`lanjut\` atau \`cabang\`-nya ke langkah yang berujung ke \`selesai\` atau ke penghubung terakhir yang menuju peta lain.`,
          en: `From ${name ? `step ${name}` : 'this step'} the flow never reaches an end (a dead end or an endless loop). Point its \`lanjut\` or \`cabang\` to a step that leads to \`selesai\`, or to a last connector that leads to another map.`,
        });
      });
    }
  },
};
