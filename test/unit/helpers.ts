import assert from 'node:assert/strict';
import { checkFiles, variant, VALID, type Found } from '../support/check';

/** The file name tests use for a one-file model. */
export const FILE = 'model.ppb.yaml';

/** Checks a one-file model. */
export function checkOne(text: string): Found[] {
  return checkFiles({ [FILE]: text });
}

/** What a test expects of one diagnostic. `mentions` must appear in both languages of the message. */
export interface Expected {
  readonly file?: string;
  readonly line: number;
  readonly code: string;
  readonly severity: 'error' | 'warning' | 'info';
  readonly text: string;
  readonly mentions?: readonly string[];
}

const order = (a: { file: string; line: number; code: string; text: string }, b: typeof a): number =>
  a.file.localeCompare(b.file) || a.line - b.line || a.code.localeCompare(b.code) || a.text.localeCompare(b.text);

/** The message is there in both languages, the two differ, and both name what is at fault. */
export function assertMessage(f: Found, mentions: readonly string[] = []): void {
  assert.ok(f.message.id.trim().length > 0, `${f.code}: empty Indonesian message`);
  assert.ok(f.message.en.trim().length > 0, `${f.code}: empty English message`);
  assert.notEqual(f.message.id, f.message.en, `${f.code}: the two languages say the same text`);
  for (const m of mentions) {
    assert.ok(f.message.id.includes(m), `${f.code}: Indonesian message does not mention "${m}": ${f.message.id}`);
    assert.ok(f.message.en.includes(m), `${f.code}: English message does not mention "${m}": ${f.message.en}`);
  }
}

/**
 * Exactly these diagnostics and no other (no cascade, no noise): where, what code, which
 * severity, which marked text; then each message is checked.
 */
export function expectExactly(found: readonly Found[], expected: readonly Expected[]): void {
  const got = found.map((f) => ({ file: f.file, line: f.line, code: f.code, severity: f.severity, text: f.text })).sort(order);
  const want = expected.map((e) => ({ file: e.file ?? FILE, line: e.line, code: e.code, severity: e.severity, text: e.text })).sort(order);
  assert.deepEqual(got, want);
  for (const e of expected) {
    const f = found.find((x) => x.file === (e.file ?? FILE) && x.line === e.line && x.code === e.code && x.text === e.text);
    assert.ok(f);
    assertMessage(f, e.mentions ?? []);
  }
}

/** The diagnostics of one code (for near-misses: `assert.deepEqual(codes(found, 'PPB2xx'), [])`). */
export function codes(found: readonly Found[], code: string): string[] {
  return found.filter((f) => f.code === code).map((f) => `${f.file}:${f.line} ${f.code} ${f.text}`);
}

/** VALID with a cross-functional map (YAML list item at two spaces) appended to `peta_lintas_fungsi`. */
export function withMap(map: string, base = VALID): string {
  return variant('relasi:', `${map}relasi:`, base);
}

/** VALID with a Level 0 process (YAML list item at two spaces) appended to `proses`. */
export function withProcess(process: string, base = VALID): string {
  return variant('peta_lintas_fungsi:', `${process}peta_lintas_fungsi:`, base);
}

/** VALID with a sub-process of KECKLB.06 inserted before KECKLB.06.04. */
export function withSubProcess(kode: string, base = VALID): string {
  return variant(
    '      - kode: KECKLB.06.04\n',
    `      - kode: ${kode}\n        nama: Sub proses uji\n        masukan: [Masukan]\n        keluaran: [Keluaran]\n      - kode: KECKLB.06.04\n`,
    base,
  );
}

/** A complete small map, valid when its parent exists; performers `subbag_umum`. */
export function simpleMap(kode: string): string {
  return `  - kode: ${kode}
    nama: Peta uji
    langkah:
      - jenis: mulai
        pelaksana: subbag_umum
      - nama: Mengerjakan
        pelaksana: subbag_umum
        keluaran: [Hasil kerja]
      - jenis: selesai
        pelaksana: subbag_umum
`;
}

/** A Level 0 process with inputs and outputs. */
export function simpleProcess(kode: string): string {
  return `  - kode: ${kode}
    nama: Proses uji
    kategori: utama
    masukan: [Masukan]
    keluaran: [Keluaran]
`;
}

/** Splits VALID at top-level keys into files, like a real workspace folder. */
export function splitValid(): { instansi: string; proses: string; peta: string } {
  const at = (key: string): number => VALID.indexOf(`\n${key}:`) + 1;
  return {
    instansi: VALID.slice(0, at('proses')),
    proses: VALID.slice(at('proses'), at('peta_lintas_fungsi')),
    peta: VALID.slice(at('peta_lintas_fungsi')),
  };
}

/** One SOP of KECKLB.06.03.CFM.02 (format 1.1), every reference role in it: code, approver, a related code. */
export const SOP_ENTRY = `      - kode: KECKLB.06.03.CFM.02.SOP.01
        nama: Penyediaan Bahan Logistik Kantor
        tanggal_pembuatan: 2021-01-04
        tanggal_revisi: 2023-03-15
        tanggal_efektif: 2023-04-01
        disahkan_oleh: camat
        keterkaitan: [KECKLB.06.04.CFM.01, SOP Pengadaan Barang]
        dasar_hukum: [Peraturan Menteri PANRB Nomor 35 Tahun 2012]
        kualifikasi_pelaksana: [Memahami pengelolaan persediaan]
        peralatan: [Komputer, Printer]
        peringatan: [Bila SOP tidak dilaksanakan, kebutuhan kantor tidak terpenuhi]
        pencatatan: [Kartu persediaan]
`;

/**
 * VALID with `sop` entries (YAML at four spaces, as under a map) under KECKLB.06.03.CFM.02, whose
 * activity without a time gets one: an SOP prints every activity's time (PPB402).
 */
export function withSop(sop = SOP_ENTRY, base = VALID): string {
  const timed = base.replace('        keluaran: [Nota persetujuan]\n', '        keluaran: [Nota persetujuan]\n        waktu: 1 hari\n');
  return variant('  - kode: KECKLB.06.04.CFM.01\n', `    sop:\n${sop}  - kode: KECKLB.06.04.CFM.01\n`, timed);
}
