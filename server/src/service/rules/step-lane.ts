import type { MapDecl } from '../model';
import type { Rule } from '../rule';

/** PPB208: when a map lists its lanes, each step is performed in one of them. */
export const stepLane: Rule = {
  codes: ['PPB208'],
  scope: 'file',
  check({ model, own, report }) {
    const lanesOf = new Map<MapDecl, Set<string>>();
    for (const {
      ref: p,
      in: { map: m },
    } of own.references.of(['stepPerformer'])) {
      if (!m.lanes || m.lanes.length === 0) continue; // `pelaksana: []` lists no lanes: a shape problem, not every step's
      let lanes = lanesOf.get(m);
      if (!lanes) {
        lanes = new Set(m.lanes.map((l) => l.value));
        lanesOf.set(m, lanes);
      }
      if (lanes.has(p.value) || !model.parties.has(p.value)) continue; // unknown ids: PPB207
      const laneList = m.lanes.map((l) => `\`${l.value}\``).join(', ');
      report('PPB208', p.span, {
        id: `\`${p.value}\` bukan salah satu lajur peta ${m.kode.value} (${laneList}). Tambahkan \`${p.value}\` ke \`pelaksana\` peta ini, atau pilih lajur yang ada.`,
        en: `\`${p.value}\` is not one of the lanes of map ${m.kode.value} (${laneList}). Add \`${p.value}\` to the map's \`pelaksana\`, or choose one of its lanes.`,
      });
    }
  },
};
