import type { Rule } from '../rule';

/** PPB302: from every step, some `selesai` can be reached (no dead ends, no closed loops). */
export const deadEndStep: Rule = {
  codes: ['PPB302'],
  scope: 'file',
  check({ own, report, flowOf }) {
    for (const m of own.maps) {
      const flow = flowOf(m);
      const canFinish = flow.toEnd;
      if (!canFinish || flow.namesUnknownStep) continue; // no `selesai`: PPB213; unknown targets: PPB209
      m.steps.forEach((s, i) => {
        if (canFinish[i]) return;
        const name = s.id ? `\`${s.id.value}\`` : s.nama ? `"${s.nama}"` : s.jenis ? `\`${s.jenis}\`` : undefined;
        report('PPB302', s.anchor, {
          id: `Dari langkah ${name ?? 'ini'} alur tidak pernah sampai ke langkah selesai (buntu atau berputar terus). Arahkan \`lanjut\` atau \`cabang\`-nya ke langkah yang berujung ke \`selesai\`.`,
          en: `From ${name ? `step ${name}` : 'this step'} the flow never reaches an end step (a dead end or an endless loop). Point its \`lanjut\` or \`cabang\` to a step that leads to \`selesai\`.`,
        });
      });
    }
  },
};
