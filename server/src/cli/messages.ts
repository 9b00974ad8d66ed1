import type { Localized } from '../service';

const IO_REASONS: Record<string, Localized> = {
  ENOENT: { id: 'tidak ada berkas atau folder dengan nama itu', en: 'no such file or folder' },
  EACCES: { id: 'izin ditolak', en: 'permission denied' },
  EPERM: { id: 'izin ditolak', en: 'permission denied' },
  EISDIR: { id: 'ini sebuah folder', en: 'it is a folder' },
  ENOTDIR: { id: 'bagian dari jalurnya bukan folder', en: 'part of the path is not a folder' },
  ELOOP: { id: 'tautan simbolik berputar', en: 'symbolic links loop' },
  EEXIST: { id: 'sudah ada', en: 'it exists' },
  ENOSPC: { id: 'ruang disk habis', en: 'no space left on the device' },
  EROFS: { id: 'sistem berkas hanya-baca', en: 'read-only file system' },
};

/** Everything the command line says of itself, in both languages. */
export const CLI_TEXT = {
  usage: {
    id: `Pemakaian:
  ppb check [jalur...] [--format text|json] [--lang id|en]
      Memeriksa berkas *.ppb.yaml. Setiap folder yang disebut adalah satu model
      (satu instansi); berkas yang disebut dikelompokkan menurut foldernya.
      Tanpa jalur: folder saat ini.
  ppb export [folder] --out <folder> [--format svg|png|mmd|drawio|bpmn]
             [--map KODE] [--scale N] [--satu-berkas] [--force] [--lang id|en]
      Menulis satu berkas per peta model: KECKLB.L0, KECKLB.relasi, lalu kode
      yang dirinci peta itu (KECKLB.06, KECKLB.06.03.CFM.02). svg (bawaan) dan
      png digambar Chromium tanpa kepala yang sudah terpasang (/usr/bin/chromium,
      Chrome, atau CHROME_PATH); mmd menulis teks Mermaid tanpa peramban.
      drawio (draw.io) dan bpmn (BPMN 2.0, hanya peta lintas fungsi) dapat
      diubah di aplikasinya, dengan tata letak yang sama dengan gambarnya.
      --map KODE     hanya peta ini (kode, L0 atau relasi; boleh diulang)
      --scale N      piksel PNG per piksel CSS (bawaan 2)
      --satu-berkas  drawio: semua peta sebagai halaman satu berkas
                     <kode instansi>.drawio (--single-file)
      --force        menimpa berkas yang sudah ada
  ppb dokumen [folder] --out <berkas.docx|berkas.pdf> [--force] [--draf]
             [--lang id|en]
      Menulis dokumen Peta Proses Bisnis: sampul, daftar isi, BAB I-V dengan
      semua peta, dan pengesahan. Teks baku tiap bagian dapat diganti dengan
      dokumen/<bagian>.md di folder model (lihat docs/FORMAT.md). Model yang
      masih memiliki kesalahan tidak dibuatkan dokumen, kecuali dengan --draf
      (setiap halaman bertanda DRAF).
  ppb sop [folder] --out <folder> [--format pdf|docx|svg] [--kode KODE]
          [--force] [--draf] [--lang id|en]
      Menulis SOP AP (PermenPANRB 35/2012) dari setiap peta lintas fungsi:
      satu berkas per SOP yang ditulis di bawah petanya (sop), dan draf
      <kode peta>.SOP untuk peta tanpa SOP. Lembar identitas, lalu tabel
      prosedur dengan simbol di kolom pelaksananya. pdf (bawaan) dan docx
      per SOP; svg satu berkas per halaman (<nama>-1.svg, ...).
      --kode KODE  hanya SOP ini, atau SOP peta ini (boleh diulang)
  ppb --version | --help

Kode keluar: 0 tanpa kesalahan, 1 ada kesalahan (check, dokumen, sop) atau peta yang
gagal digambar (export), 2 salah pemakaian, berkas tak terbaca atau sudah ada, atau
tanpa peramban.`,
    en: `Usage:
  ppb check [paths...] [--format text|json] [--lang id|en]
      Checks *.ppb.yaml files. Each folder named is one model (one instansi);
      files named are grouped by their folder. No path: the current folder.
  ppb export [folder] --out <folder> [--format svg|png|mmd|drawio|bpmn]
             [--map CODE] [--scale N] [--single-file] [--force] [--lang id|en]
      Writes one file per map of the model: KECKLB.L0, KECKLB.relasi, then the
      code each map details (KECKLB.06, KECKLB.06.03.CFM.02). svg (default) and
      png are drawn by a headless Chromium already on the machine
      (/usr/bin/chromium, Chrome, or CHROME_PATH); mmd writes the Mermaid text
      and needs no browser. drawio (draw.io) and bpmn (BPMN 2.0, cross-functional
      maps only) can be edited in their tools, laid out as the picture is.
      --map CODE     only this map (a code, L0 or relasi; may be repeated)
      --scale N      PNG pixels per CSS pixel (default 2)
      --single-file  drawio: every map as a page of one file,
                     <instansi code>.drawio (--satu-berkas)
      --force        overwrite files that exist
  ppb dokumen [folder] --out <file.docx|file.pdf> [--force] [--draf]
             [--lang id|en]
      Writes the Peta Proses Bisnis document: cover, table of contents, BAB
      I-V with every map, and the signature. Each section's standard text can
      be replaced by dokumen/<section>.md in the model's folder (see
      docs/FORMAT.md). A model with errors gets no document, unless --draf
      (--draft) is given, which marks every page DRAF.
  ppb sop [folder] --out <folder> [--format pdf|docx|svg] [--kode CODE]
          [--force] [--draf] [--lang id|en]
      Writes the SOP AP documents (PermenPANRB 35/2012) of every
      cross-functional map: one file per SOP written under its map (sop), and
      a draft <map code>.SOP for a map with none. The identity sheet, then
      the procedure table with each symbol in its performer's column. pdf
      (default) and docx: one file per SOP; svg: one file per page
      (<name>-1.svg, ...).
      --kode CODE  only this SOP, or this map's SOPs (may be repeated)
  ppb --version | --help

Exit code: 0 no error, 1 errors found (check, dokumen, sop) or maps that could not be
drawn (export), 2 usage problem, unreadable or existing file, or no browser.`,
  },
  unknownCommand: (cmd: string): Localized => ({
    id: `ppb: perintah tidak dikenal: ${cmd}. Perintah yang ada: check, export, dokumen, sop.`,
    en: `ppb: unknown command: ${cmd}. Available commands: check, export, dokumen, sop.`,
  }),
  badOption: (detail: string): Localized => ({
    id: `ppb: pilihan tidak sah: ${detail}`,
    en: `ppb: invalid option: ${detail}`,
  }),
  badFormat: (v: string, allowed: readonly string[]): Localized => ({
    id: `ppb: --format harus ${allowed.join(', ')}, bukan ${v}.`,
    en: `ppb: --format must be ${allowed.join(', ')}, not ${v}.`,
  }),
  badLang: (v: string): Localized => ({
    id: `ppb: --lang harus id atau en, bukan ${v}.`,
    en: `ppb: --lang must be id or en, not ${v}.`,
  }),
  unreadable: (p: string, errCode: string): Localized => {
    const why = IO_REASONS[errCode] ?? { id: errCode, en: errCode };
    return { id: `ppb: tidak dapat membaca ${p}: ${why.id}.`, en: `ppb: cannot read ${p}: ${why.en}.` };
  },
  noFiles: (p: string): Localized => ({
    id: `ppb: tidak ada berkas *.ppb.yaml atau *.ppb.yml di ${p}.`,
    en: `ppb: no *.ppb.yaml or *.ppb.yml files in ${p}.`,
  }),
  summary: (errors: number, warnings: number, infos: number, files: number): Localized => ({
    id: `${errors} kesalahan, ${warnings} peringatan, ${infos} informasi dalam ${files} berkas.`,
    en: `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}, ${infos} info in ${files} file${files === 1 ? '' : 's'}.`,
  }),
  onePath: {
    id: 'ppb: export menerima satu folder (satu model).',
    en: 'ppb: export takes one folder (one model).',
  },
  needsOut: {
    id: 'ppb: export memerlukan --out <folder>.',
    en: 'ppb: export needs --out <folder>.',
  },
  badScale: (v: string, max: number): Localized => ({
    id: `ppb: --scale harus angka lebih dari 0 dan paling besar ${max}, bukan ${v}.`,
    en: `ppb: --scale must be a number above 0 and at most ${max}, not ${v}.`,
  }),
  singleFileOnlyDrawio: {
    id: 'ppb: --satu-berkas (--single-file) hanya berlaku untuk --format drawio.',
    en: 'ppb: --single-file (--satu-berkas) applies to --format drawio only.',
  },
  bpmnNotCfm: (maps: readonly string[]): Localized => ({
    id: `ppb: BPMN hanya memuat peta lintas fungsi (lajur pelaksana, langkah, keputusan); ${maps.join(', ')} bukan peta lintas fungsi. Pilih peta lintas fungsi dengan --map, atau ekspor peta ini sebagai --format drawio.`,
    en: `ppb: BPMN holds cross-functional maps only (performer lanes, steps, decisions); ${maps.join(', ')} ${maps.length === 1 ? 'is' : 'are'} not. Choose cross-functional maps with --map, or export these as --format drawio.`,
  }),
  bpmnLeftOut: (count: number): Localized => ({
    id: `ppb: ${count} peta yang bukan peta lintas fungsi (Level 0, Peta Relasi, Level 1..n) tidak diekspor: BPMN hanya memuat peta lintas fungsi.`,
    en: `ppb: ${count} map${count === 1 ? '' : 's'} that ${count === 1 ? 'is' : 'are'} not cross-functional (Level 0, Peta Relasi, Level 1..n) left out: BPMN holds cross-functional maps only.`,
  }),
  pagesExported: (pages: number, file: string, seconds: number): Localized => ({
    id: `${pages} peta ditulis sebagai halaman ${file} dalam ${seconds.toFixed(1)} detik.`,
    en: `${pages} map${pages === 1 ? '' : 's'} written as pages of ${file} in ${seconds.toFixed(1)} s.`,
  }),
  scaleOnlyPng: {
    id: 'ppb: --scale hanya berlaku untuk --format png.',
    en: 'ppb: --scale applies to --format png only.',
  },
  unknownMap: (code: string, close: readonly string[]): Localized => ({
    id: `ppb: tidak ada peta ${code} dalam model ini.${close.length > 0 ? ` Kode yang mirip: ${close.join(', ')}.` : ''}`,
    en: `ppb: no map ${code} in this model.${close.length > 0 ? ` Close codes: ${close.join(', ')}.` : ''}`,
  }),
  exists: (files: readonly string[]): Localized => ({
    id: `ppb: ${files.length === 1 ? 'berkas ini sudah ada' : `${files.length} berkas ini sudah ada`}: ${files.join(', ')}. Tidak ada yang ditulis; pakai --force untuk menimpa.`,
    en: `ppb: ${files.length === 1 ? 'this file exists' : `these ${files.length} files exist`}: ${files.join(', ')}. Nothing written; use --force to overwrite.`,
  }),
  noBrowser: (tried: readonly string[]): Localized => ({
    id: `ppb: peta digambar oleh Chromium atau Chrome, tetapi tidak ada di ${tried.join(', ')}. Pasang satu (Debian/Ubuntu: sudo apt-get install chromium), atau tunjuk yang sudah ada dengan CHROME_PATH=/jalur/ke/chrome. ppb export --format mmd tidak memerlukan peramban.`,
    en: `ppb: maps are drawn by Chromium or Chrome, but there is none at ${tried.join(', ')}. Install one (Debian/Ubuntu: sudo apt-get install chromium), or point CHROME_PATH=/path/to/chrome at one you have. ppb export --format mmd needs no browser.`,
  }),
  badChromePath: (p: string): Localized => ({
    id: `ppb: CHROME_PATH menunjuk ${p}, yang bukan berkas yang dapat dijalankan. Perbaiki atau hapus CHROME_PATH (tanpanya /usr/bin/chromium atau Chrome yang dipakai).`,
    en: `ppb: CHROME_PATH points to ${p}, which is not an executable file. Fix or unset CHROME_PATH (without it /usr/bin/chromium or Chrome is used).`,
  }),
  browserFailed: (p: string, why: string): Localized => ({
    id: `ppb: ${p} tidak dapat dijalankan tanpa kepala: ${why}`,
    en: `ppb: ${p} could not be started headless: ${why}`,
  }),
  noBundle: (p: string): Localized => ({
    id: `ppb: halaman ekspor ${p} tidak ada; jalankan npm run build.`,
    en: `ppb: the export page ${p} is missing; run npm run build.`,
  }),
  syntaxRefused: (where: string, message: string): Localized => ({
    id: `${where}: YAML tidak sah: ${message} Tidak ada yang diekspor: perbaiki dulu (ppb check menunjukkan semuanya).`,
    en: `${where}: invalid YAML: ${message} Nothing exported: fix it first (ppb check shows every problem).`,
  }),
  modelErrors: (errors: number): Localized => ({
    id: `ppb: model ini memiliki ${errors} kesalahan (lihat ppb check); yang dapat digambar tetap diekspor.`,
    en: `ppb: the model has ${errors} error${errors === 1 ? '' : 's'} (see ppb check); what can be drawn is exported anyway.`,
  }),
  noMaps: {
    id: 'ppb: model ini belum memiliki peta (tidak ada proses dan tidak ada peta lintas fungsi); tidak ada yang ditulis.',
    en: 'ppb: this model has no map yet (no process, no cross-functional map); nothing written.',
  },
  smallerScale: (scale: number): Localized => ({
    id: ` (skala ${scale.toFixed(2)}: lebih besar dari yang dapat digambar Chromium)`,
    en: ` (scale ${scale.toFixed(2)}: larger than Chromium can draw)`,
  }),
  mapFailed: (file: string, why: string): Localized => ({
    id: `ppb: ${file} tidak dapat digambar: ${why}`,
    en: `ppb: cannot draw ${file}: ${why}`,
  }),
  writeFailed: (file: string, errCode: string): Localized => {
    const why = IO_REASONS[errCode] ?? { id: errCode, en: errCode };
    return { id: `ppb: tidak dapat menulis ${file}: ${why.id}.`, en: `ppb: cannot write ${file}: ${why.en}.` };
  },
  exported: (written: number, total: number, dir: string, seconds: number): Localized => ({
    id: `${written} dari ${total} peta ditulis ke ${dir} dalam ${seconds.toFixed(1)} detik.`,
    en: `${written} of ${total} map${total === 1 ? '' : 's'} written to ${dir} in ${seconds.toFixed(1)} s.`,
  }),
  dokumenOnePath: {
    id: 'ppb: dokumen menerima satu folder (satu model).',
    en: 'ppb: dokumen takes one folder (one model).',
  },
  dokumenNeedsOut: {
    id: 'ppb: dokumen memerlukan --out <berkas.docx> atau --out <berkas.pdf>.',
    en: 'ppb: dokumen needs --out <file.docx> or --out <file.pdf>.',
  },
  badDocumentName: (name: string): Localized => ({
    id: `ppb: --out ${name}: dokumen ditulis sebagai .docx (Word) atau .pdf; akhiri nama berkas dengan salah satunya.`,
    en: `ppb: --out ${name}: the document is written as .docx (Word) or .pdf; end the file name with one of them.`,
  }),
  documentRefused: (errors: number): Localized => ({
    id: `ppb: model ini memiliki ${errors} kesalahan (di atas); dokumen tidak dibuat. Perbaiki kesalahannya, atau buat draf dengan --draf (setiap halaman bertanda DRAF).`,
    en: `ppb: the model has ${errors} error${errors === 1 ? '' : 's'} (above); no document written. Fix them, or make a draft with --draf (every page marked DRAF).`,
  }),
  draftWithErrors: (errors: number): Localized => ({
    id: `ppb: model ini memiliki ${errors} kesalahan; dokumen ditulis sebagai draf (DRAF di setiap halaman).`,
    en: `ppb: the model has ${errors} error${errors === 1 ? '' : 's'}; the document is written as a draft (DRAF on every page).`,
  }),
  logoProblem: (where: string, logo: string, why: Localized): Localized => ({
    id: `${where}: error instansi.logo ${logo}: ${why.id}`,
    en: `${where}: error instansi.logo ${logo}: ${why.en}`,
  }),
  logoMissing: {
    id: 'berkas ini tidak ada. Tulis jalurnya relatif terhadap berkas yang memuat instansi, atau hapus kunci logo.',
    en: 'no such file. Write its path relative to the file that declares instansi, or remove the logo key.',
  },
  logoOutside: {
    id: 'berkas ini berada di luar folder model; letakkan logo di dalam folder model.',
    en: 'the file is outside the model folder; put the logo inside the model folder.',
  },
  logoNotPicture: {
    id: 'berkas ini bukan gambar PNG atau JPEG yang dapat dibaca.',
    en: 'the file is not a readable PNG or JPEG picture.',
  },
  writingDocument: (file: string): Localized => ({
    id: `Menulis ${file}…`,
    en: `Writing ${file}…`,
  }),
  documentWritten: (file: string, maps: number, pages: number | undefined, seconds: number): Localized => ({
    id: `Dokumen ditulis ke ${file}: ${maps} peta${pages === undefined ? '' : `, ${pages} halaman`}, dalam ${seconds.toFixed(1)} detik.`,
    en: `Document written to ${file}: ${maps} map${maps === 1 ? '' : 's'}${pages === undefined ? '' : `, ${pages} pages`}, in ${seconds.toFixed(1)} s.`,
  }),
  documentIncomplete: {
    id: 'ppb: peta di atas tidak dapat digambar; dokumen tidak dibuat.',
    en: 'ppb: the map above could not be drawn; no document written.',
  },
  smallPrint: (map: string, pt: number): Localized => ({
    id: `ppb: ${map} terlalu besar bahkan untuk halaman A3: tulisannya tercetak ${pt.toFixed(1)} pt (kurang dari 6 pt). Pertimbangkan memecah petanya.`,
    en: `ppb: ${map} is too large even for an A3 page: its text prints at ${pt.toFixed(1)} pt (under 6 pt). Consider splitting the map.`,
  }),
  sopOnePath: {
    id: 'ppb: sop menerima satu folder (satu model).',
    en: 'ppb: sop takes one folder (one model).',
  },
  sopNeedsOut: {
    id: 'ppb: sop memerlukan --out <folder>: folder tempat berkas SOP ditulis.',
    en: 'ppb: sop needs --out <folder>: the folder the SOP files are written to.',
  },
  unknownSop: (code: string, close: readonly string[]): Localized => ({
    id: `ppb: tidak ada SOP atau peta lintas fungsi ${code} dalam model ini.${close.length > 0 ? ` Kode yang mirip: ${close.join(', ')}.` : ''}`,
    en: `ppb: no SOP or cross-functional map ${code} in this model.${close.length > 0 ? ` Close codes: ${close.join(', ')}.` : ''}`,
  }),
  noSops: {
    id: 'ppb: model ini belum memiliki peta lintas fungsi, jadi belum ada SOP; tidak ada yang ditulis.',
    en: 'ppb: this model has no cross-functional map, so no SOP yet; nothing written.',
  },
  sopRefused: (errors: number): Localized => ({
    id: `ppb: model ini memiliki ${errors} kesalahan (di atas); SOP tidak dibuat. Perbaiki kesalahannya, atau buat draf dengan --draf (setiap halaman bertanda DRAF).`,
    en: `ppb: the model has ${errors} error${errors === 1 ? '' : 's'} (above); no SOP written. Fix them, or make drafts with --draf (every page marked DRAF).`,
  }),
  sopDraftWithErrors: (errors: number): Localized => ({
    id: `ppb: model ini memiliki ${errors} kesalahan; setiap SOP ditulis sebagai draf (DRAF di setiap halaman).`,
    en: `ppb: the model has ${errors} error${errors === 1 ? '' : 's'}; every SOP is written as a draft (DRAF on every page).`,
  }),
  sopFailed: (kode: string, why: string): Localized => ({
    id: `ppb: SOP ${kode} tidak dapat ditulis: ${why}`,
    en: `ppb: SOP ${kode} could not be written: ${why}`,
  }),
  sopsWritten: (sops: number, drafts: number, files: number, dir: string, seconds: number): Localized => ({
    id: `${sops} SOP (${drafts} draf) ditulis ke ${dir}: ${files} berkas, dalam ${seconds.toFixed(1)} detik.`,
    en: `${sops} SOP${sops === 1 ? '' : 's'} (${drafts} draft${drafts === 1 ? '' : 's'}) written to ${dir}: ${files} file${files === 1 ? '' : 's'}, in ${seconds.toFixed(1)} s.`,
  }),
};
