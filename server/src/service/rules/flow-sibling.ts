import type { ProcessDecl } from '../model';
import type { Rule } from '../rule';

/** PPB216: a sub-process's `lanjut` flows to a sub-process of the same parent. */
export const flowSibling: Rule = {
  codes: ['PPB216'],
  scope: 'file',
  check({ model, own, report }) {
    // One set of sibling codes per parent, so a parent with many sub-processes costs linear time.
    const siblingsOf = new Map<ProcessDecl, Set<string>>();
    for (const { ref: l, key, in: p } of own.references.of(['nextProcess'])) {
      if (!p.parent) continue; // Level 0 has no `lanjut`: the schema says so
      let siblings = siblingsOf.get(p.parent);
      if (!siblings) {
        siblings = new Set(p.parent.children.map((c) => c.kode.key));
        siblingsOf.set(p.parent, siblings);
      }
      if (!model.codes.has(key) || siblings.has(key)) continue; // unknown codes: PPB210
      const parent = p.parent.kode.value;
      report('PPB216', l.span, {
        id: `\`lanjut\` hanya mengalir ke sub proses lain dari induk yang sama (${parent}); \`${l.value}\` bukan salah satunya. Hubungan dengan proses lain digambarkan lewat \`pemasok\`/\`pelanggan\` atau langkah \`penghubung\`.`,
        en: `\`lanjut\` flows only to other sub-processes of the same parent (${parent}); \`${l.value}\` is not one of them. Links to other processes are drawn with \`pemasok\`/\`pelanggan\` or a \`penghubung\` step.`,
      });
    }
  },
};
