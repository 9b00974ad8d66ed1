import { PpbWorkspace, positionAt, type Localized } from '../../server/src/service';

/** A diagnostic as tests read it: where (1-based line), what text it marks, and what it says. */
export interface Found {
  readonly file: string;
  readonly line: number;
  /** The exact source text the range covers. */
  readonly text: string;
  readonly code: string;
  readonly severity: string;
  readonly message: Localized;
}

/** Checks a model given as file name → text, like a workspace folder. */
export function checkFiles(files: Record<string, string>, ws = new PpbWorkspace()): Found[] {
  for (const [name, text] of Object.entries(files)) ws.setFile(`file:///ws/${name}`, text);
  return collect(ws);
}

export function collect(ws: PpbWorkspace): Found[] {
  const out: Found[] = [];
  for (const [uri, list] of ws.diagnostics()) {
    const parsed = ws.parsed(uri);
    if (!parsed) continue;
    for (const d of list) {
      out.push({
        file: uri.replace('file:///ws/', ''),
        line: positionAt(parsed, d.start).line + 1,
        text: parsed.text.slice(d.start, d.end),
        code: d.code,
        severity: d.severity,
        message: d.message,
      });
    }
  }
  return out;
}

/** 1-based line of the first line containing `needle` (to assert a range lands on it). */
export function lineOf(text: string, needle: string, occurrence = 1): number {
  let from = -1;
  for (let i = 0; i < occurrence; i++) {
    from = text.indexOf(needle, from + 1);
    if (from < 0) throw new Error(`"${needle}" not found ${occurrence} times`);
  }
  return text.slice(0, from).split('\n').length;
}

/**
 * A complete, valid model in one file, written from FORMAT.md. Tests change one thing in it
 * (a string replace) and expect exactly the diagnostic that change deserves.
 */
export const VALID = `versi: 1
instansi:
  kode: KECKLB
  nama: Kecamatan Klambu
unit:
  camat:
    nama: Camat
  sekretariat:
    nama: Sekretariat Kecamatan
    induk: camat
    singkatan: Sekcam
  subbag_umum:
    nama: Subbagian Umum dan Kepegawaian
    induk: sekretariat
pemangku_kepentingan:
  bupati:
    nama: Bupati Grobogan
  penyedia:
    nama: Penyedia Barang/Jasa
tujuan:
  - kode: T1
    nama: Meningkatkan kapasitas SDM, sarana dan prasarana
    sasaran:
      - kode: S1
        nama: Meningkatnya kualitas pelayanan umum
      - kode: S2
        nama: Meningkatnya kualitas kinerja dan akuntabilitas
proses:
  - kode: KECKLB.06
    nama: Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota
    kategori: pendukung
    sasaran: [S2]
    pemasok: [bupati]
    masukan: [DPA Kecamatan]
    keluaran: [Kebutuhan operasional kantor terpenuhi]
    pelanggan: [camat]
    sub_proses:
      - kode: KECKLB.06.03
        nama: Administrasi Umum Perangkat Daerah
        pelaksana: [subbag_umum]
        masukan: [DPA Kecamatan]
        keluaran: [Layanan administrasi umum]
        lanjut: [KECKLB.06.04]
      - kode: KECKLB.06.04
        nama: Pengadaan Barang Milik Daerah
        pelaksana: [subbag_umum]
        masukan: [Nota persetujuan]
        keluaran: [Barang tersedia]
peta_lintas_fungsi:
  - kode: KECKLB.06.03.CFM.02
    nama: Penyediaan Bahan Logistik Kantor
    pelaksana: [subbag_umum, sekretariat, camat]
    langkah:
      - jenis: mulai
        pelaksana: subbag_umum
      - id: susun
        nama: Menyusun daftar kebutuhan bahan logistik
        pelaksana: subbag_umum
        masukan: [Data persediaan barang]
        keluaran: [Daftar kebutuhan]
        waktu: 1 hari
      - id: periksa
        jenis: keputusan
        nama: Sesuai anggaran?
        pelaksana: sekretariat
        cabang:
          Ya: setujui
          Tidak: susun
      - id: setujui
        nama: Menyetujui pengadaan
        pelaksana: camat
        keluaran: [Nota persetujuan]
        peta: KECKLB.06.04.CFM.01
      - jenis: selesai
        pelaksana: subbag_umum
  - kode: KECKLB.06.04.CFM.01
    nama: Pengadaan Sarana Kantor
    pelaksana: [subbag_umum, penyedia]
    langkah:
      - jenis: mulai
        pelaksana: subbag_umum
      - nama: Memesan barang
        pelaksana: subbag_umum
        keluaran: [Surat pesanan]
      - nama: Mengirim barang
        pelaksana: penyedia
        keluaran: [Barang, Berita acara serah terima]
      - jenis: selesai
        pelaksana: subbag_umum
relasi:
  - dari: bupati
    ke: camat
    hal: Pelimpahan kewenangan
    proses: KECKLB.06
`;

/** VALID with one text replaced; fails loudly when the text is not there. */
export function variant(from: string, to: string, base = VALID): string {
  if (!base.includes(from)) throw new Error(`test setup: "${from}" not in the base model`);
  return base.replace(from, to);
}
