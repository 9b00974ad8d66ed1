import { parseCode, standardForm, variantReasons, type ParsedCode, type VariantReasons } from '../code-grammar';
import type { Localized } from '../localized';
import type { Ref } from '../model';
import { CODE_DECLARATIONS } from '../reference-roles';
import type { Rule } from '../rule';

const quoted = (items: readonly string[]): string => items.map((s) => `\`${s}\``).join(', ');

/** What makes the code a variant, in both languages. */
function reasons(why: VariantReasons): Localized {
  const id: string[] = [];
  const en: string[] = [];
  if (why.separators.length > 0) {
    id.push(`memakai pemisah selain titik (${quoted(why.separators)})`);
    en.push(`uses separators other than a dot (${quoted(why.separators)})`);
  }
  if (why.glued.length > 0) {
    id.push(`menulis CFM atau SOP langsung setelah nomor (${quoted(why.glued)})`);
    en.push(`writes CFM or SOP straight after a number (${quoted(why.glued)})`);
  }
  if (why.digits.length > 0) {
    id.push(`memuat nomor yang bukan dua angka (${why.digits.join(', ')})`);
    en.push(`has numbers that are not two digits (${why.digits.join(', ')})`);
  }
  if (why.lowerCase.length > 0) {
    id.push(`menulis ${quoted(why.lowerCase)} dengan huruf kecil`);
    en.push(`writes ${quoted(why.lowerCase)} in lower case`);
  }
  return { id: id.join(' dan '), en: en.join(' and ') };
}

/**
 * PPB401: codes in a variant form are read, and said once per file as information (how many,
 * the first as written), never as an error: an agency's whole model may be written so.
 */
export const variantCode: Rule = {
  codes: ['PPB401'],
  scope: 'file',
  check({ own, report }) {
    const variants: { kode: Ref; code: ParsedCode; why: VariantReasons }[] = [];
    for (const { ref: kode } of own.references.of(CODE_DECLARATIONS)) {
      const code = parseCode(kode.value);
      const why = variantReasons(code);
      if (why) variants.push({ kode, code, why });
    }
    const first = variants[0];
    if (!first) return;
    const what = reasons(first.why);
    const read = standardForm(first.code);
    const standard = {
      id: 'bentuk baku PermenPANRB 19/2018 memakai titik, nomor dua angka, dan CFM/SOP berhuruf besar.',
      en: 'the standard form of PermenPANRB 19/2018 uses dots, two-digit numbers, and CFM/SOP in capitals.',
    };
    const others = variants.length - 1;
    report(
      'PPB401',
      first.kode.span,
      others === 0
        ? {
            id: `Kode \`${first.kode.value}\` ${what.id}. Kode ini tetap dibaca sebagai \`${read}\`; ${standard.id}`,
            en: `Code \`${first.kode.value}\` ${what.en}. It is read as \`${read}\`; ${standard.en}`,
          }
        : {
            id: `${variants.length} kode di berkas ini ditulis dalam bentuk varian. Yang pertama, \`${first.kode.value}\`, ${what.id}; kode ini tetap dibaca sebagai \`${read}\`, demikian juga ${others} kode lainnya. Tidak perlu diubah; ${standard.id}`,
            en: `${variants.length} codes in this file are written in a variant form. The first, \`${first.kode.value}\`, ${what.en}; it is read as \`${read}\`, ${others === 1 ? 'and so is the other one' : `and so are the ${others} others`}. Nothing needs changing; ${standard.en}`,
          },
    );
  },
};
