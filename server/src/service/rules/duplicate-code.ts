import { codeKey } from '../code-grammar';
import type { RelatedSpan } from '../diagnostic';
import type { Ref } from '../model';
import type { RuleContext, Rule } from '../rule';

function reportDuplicates(ctx: RuleContext, groups: Iterable<readonly Ref[]>): void {
  for (const refs of groups) {
    if (refs.length < 2) continue;
    // Written differently, read the same: say so, or the author looks for a copy they cannot see.
    const spellings = [...new Set(refs.map((r) => r.value.trim()))].map((v) => `\`${v}\``);
    const listed = (and: string): string => `${spellings.slice(0, -1).join(', ')} ${and} ${spellings[spellings.length - 1] ?? ''}`;
    const sameCode =
      spellings.length > 1
        ? {
            id: ` ${listed('dan')} adalah kode yang sama: kode dibandingkan per segmen.`,
            en: ` ${listed('and')} are the same code: codes are compared by their segments.`,
          }
        : { id: '', en: '' };
    for (const r of refs) {
      const others: RelatedSpan[] = refs
        .filter((o) => o !== r)
        .map((o) => ({
          span: o.span,
          message: { id: `\`${o.value}\` juga dideklarasikan di sini`, en: `\`${o.value}\` is also declared here` },
        }));
      ctx.report(
        'PPB203',
        r.span,
        {
          id: `Kode \`${r.value}\` dideklarasikan ${refs.length} kali.${sameCode.id} Setiap kode hanya boleh dipakai oleh satu proses, sub proses, peta, SOP atau sasaran; beri nomor lain pada salah satunya.`,
          en: `Code \`${r.value}\` is declared ${refs.length} times.${sameCode.en} Each code belongs to one process, sub-process, map, SOP or target; give one of them another number.`,
        },
        others,
      );
    }
  }
}

/** PPB203: a code (process, sub-process, map, tujuan or sasaran) declared more than once. */
export const duplicateCode: Rule = {
  codes: ['PPB203'],
  scope: 'model',
  check(ctx) {
    const { model } = ctx;
    reportDuplicates(
      ctx,
      // Only codes declared twice: this runs after every change, over every code of the model.
      [...model.codes.values()].filter((entries) => entries.length > 1).map((entries) => entries.map((e) => e.decl.kode)),
    );
    const byCode = new Map<string, Ref[]>();
    for (const t of model.targetList) {
      const k = codeKey(t.kode.value);
      const list = byCode.get(k);
      if (list) list.push(t.kode);
      else byCode.set(k, [t.kode]);
    }
    reportDuplicates(ctx, byCode.values());
  },
};
