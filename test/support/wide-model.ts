/**
 * A valid one-file model with `utama` Level 0 processes of kategori utama (each supplied by the
 * public and serving the bupati) and one of each other kategori: a Level 0 too wide for one row.
 */
export function wideLevel0(utama: number): string {
  const processes = Array.from({ length: utama + 2 }, (_, i) => {
    const nn = String(i + 1).padStart(2, '0');
    const kategori = i === utama ? 'manajemen' : i === utama + 1 ? 'pendukung' : 'utama';
    return `  - kode: KEC.${nn}\n    nama: Proses nomor ${nn}\n    kategori: ${kategori}\n    pemasok: [masyarakat]\n    masukan: [Permohonan]\n    keluaran: [Layanan]\n    pelanggan: [bupati]\n`;
  });
  return `versi: 1
instansi:
  kode: KEC
  nama: Kecamatan Contoh
unit:
  camat:
    nama: Camat
pemangku_kepentingan:
  masyarakat:
    nama: Masyarakat
  bupati:
    nama: Bupati
proses:
${processes.join('')}`;
}
