import { parse } from 'yaml';
import schema from '../../../../schemas/ppb.schema.json';
import { parseCode } from '../code-grammar';
import type { Localized } from '../localized';

/** The id grammar of units, parties and steps, as the schema states it. */
const ID = new RegExp(schema.definitions.id.pattern);

/** Why a name cannot be a unit, party or step id, or undefined when it can. */
export function idProblem(name: string): Localized | undefined {
  if (ID.test(name)) return undefined;
  return {
    id: `\`${name}\` bukan id yang sah: id diawali huruf kecil, lalu hanya huruf kecil, angka, dan garis bawah, misalnya \`subbag_umum\`.`,
    en: `\`${name}\` is not a valid id: an id starts with a lowercase letter, followed only by lowercase letters, digits and underscores, e.g. \`subbag_umum\`.`,
  };
}

/** Why a name written as a plain YAML value would not read back as that text (`true`, `null`, `a: b`). */
export function yamlTextProblem(name: string): Localized | undefined {
  let value: unknown;
  try {
    value = parse(name);
  } catch {
    value = undefined;
  }
  if (name !== '' && value === name) return undefined;
  return {
    id: `YAML tidak membaca \`${name}\` sebagai teks itu sendiri. Pilih nama lain.`,
    en: `YAML does not read \`${name}\` back as that text. Choose another name.`,
  };
}

/**
 * Why a code cannot replace `old`: a renamed code keeps its parent, so only its last segment,
 * a number, may change (`KECKLB.06.03` → `KECKLB.06.07`, `KECKLB.06.03.CFM.02` → `KECKLB.06.03.CFM.05`).
 */
export function codeProblem(old: string, name: string): Localized | undefined {
  const code = parseCode(old);
  const last = code.segments[code.segments.length - 1] ?? '';
  const head = old.trim().slice(0, old.trim().length - last.length);
  if (code.segments.length < 2) {
    return {
      id: `Kode \`${old}\` tidak punya segmen nomor yang dapat diganti. Perbaiki kodenya langsung di berkas.`,
      en: `Code \`${old}\` has no number segment to change. Correct it in the file directly.`,
    };
  }
  if (name.startsWith(head) && /^[0-9]+$/.test(name.slice(head.length))) return undefined;
  return {
    id: `Kode baru harus tetap di bawah induknya: hanya segmen terakhir, berupa nomor, yang dapat diganti. Tulis \`${head}NN\`, misalnya \`${head}07\`.`,
    en: `The new code must stay under its parent: only the last segment, a number, may change. Write \`${head}NN\`, e.g. \`${head}07\`.`,
  };
}
