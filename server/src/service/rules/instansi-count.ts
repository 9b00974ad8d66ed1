import type { Rule } from '../rule';

/** PPB215: exactly one file of the model declares `instansi`. */
export const instansiCount: Rule = {
  codes: ['PPB215'],
  scope: 'model',
  check({ model, report }) {
    if (model.instansi.length === 0) {
      if (model.firstKey) {
        report('PPB215', model.firstKey, {
          id: 'Model ini belum punya `instansi`. Satu berkas PPB di folder kerja harus mendeklarasikan `instansi` dengan `kode` dan `nama`, misalnya `instansi: {kode: KECKLB, nama: Kecamatan Klambu}`.',
          en: 'This model has no `instansi`. One PPB file of the workspace folder must declare `instansi` with `kode` and `nama`, for example `instansi: {kode: KECKLB, nama: Kecamatan Klambu}`.',
        });
      }
      return;
    }
    if (model.instansi.length === 1) return;
    for (const i of model.instansi) {
      report(
        'PPB215',
        i.key,
        {
          id: `\`instansi\` dideklarasikan ${model.instansi.length} kali dalam model ini; satu folder kerja memuat peta satu instansi. Hapus yang lain, atau pindahkan instansi lain ke folder kerja sendiri.`,
          en: `\`instansi\` is declared ${model.instansi.length} times in this model; one workspace folder holds the maps of one instansi. Remove the others, or move the other instansi to its own folder.`,
        },
        model.instansi
          .filter((o) => o !== i)
          .map((o) => ({ span: o.key, message: { id: '`instansi` lain di sini', en: 'another `instansi` here' } })),
      );
    }
  },
};
