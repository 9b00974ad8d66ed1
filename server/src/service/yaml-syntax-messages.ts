import type { ErrorCode } from 'yaml';
import type { Localized } from './localized';

/** What each YAML syntax problem means, worded for authors rather than parser writers. */
const EXPLAIN: Record<ErrorCode, Localized> = {
  ALIAS_PROPS: { id: 'Alias (*nama) tidak boleh diberi tag atau anchor.', en: 'An alias (*name) cannot have a tag or an anchor.' },
  BAD_ALIAS: {
    id: 'Alias (*nama) merujuk anchor (&nama) yang tidak ada.',
    en: 'An alias (*name) refers to an anchor (&name) that does not exist.',
  },
  BAD_DIRECTIVE: { id: 'Direktif YAML (baris yang diawali %) tidak dikenal.', en: 'Unknown YAML directive (a line starting with %).' },
  BAD_DQ_ESCAPE: {
    id: 'Urutan escape dalam teks bertanda kutip ganda tidak sah; tulis \\\\ untuk garis miring terbalik.',
    en: 'Invalid escape in a double-quoted text; write \\\\ for a backslash.',
  },
  BAD_INDENT: {
    id: 'Indentasi (jarak dari tepi kiri) tidak sesuai; samakan dengan baris sejenis di atasnya.',
    en: 'Wrong indentation; align it with the lines of the same level above.',
  },
  BAD_PROP_ORDER: { id: 'Anchor dan tag ditulis dalam urutan yang salah.', en: 'Anchor and tag are written in the wrong order.' },
  BAD_SCALAR_START: {
    id: 'Nilai tidak boleh diawali karakter ini; beri tanda kutip pada nilainya.',
    en: 'A value cannot start with this character; put the value in quotes.',
  },
  BLOCK_AS_IMPLICIT_KEY: {
    id: 'Sebuah blok dipakai sebagai kunci; mungkin titik dua (:) atau indentasi salah.',
    en: 'A block is used as a key; a colon (:) or the indentation is probably wrong.',
  },
  BLOCK_IN_FLOW: { id: 'Blok tidak boleh di dalam kurung [ ] atau { }.', en: 'A block cannot stand inside [ ] or { }.' },
  DUPLICATE_KEY: { id: 'Kunci yang sama ditulis dua kali.', en: 'The same key is written twice.' },
  IMPOSSIBLE: { id: 'Pengurai YAML menemui keadaan yang tidak terduga.', en: 'The YAML parser reached an unexpected state.' },
  KEY_OVER_1024_CHARS: { id: 'Kunci lebih panjang dari 1024 karakter.', en: 'A key is longer than 1024 characters.' },
  MISSING_CHAR: {
    id: 'Ada karakter penutup yang kurang, misalnya tanda kutip, ] atau }.',
    en: 'A closing character is missing, such as a quote, ] or }.',
  },
  MULTILINE_IMPLICIT_KEY: {
    id: 'Kunci tidak boleh lebih dari satu baris; mungkin titik dua (:) kurang di baris sebelumnya.',
    en: 'A key cannot span lines; a colon (:) is probably missing on the line before.',
  },
  MULTIPLE_ANCHORS: { id: 'Satu nilai hanya boleh punya satu anchor (&nama).', en: 'A value can have only one anchor (&name).' },
  MULTIPLE_DOCS: { id: 'Berkas berisi lebih dari satu dokumen YAML.', en: 'The file holds more than one YAML document.' },
  MULTIPLE_TAGS: { id: 'Satu nilai hanya boleh punya satu tag.', en: 'A value can have only one tag.' },
  NON_STRING_KEY: { id: 'Kunci harus berupa teks.', en: 'A key must be text.' },
  RESOURCE_EXHAUSTION: {
    id: 'Alias mengembang terlalu besar (kemungkinan "bom alias"); berkas tidak diperiksa lebih lanjut.',
    en: 'Aliases expand too far (probably an "alias bomb"); the file is not checked further.',
  },
  TAB_AS_INDENT: {
    id: 'Tab tidak boleh dipakai untuk indentasi; ganti dengan spasi.',
    en: 'Tabs cannot be used for indentation; use spaces.',
  },
  TAG_RESOLVE_FAILED: { id: 'Tag YAML (!nama) tidak dikenal.', en: 'Unknown YAML tag (!name).' },
  UNEXPECTED_TOKEN: {
    id: 'Ada tanda yang tidak diharapkan di sini; periksa titik dua, tanda hubung dan indentasi.',
    en: 'Unexpected token here; check colons, dashes and indentation.',
  },
  BAD_COLLECTION_TYPE: {
    id: 'Jenis kumpulan (daftar atau pemetaan) tidak sesuai dengan tag-nya.',
    en: 'The collection type (list or mapping) does not match its tag.',
  },
};

/** The author-facing text of a yaml library error; the parser's own detail is kept in English. */
const MISSING_COLON: Localized = {
  id: 'Sebuah kunci tidak diikuti titik dua (:). Tulis `kunci: nilai`, misalnya `nama: Camat`.',
  en: 'A key is not followed by a colon (:). Write `key: value`, for example `nama: Camat`.',
};

export function yamlSyntaxMessage(code: ErrorCode, detail: string): Localized {
  // The parser says "missing character" for a missing colon too; say which one.
  const base = code === 'MISSING_CHAR' && /followed by map values/.test(detail) ? MISSING_COLON : EXPLAIN[code];
  const firstLine = detail.split('\n', 1)[0] ?? '';
  return {
    id: `Kesalahan penulisan YAML: ${base.id}`,
    en: `YAML syntax error: ${base.en}${firstLine ? ` (${firstLine})` : ''}`,
  };
}
