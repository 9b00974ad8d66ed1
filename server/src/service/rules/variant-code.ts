import { parseCode, variantReasons } from '../code-grammar';
import { CODE_DECLARATIONS } from '../reference-roles';
import type { Rule } from '../rule';

/** PPB401: a code in a variant form is read, and said once, never treated as an error. */
export const variantCode: Rule = {
  codes: ['PPB401'],
  scope: 'file',
  check({ own, report }) {
    for (const { ref: kode } of own.references.of(CODE_DECLARATIONS)) {
      const code = parseCode(kode.value);
      const why = variantReasons(code);
      if (!why) continue;
      const id: string[] = [];
      const en: string[] = [];
      if (why.separator) {
        id.push(
          `memakai pemisah selain titik (${[...new Set(code.separators.filter((s) => s !== '.'))].map((s) => `\`${s}\``).join(', ')})`,
        );
        en.push(
          `uses separators other than a dot (${[...new Set(code.separators.filter((s) => s !== '.'))].map((s) => `\`${s}\``).join(', ')})`,
        );
      }
      if (why.digits.length > 0) {
        id.push(`memuat nomor yang bukan dua angka (${why.digits.join(', ')})`);
        en.push(`has numbers that are not two digits (${why.digits.join(', ')})`);
      }
      if (why.cfmCase) {
        id.push('menulis CFM dengan huruf kecil');
        en.push('writes CFM in lower case');
      }
      const canonical = code.segments
        .map((s) => (/^[0-9]+$/.test(s) ? String(Number.parseInt(s, 10)).padStart(2, '0') : s.toUpperCase() === 'CFM' ? 'CFM' : s))
        .join('.');
      report('PPB401', kode.span, {
        id: `Kode \`${kode.value}\` ${id.join(' dan ')}. Kode ini tetap dibaca sebagai \`${canonical}\`; bentuk baku PermenPANRB 19/2018 memakai titik dan nomor dua angka.`,
        en: `Code \`${kode.value}\` ${en.join(' and ')}. It is read as \`${canonical}\`; the standard form of PermenPANRB 19/2018 uses dots and two-digit numbers.`,
      });
    }
  },
};
