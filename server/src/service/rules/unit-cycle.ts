import type { PartyDecl } from '../model';
import type { Rule } from '../rule';

/** PPB305: following `induk` from a unit never comes back to it (the organisation is a tree). */
export const unitCycle: Rule = {
  codes: ['PPB305'],
  scope: 'model',
  check({ model, report }) {
    // 0 = unvisited, 1 = on the current chain, 2 = known to end outside a loop or already reported
    const state = new Map<string, number>();
    const first = (id: string): PartyDecl | undefined => model.parties.get(id)?.[0];
    for (const start of model.parties.keys()) {
      const chain: string[] = [];
      let id: string | undefined = start;
      while (id !== undefined && (state.get(id) ?? 0) === 0 && model.parties.has(id)) {
        state.set(id, 1);
        chain.push(id);
        id = first(id)?.induk?.value;
      }
      if (id !== undefined && state.get(id) === 1) {
        const loop = chain.slice(chain.indexOf(id));
        const path = [...loop, id].map((l) => `\`${l}\``).join(' → ');
        for (const member of loop) {
          const induk = first(member)?.induk;
          if (!induk) continue;
          report('PPB305', induk.span, {
            id: `Rantai \`induk\` berputar: ${path}. Dalam struktur organisasi setiap unit punya atasan yang berbeda dari bawahannya; perbaiki salah satu \`induk\`.`,
            en: `The \`induk\` chain loops: ${path}. In an organisation chart a unit's parent is never one of its own subunits; correct one \`induk\`.`,
          });
        }
      }
      for (const c of chain) state.set(c, 2);
    }
  },
};
