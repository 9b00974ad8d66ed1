import { closest } from '../closest';
import { parseCode } from '../code-grammar';
import type { Localized } from '../localized';
import { CODE_USES, type RolesOf } from '../reference-roles';
import type { Rule } from '../rule';

/** What each place that names a code expects to find. */
const NAMES: Record<RolesOf<'code', false>, Localized> = {
  // A connector's `peta` may name a map, a process or a sub-process (RULES.md).
  linkedMap: { id: 'proses, sub proses atau peta', en: 'process, sub-process or map' },
  nextProcess: { id: 'sub proses', en: 'sub-process' },
  relationProcess: { id: 'proses atau sub proses', en: 'process or sub-process' },
  sopRelated: { id: 'proses, sub proses, peta atau SOP', en: 'process, sub-process, map or SOP' },
};

/**
 * PPB210: a step's `peta`, a sub-process's `lanjut` and a relation's `proses` name a declared
 * code; so does an SOP's `keterkaitan` entry written as a code of this instansi (another agency's
 * SOP is not for this model to know). Only `keterkaitan` may name an SOP.
 */
export const unknownCode: Rule = {
  codes: ['PPB210'],
  scope: 'file',
  check({ model, own, report }) {
    let declared: string[] | undefined;
    for (const { role, ref, key } of own.references.of(CODE_USES)) {
      const related = role === 'sopRelated';
      if (model.codes.get(key)?.some((e) => related || e.kind !== 'sop')) continue;
      if (related && parseCode(ref.value).segments[0] !== model.prefix) continue;
      declared ??= [...model.codes.values()].flatMap((entries) => entries.map((e) => e.decl.kode.value));
      const guess = closest(ref.value, declared);
      const hint = guess ? { id: ` Mungkin maksud Anda \`${guess}\`?`, en: ` Did you mean \`${guess}\`?` } : { id: '', en: '' };
      const what = NAMES[role];
      report('PPB210', ref.span, {
        id: `Tidak ada ${what.id} dengan kode \`${ref.value}\`.${hint.id} Periksa kodenya, atau tambahkan ${what.id} itu.`,
        en: `No ${what.en} has code \`${ref.value}\`.${hint.en} Check the code, or add that ${what.en}.`,
      });
    }
  },
};
