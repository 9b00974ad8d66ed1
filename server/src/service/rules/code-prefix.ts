import { parseCode } from '../code-grammar';
import { CODE_DECLARATIONS } from '../reference-roles';
import type { Rule } from '../rule';

/** PPB201: every process and map code starts with the instansi's code. */
export const codePrefix: Rule = {
  codes: ['PPB201'],
  scope: 'file',
  check({ model, own, report }) {
    const prefix = model.prefix;
    if (prefix === undefined) return;
    for (const { ref: kode } of own.references.of(CODE_DECLARATIONS)) {
      const code = parseCode(kode.value);
      const first = code.segments[0] ?? '';
      if (first === prefix) continue;
      // The code at hand under the right prefix, in the author's notation.
      const example = code.segments.length > 1 ? `${prefix}${kode.value.trim().slice(first.length)}` : `${prefix}.01`;
      report('PPB201', kode.span, {
        id: `Kode \`${kode.value}\` tidak diawali kode instansi \`${prefix}\`. Setiap kode proses dan peta diawali kode instansi, misalnya \`${example}\`.`,
        en: `Code \`${kode.value}\` does not start with the instansi code \`${prefix}\`. Every process and map code starts with it, for example \`${example}\`.`,
      });
    }
  },
};
