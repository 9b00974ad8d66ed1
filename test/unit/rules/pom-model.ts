/**
 * A small Balai POM model in the notation its printed forms use (`POM-14`, `POM-14.01`), with
 * the unit `simpleMap` puts in its lanes; `withMap` adds a map before `relasi:`.
 */
export const POM_MODEL = `versi: 1
instansi:
  kode: POM
  nama: Balai Besar Pengawas Obat dan Makanan
unit:
  kepala_balai:
    nama: Kepala Balai Besar
  subbag_umum:
    nama: Bagian Tata Usaha
    induk: kepala_balai
proses:
  - kode: POM-14
    nama: Pengelolaan Barang Milik Negara
    kategori: pendukung
    masukan: [Daftar BMN]
    keluaran: [BMN terpelihara]
    sub_proses:
      - kode: POM-14.01
        nama: Pemeliharaan dan Perbaikan BMN
        pelaksana: [subbag_umum]
        masukan: [Laporan kerusakan]
        keluaran: [BMN diperbaiki]
      - kode: POM-14.02
        nama: Penghapusan BMN
        pelaksana: [subbag_umum]
        masukan: [Usulan penghapusan]
        keluaran: [BMN dihapus]
peta_lintas_fungsi:
relasi:
  - dari: subbag_umum
    ke: kepala_balai
    proses: POM-14.01
`;
