import type { Ref } from '../model';
import { procedureWords } from '../procedure-name';
import type { Rule } from '../rule';

/** PPB205: a step id is unique within its map, or its SOP's own steps (others may reuse it). */
export const duplicateStepId: Rule = {
  codes: ['PPB205'],
  scope: 'file',
  check({ own, report }) {
    for (const map of own.procedures) {
      const w = procedureWords(map);
      const seen = new Map<string, Ref[]>();
      for (const s of map.steps) {
        if (!s.id) continue;
        const list = seen.get(s.id.value);
        if (list) list.push(s.id);
        else seen.set(s.id.value, [s.id]);
      }
      for (const [id, refs] of seen) {
        if (refs.length < 2) continue;
        for (const r of refs) {
          report(
            'PPB205',
            r.span,
            {
              id: `Id langkah \`${id}\` dipakai ${refs.length} kali dalam ${w.named.id}. Setiap langkah dalam satu ${map.sop ? 'SOP' : 'peta'} perlu id yang berbeda; ganti salah satunya.`,
              en: `Step id \`${id}\` is used ${refs.length} times in ${w.named.en}. Steps of one ${map.sop ? 'SOP' : 'map'} need different ids; rename one of them.`,
            },
            refs
              .filter((o) => o !== r)
              .map((o) => ({ span: o.span, message: { id: `\`${id}\` juga dipakai di sini`, en: `\`${id}\` is also used here` } })),
          );
        }
      }
    }
  },
};
