import type { PartyDecl } from '../model';
import type { Rule } from '../rule';

const kindName = (p: PartyDecl): { id: string; en: string } =>
  p.kind === 'unit' ? { id: 'unit', en: 'unit' } : { id: 'pemangku kepentingan', en: 'stakeholder' };

/** PPB204: units and parties share one namespace; each id is declared once in the model. */
export const duplicateId: Rule = {
  codes: ['PPB204'],
  scope: 'model',
  check({ model, report }) {
    for (const [id, decls] of model.parties) {
      if (decls.length < 2) continue;
      const kinds = [...new Set(decls.map((d) => kindName(d).id))].join(' dan ');
      const kindsEn = [...new Set(decls.map((d) => kindName(d).en))].join(' and ');
      for (const d of decls) {
        report(
          'PPB204',
          d.id.span,
          {
            id: `Id \`${id}\` dideklarasikan ${decls.length} kali (sebagai ${kinds}). Unit dan pemangku kepentingan memakai satu daftar id; hapus salah satunya atau ganti id-nya.`,
            en: `Id \`${id}\` is declared ${decls.length} times (as ${kindsEn}). Units and stakeholders share one list of ids; remove one or give it another id.`,
          },
          decls
            .filter((o) => o !== d)
            .map((o) => ({
              span: o.id.span,
              message: { id: `\`${id}\` juga dideklarasikan di sini`, en: `\`${id}\` is also declared here` },
            })),
        );
      }
    }
  },
};
