import type { SopDecl } from '../model';
import type { Rule } from '../rule';

/** The identity sheet's fields an SOP AP prints, each with its key and an example to write. */
const FIELDS: readonly { key: string; label: string; filled: (s: SopDecl) => boolean; example: string }[] = [
  {
    key: 'tanggal_pembuatan',
    label: 'TANGGAL PEMBUATAN',
    filled: (s) => s.tanggalPembuatan !== undefined,
    example: 'tanggal_pembuatan: 2023-01-02',
  },
  {
    key: 'tanggal_efektif',
    label: 'TANGGAL EFEKTIF',
    filled: (s) => s.tanggalEfektif !== undefined,
    example: 'tanggal_efektif: 2023-02-01',
  },
  {
    key: 'dasar_hukum',
    label: 'Dasar Hukum',
    filled: (s) => s.dasarHukum.length > 0,
    example: 'dasar_hukum: [Peraturan Menteri PANRB Nomor 35 Tahun 2012]',
  },
  {
    key: 'kualifikasi_pelaksana',
    label: 'Kualifikasi Pelaksana',
    filled: (s) => s.kualifikasiPelaksana.length > 0,
    example: 'kualifikasi_pelaksana: [Memahami tata naskah dinas]',
  },
  {
    key: 'keterkaitan',
    label: 'Keterkaitan',
    filled: (s) => s.keterkaitan.length > 0,
    example: 'keterkaitan: [SOP Pengelolaan Surat Masuk]',
  },
  {
    key: 'peralatan',
    label: 'Peralatan/Perlengkapan',
    filled: (s) => s.peralatan.length > 0,
    example: 'peralatan: [Komputer, Printer]',
  },
  {
    key: 'peringatan',
    label: 'Peringatan',
    filled: (s) => s.peringatan.length > 0,
    example: 'peringatan: [Bila SOP tidak dilaksanakan, layanan terlambat]',
  },
  {
    key: 'pencatatan',
    label: 'Pencatatan dan Pendataan',
    filled: (s) => s.pencatatan.length > 0,
    example: 'pencatatan: [Buku agenda]',
  },
];

/**
 * PPB306: a declared SOP prints an identity sheet, and each of its fields left unwritten is an
 * empty box on the signed page: one warning per field, on the SOP's code. TANGGAL REVISI is left
 * out (a first edition has none), and so are NOMOR (the code stands in) and DISAHKAN OLEH (the
 * instansi's head stands in).
 */
export const sopIdentity: Rule = {
  codes: ['PPB306'],
  scope: 'file',
  check({ own, report }) {
    for (const m of own.maps) {
      for (const s of m.sop) {
        for (const f of FIELDS.filter((x) => !x.filled(s))) {
          report('PPB306', s.kode.span, {
            id: `SOP ${s.kode.value} belum mengisi ${f.label} (\`${f.key}\`): kotaknya kosong pada lembar identitas SOP AP. Tuliskan, misalnya \`${f.example}\`.`,
            en: `SOP ${s.kode.value} leaves its ${f.label} box (\`${f.key}\`) empty on the SOP AP identity sheet. Write it, for example \`${f.example}\`.`,
          });
        }
      }
    }
  },
};
