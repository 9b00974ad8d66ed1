import type { ErrorObject } from 'ajv';
import localizeEn from 'ajv-i18n/localize/en';
import localizeId from 'ajv-i18n/localize/id';
import { closest } from './closest';
import type { DiagnosticCode } from './codes-catalog';
import type { Localized } from './localized';

/** What the schema says about one property, as far as messages need it. */
type SchemaNode = {
  properties?: Record<string, SchemaNode>;
  enum?: unknown[];
  examples?: unknown[];
  title?: string;
  'x-title-id'?: string;
  pattern?: string;
};

const TYPE_NAMES: Record<string, Localized> = {
  string: { id: 'teks', en: 'text' },
  array: { id: 'daftar (baris-baris diawali "- ")', en: 'a list (lines starting with "- ")' },
  object: { id: 'pemetaan kunci: nilai', en: 'a mapping of keys to values' },
  integer: { id: 'bilangan bulat', en: 'a whole number' },
  number: { id: 'angka', en: 'a number' },
  boolean: { id: 'ya/tidak (true/false)', en: 'true or false' },
  null: { id: 'kosong', en: 'empty' },
};

function typeName(t: string): Localized {
  return TYPE_NAMES[t] ?? { id: t, en: t };
}

function typeOfData(data: unknown): string {
  if (data === null || data === undefined) return 'null';
  if (Array.isArray(data)) return 'array';
  if (typeof data === 'number') return Number.isInteger(data) ? 'integer' : 'number';
  return typeof data;
}

function either(types: string[]): Localized {
  const names = types.map(typeName);
  return { id: names.map((n) => n.id).join(' atau '), en: names.map((n) => n.en).join(' or ') };
}

/** A value as an author would write it inline in YAML: `[Daftar kebutuhan]`, `{Ya: setujui}`. */
export function inlineYaml(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inlineYaml).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.entries(value)
      .map(([k, v]) => `${inlineYaml(k)}: ${inlineYaml(v)}`)
      .join(', ')}}`;
  }
  if (typeof value !== 'string') return String(value);
  // Quoted when YAML would read it as something else (`nip: "1987…"`) or it holds flow syntax.
  const plain =
    value !== '' &&
    !/^([-+]?[0-9][0-9._]*|true|false|yes|no|on|off|null|~)$/i.test(value) &&
    !/[:#,[\]{}&*!|>'"%@`]|^[-?\s]|\s$/.test(value);
  return plain ? value : JSON.stringify(value);
}

function example(schema: SchemaNode | undefined, key: string): Localized {
  const ex = schema?.examples?.[0];
  if (ex === undefined) return { id: '', en: '' };
  const shown = inlineYaml(ex);
  return { id: ` Contoh: \`${key}: ${shown}\`.`, en: ` Example: \`${key}: ${shown}\`.` };
}

const KNOWN_PATTERNS: Record<string, Localized> = {
  '^[a-z][a-z0-9_]*$': {
    id: 'id ditulis dengan huruf kecil, angka dan garis bawah, diawali huruf, misalnya `subbag_umum`',
    en: 'an id is written in lower-case letters, digits and underscores, starting with a letter, for example `subbag_umum`',
  },
  '^[A-Za-z][A-Za-z0-9]*$': {
    id: 'kode instansi ditulis dengan huruf dan angka tanpa titik atau tanda hubung, misalnya `KECKLB`',
    en: 'the instansi code is letters and digits without dots or dashes, for example `KECKLB`',
  },
  '^[0-9]{18}$': {
    id: 'NIP terdiri dari 18 angka tanpa spasi dan ditulis dalam tanda kutip, misalnya `"198710132006021002"`',
    en: 'a NIP is 18 digits without spaces, written in quotes, for example `"198710132006021002"`',
  },
  '^[0-9]{4}-[0-9]{2}-[0-9]{2}$': {
    id: 'tanggal ditulis TTTT-BB-HH, misalnya `2023-04-01` untuk 1 April 2023',
    en: 'a date is written YYYY-MM-DD, for example `2023-04-01` for 1 April 2023',
  },
  '^[0-9]{4}-[0-9]{4}$': {
    id: 'periode ditulis tahun-tahun, misalnya `2021-2026`',
    en: 'a period is written year-year, for example `2021-2026`',
  },
  '\\.([Pp][Nn][Gg]|[Jj][Pp][Ee]?[Gg])$': {
    id: 'logo berupa berkas PNG atau JPEG, misalnya `logo-grobogan.png`',
    en: 'the logo is a PNG or JPEG file, for example `logo-grobogan.png`',
  },
};

export interface SchemaProblem {
  readonly code: DiagnosticCode;
  readonly message: Localized;
}

/** What a message needs to know of where the error stands. */
export interface SchemaErrorContext {
  /** The nearest enclosing key (`''` at the top of the file). */
  readonly key: string;
  /** Whether the object at fault is an item of a list (else the value of `key`). */
  readonly inListItem: boolean;
  readonly typesOf: (oneOfBranches: unknown) => string[];
  /** The schema of the property at an instance path, with its titles and examples. */
  readonly propertyAt: (instancePath: string) => SchemaNode | undefined;
}

/** Our own words for each kind of schema error; ajv-i18n's for the rare rest. */
export function schemaMessage(e: ErrorObject, ctx: SchemaErrorContext): SchemaProblem {
  const { key } = ctx;
  const data: unknown = e.data;
  const parent = e.parentSchema as SchemaNode | undefined;
  const here = ctx.propertyAt(e.instancePath) ?? parent;
  const k = key ? `\`${key}\`` : '';
  switch (e.keyword) {
    case 'additionalProperties': {
      const name = String((e.params as { additionalProperty: string }).additionalProperty);
      const allowed = Object.keys(parent?.properties ?? {});
      const guess = closest(name, allowed);
      const list = allowed.map((a) => `\`${a}\``).join(', ');
      return {
        code: 'PPB101',
        message: {
          id: `Kunci \`${name}\` tidak dikenal di sini.${guess ? ` Mungkin maksud Anda \`${guess}\`?` : ''} Kunci yang boleh: ${list}.`,
          en: `Unknown key \`${name}\` here.${guess ? ` Did you mean \`${guess}\`?` : ''} Keys allowed here: ${list}.`,
        },
      };
    }
    case 'required': {
      const name = String((e.params as { missingProperty: string }).missingProperty);
      const prop = ctx.propertyAt(`${e.instancePath}/${name}`);
      const what =
        prop?.title !== undefined && prop.title.toLowerCase() !== name
          ? { id: ` (${prop['x-title-id'] ?? prop.title})`, en: ` (${prop.title})` }
          : { id: '', en: '' };
      const where = !key
        ? { id: '', en: '' }
        : ctx.inListItem
          ? { id: ` pada butir \`${key}\` ini`, en: ` in this \`${key}\` item` }
          : { id: ` pada \`${key}\``, en: ` in \`${key}\`` };
      return {
        code: 'PPB104',
        message: {
          id: `Kunci \`${name}\`${what.id} wajib ada${where.id}.${example(prop, name).id}`,
          en: `Key \`${name}\`${what.en} is required${where.en}.${example(prop, name).en}`,
        },
      };
    }
    case 'type':
    case 'oneOf': {
      const expected = e.keyword === 'type' ? String((e.params as { type: string | string[] }).type).split(',') : ctx.typesOf(e.schema);
      const want = either(expected);
      const got = typeName(typeOfData(data));
      return {
        code: 'PPB102',
        message: {
          id: `${k ? `Nilai ${k}` : 'Isi berkas'} harus berupa ${want.id}, bukan ${got.id}.${example(here, key).id}`,
          en: `${k || 'The file'} must be ${want.en}, not ${got.en}.${example(here, key).en}`,
        },
      };
    }
    case 'enum':
    case 'const': {
      const values =
        e.keyword === 'enum'
          ? ((e.params as { allowedValues: unknown[] }).allowedValues ?? [])
          : [(e.params as { allowedValue: unknown }).allowedValue];
      const list = values.map((v) => `\`${String(v)}\``).join(', ');
      const guess = closest(String(data), values.map(String));
      return {
        code: 'PPB103',
        message: {
          id: `${k} tidak boleh bernilai \`${String(data)}\`. Pilihannya: ${list}.${guess ? ` Mungkin maksud Anda \`${guess}\`?` : ''}`,
          en: `${k} cannot be \`${String(data)}\`. Choose one of: ${list}.${guess ? ` Did you mean \`${guess}\`?` : ''}`,
        },
      };
    }
    case 'pattern':
    case 'propertyNames': {
      const pattern = String((e.params as { pattern?: string }).pattern ?? parent?.pattern ?? '');
      const known = KNOWN_PATTERNS[e.keyword === 'propertyNames' ? '^[a-z][a-z0-9_]*$' : pattern];
      const shown = e.keyword === 'propertyNames' ? String((e.params as { propertyName: string }).propertyName) : String(data);
      return {
        code: 'PPB105',
        message: known
          ? { id: `\`${shown}\` tidak sah: ${known.id}.`, en: `\`${shown}\` is not valid: ${known.en}.` }
          : {
              id: `\`${shown}\` tidak sesuai bentuk yang diminta (${pattern}).`,
              en: `\`${shown}\` does not have the required form (${pattern}).`,
            },
      };
    }
    case 'uniqueItems': {
      // ajv reports the later copy as `i` and the earlier as `j`.
      const { i, j } = e.params as { i: number; j: number };
      const item = Array.isArray(data) ? String(data[i]) : '';
      return {
        code: 'PPB105',
        message: {
          id: `${k} menyebut \`${item}\` dua kali (butir ${j + 1} dan ${i + 1}). Hapus salah satunya.`,
          en: `${k} names \`${item}\` twice (items ${j + 1} and ${i + 1}). Remove one of them.`,
        },
      };
    }
    case 'minItems':
    case 'minLength':
    case 'minProperties':
      return {
        code: 'PPB105',
        message: {
          id: `${k} tidak boleh kosong.${example(here, key).id}`,
          en: `${k} cannot be empty.${example(here, key).en}`,
        },
      };
    default: {
      const [id, en] = [localizeId, localizeEn].map((localize) => {
        const copy = { ...e };
        localize([copy]);
        return copy.message ?? e.keyword;
      });
      return { code: 'PPB105', message: { id: `${k} ${id ?? ''}`.trim(), en: `${k} ${en ?? ''}`.trim() } };
    }
  }
}
