import type { Localized } from './localized';
import type { Procedure } from './model';

/** What the step rules call a procedure in their messages: a map, or an SOP with steps of its own. */
export interface ProcedureWords {
  /** `peta KECKLB.06.03.CFM.02` / `map KECKLB.06.03.CFM.02`, or `SOP …` for both. */
  readonly named: Localized;
  /** The same at the start of a sentence. */
  readonly Named: Localized;
  /** `peta` / `a map`, or `SOP` / `an SOP`: the kind, for what holds of every one. */
  readonly one: Localized;
  /** `Peta ini` / `This map`, or `SOP ini` / `This SOP`. */
  readonly This: Localized;
}

export function procedureWords(p: Procedure): ProcedureWords {
  const code = p.kode.value;
  return p.sop
    ? {
        named: { id: `SOP ${code}`, en: `SOP ${code}` },
        Named: { id: `SOP ${code}`, en: `SOP ${code}` },
        one: { id: 'sebuah SOP', en: 'an SOP' },
        This: { id: 'SOP ini', en: 'This SOP' },
      }
    : {
        named: { id: `peta ${code}`, en: `map ${code}` },
        Named: { id: `Peta ${code}`, en: `Map ${code}` },
        one: { id: 'sebuah peta', en: 'a map' },
        This: { id: 'Peta ini', en: 'This map' },
      };
}
