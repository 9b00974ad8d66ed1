import type { PreviewStrings } from '../../server/src/protocol/webview';
import type { Localized } from '../../server/src/protocol/language';

/**
 * Every text the extension host shows (notifications, dialogs, the preview's page and title),
 * in both languages; `say` picks one by `ppb.bahasa`. Titles in the palette, the settings page
 * and the walkthrough are declared in package.nls*.json: VS Code shows those in its own language.
 */
export const TEXT = {
  serverFailed: (detail: string): Localized => ({
    id: `PPB: server bahasa tidak dapat dijalankan: ${detail}`,
    en: `PPB: the language server could not start: ${detail}`,
  }),
  serverGaveUp: (times: number, minutes: number): Localized => ({
    id: `PPB: server bahasa berhenti ${times} kali dalam ${minutes} menit dan tidak dijalankan ulang. Jalankan "PPB: Jalankan Ulang Server Bahasa" setelah penyebabnya diperbaiki.`,
    en: `PPB: the language server stopped ${times} times in ${minutes} minutes and is not restarted. Run "PPB: Restart Language Server" once the cause is fixed.`,
  }),
  serverRestarted: { id: 'PPB: server bahasa dijalankan ulang.', en: 'PPB: language server restarted.' },

  previewTitle: { id: 'Pratinjau PPB', en: 'PPB Preview' },
  previewTitleOf: (map: string): Localized => ({ id: `PPB: ${map}`, en: `PPB: ${map}` }),
  noPpbFile: { id: 'Buka berkas PPB (*.ppb.yaml) untuk melihat petanya.', en: 'Open a PPB file (*.ppb.yaml) to see its maps.' },
  noMapYet: {
    id: 'Model ini belum memiliki peta: tambahkan `proses` atau `peta_lintas_fungsi`.',
    en: 'This model has no map yet: add `proses` or `peta_lintas_fungsi`.',
  },
  mapGone: (code: string): Localized => ({
    id: `Peta ${code} tidak (lagi) ada dalam model.`,
    en: `The map ${code} is not in the model (any more).`,
  }),
  yamlError: (file: string, line: number, message: string): Localized => ({
    id: `YAML mengandung kesalahan, peta terakhir yang benar tetap ditampilkan. ${file}, baris ${line}: ${message}`,
    en: `The YAML has an error, the last good map stays on screen. ${file}, line ${line}: ${message}`,
  }),
  cannotOpen: (what: string, detail: string): Localized => ({
    id: `PPB: tidak dapat membuka ${what}: ${detail}`,
    en: `PPB: cannot open ${what}: ${detail}`,
  }),

  openPreview: { id: 'Buka Pratinjau', en: 'Open Preview' },
  openPreviewFirst: {
    id: 'PPB: buka pratinjau dan pilih peta untuk mengekspornya.',
    en: 'PPB: open the preview and choose a map to export it.',
  },
  nothingShown: {
    id: 'PPB: tidak ada peta yang ditampilkan di pratinjau untuk diekspor.',
    en: 'PPB: no map is shown in the preview to export.',
  },
  exportMapTitle: (map: string): Localized => ({ id: `Ekspor peta ${map}`, en: `Export the map ${map}` }),
  exportButton: { id: 'Ekspor', en: 'Export' },
  exporting: (name: string): Localized => ({ id: `PPB: mengekspor ${name}…`, en: `PPB: exporting ${name}…` }),
  noValidImage: (format: string): Localized => ({
    id: `pratinjau tidak menghasilkan ${format} yang sah`,
    en: `the preview returned no valid ${format}`,
  }),
  saved: (file: string): Localized => ({ id: `PPB: ${file} tersimpan`, en: `PPB: saved ${file}` }),
  exportFailed: (detail: string): Localized => ({ id: `PPB: ekspor gagal: ${detail}`, en: `PPB: the export failed: ${detail}` }),

  whichFolder: { id: 'Ekspor peta dari folder yang mana?', en: 'Export the maps of which folder?' },
  noFolder: {
    id: 'PPB: buka folder sebuah model PPB untuk mengekspor semua petanya.',
    en: 'PPB: open the folder of a PPB model to export all its maps.',
  },
  formatSvg: { id: 'vektor, untuk dokumen dan penyuntingan lanjut', en: 'vector, for documents and further editing' },
  formatPng: (scale: number): Localized => ({ id: `gambar ${scale}× ukurannya`, en: `picture at ${scale}× its size` }),
  formatMmd: { id: 'teks diagramnya', en: 'the diagram text' },
  formatDrawio: { id: 'satu berkas per peta, untuk disunting di draw.io', en: 'a file per map, to edit in draw.io' },
  formatBpmn: {
    id: 'peta lintas fungsi, untuk Bizagi, Camunda dan alat BPMN lain',
    en: 'the cross-functional maps, for Bizagi, Camunda and other BPMN tools',
  },
  exportEveryAs: { id: 'Ekspor semua peta sebagai', en: 'Export every map as' },
  exportHere: { id: 'Ekspor ke sini', en: 'Export here' },
  saveAndExport: { id: 'Simpan dan Ekspor', en: 'Save and Export' },
  unsaved: (n: number): Localized => ({
    id: `${n} berkas PPB memiliki perubahan yang belum disimpan; ekspor membaca berkas di disk.`,
    en: `${n} PPB files have unsaved changes; the export reads the files on disk.`,
  }),
  exportSaved: { id: 'Ekspor Versi Tersimpan', en: 'Export Saved Version' },
  replace: { id: 'Ganti', en: 'Replace' },
  alreadyThere: (n: number, folder: string, names: string): Localized => ({
    id: `${n} berkas sudah ada di ${folder} (${names}). Ganti berkas-berkas itu?`,
    en: `${n} files already exist in ${folder} (${names}). Replace them?`,
  }),
  exportingAll: { id: 'PPB: mengekspor semua peta', en: 'PPB: exporting every map' },
  showLog: { id: 'Tampilkan Log', en: 'Show Log' },
  exportedAll: (folder: string): Localized => ({
    id: `PPB: semua peta telah diekspor ke ${folder}.`,
    en: `PPB: every map was exported to ${folder}.`,
  }),
  exportIncomplete: (code: number): Localized => ({
    id: `PPB: ekspor tidak selesai (kode keluar ${code}); log menjelaskan sebabnya.`,
    en: `PPB: the export did not complete (exit code ${code}); the log says why.`,
  }),

  documentWhichFolder: { id: 'Buat dokumen dari model folder yang mana?', en: "Create the document of which folder's model?" },
  documentNoFolder: {
    id: 'PPB: buka folder sebuah model PPB untuk membuat dokumen Peta Proses Bisnisnya.',
    en: 'PPB: open the folder of a PPB model to create its Peta Proses Bisnis document.',
  },
  documentUnsaved: (n: number): Localized => ({
    id: `${n} berkas PPB memiliki perubahan yang belum disimpan; dokumen dibuat dari berkas di disk.`,
    en: `${n} PPB files have unsaved changes; the document is made from the files on disk.`,
  }),
  saveAndCreate: { id: 'Simpan dan Buat', en: 'Save and Create' },
  createFromSaved: { id: 'Buat dari Versi Tersimpan', en: 'Create from Saved Version' },
  documentSaveTitle: { id: 'Simpan dokumen Peta Proses Bisnis', en: 'Save the Peta Proses Bisnis document' },
  documentSaveLabel: { id: 'Buat Dokumen', en: 'Create Document' },
  documentBadName: (name: string): Localized => ({
    id: `PPB: dokumen ditulis sebagai .docx (Word) atau .pdf; ${name} tidak berakhiran salah satunya. Pilih nama yang berakhiran .docx atau .pdf.`,
    en: `PPB: the document is written as .docx (Word) or .pdf; ${name} ends in neither. Choose a name ending in .docx or .pdf.`,
  }),
  creatingDocument: { id: 'PPB: membuat dokumen Peta Proses Bisnis', en: 'PPB: creating the Peta Proses Bisnis document' },
  creatingDraft: { id: 'PPB: membuat draf dokumen Peta Proses Bisnis', en: 'PPB: creating a draft of the Peta Proses Bisnis document' },
  documentCreated: (file: string): Localized => ({
    id: `PPB: dokumen Peta Proses Bisnis telah ditulis ke ${file}.`,
    en: `PPB: the Peta Proses Bisnis document was written to ${file}.`,
  }),
  draftCreated: (file: string): Localized => ({
    id: `PPB: draf dokumen, bertanda DRAF, telah ditulis ke ${file}.`,
    en: `PPB: a draft of the document, marked DRAF, was written to ${file}.`,
  }),
  openDocument: { id: 'Buka', en: 'Open' },
  revealInOs: { id: 'Tampilkan di Folder', en: 'Reveal in File Explorer' },
  revealInExplorer: { id: 'Tampilkan di Penjelajah', en: 'Reveal in Explorer' },
  modelHasErrors: (n: number): Localized =>
    n > 0
      ? {
          id: `PPB: dokumen tidak dibuat karena model memiliki ${n} kesalahan. Perbaiki kesalahannya, atau buat draf bertanda DRAF.`,
          en: `PPB: the document was not created: the model has ${n} error${n === 1 ? '' : 's'}. Fix ${n === 1 ? 'it' : 'them'}, or create a draft marked DRAF.`,
        }
      : {
          id: 'PPB: dokumen tidak dibuat karena model memiliki kesalahan (lihat log). Perbaiki kesalahannya, atau buat draf bertanda DRAF.',
          en: 'PPB: the document was not created: the model has errors (see the log). Fix them, or create a draft marked DRAF.',
        },
  showProblems: { id: 'Tampilkan Masalah', en: 'Show Problems' },
  createDraft: { id: 'Buat Draf', en: 'Create a Draft' },
  documentFailed: (code: number, reason: string): Localized =>
    reason === ''
      ? {
          id: `PPB: dokumen tidak dibuat (kode keluar ${code}); log menjelaskan sebabnya.`,
          en: `PPB: the document was not created (exit code ${code}); the log says why.`,
        }
      : { id: `PPB: dokumen tidak dibuat: ${reason}`, en: `PPB: the document was not created: ${reason}` },
  documentCouldNotRun: (detail: string): Localized => ({
    id: `PPB: pembuatan dokumen tidak dapat dijalankan: ${detail}`,
    en: `PPB: the document could not be created: ${detail}`,
  }),

  noModelHere: {
    id: 'PPB: folder kerja ini belum memiliki berkas PPB (*.ppb.yaml). Buat contoh Kecamatan Klambu untuk dicoba?',
    en: 'PPB: this workspace has no PPB file (*.ppb.yaml) yet. Create the Kecamatan Klambu sample to try?',
  },
  createSample: { id: 'Buat Contoh', en: 'Create the Sample' },
  createSampleTitle: {
    id: 'Folder tempat contoh Klambu dibuat (sebagai klambu/)',
    en: 'Folder to create the Klambu sample in (as klambu/)',
  },
  createSampleHere: { id: 'Buat di sini', en: 'Create here' },
  sampleExists: (folder: string): Localized => ({
    id: `PPB: ${folder} sudah ada; tidak ditimpa. Pilih folder lain.`,
    en: `PPB: ${folder} already exists and is left as it is. Pick another folder.`,
  }),
  sampleFailed: (folder: string, detail: string): Localized => ({
    id: `PPB: contoh tidak dapat dibuat di ${folder}: ${detail}`,
    en: `PPB: the sample could not be created in ${folder}: ${detail}`,
  }),
} as const;

/** The preview page's own words (buttons, tooltips, navigator), sent to it by message. */
export const PREVIEW_TEXT: { readonly [K in keyof PreviewStrings]: Localized } = {
  maps: { id: 'Peta', en: 'Maps' },
  groupLevel0: { id: 'Level 0', en: 'Level 0' },
  groupRelasi: { id: 'Peta Relasi', en: 'Relation map' },
  groupLevel: { id: 'Level {0}', en: 'Level {0}' },
  groupCfm: { id: 'Peta Lintas Fungsi', en: 'Cross-functional maps' },
  zoomIn: { id: 'Perbesar (+)', en: 'Zoom in (+)' },
  zoomOut: { id: 'Perkecil (-)', en: 'Zoom out (-)' },
  zoomFit: { id: 'Sesuaikan dengan jendela (0)', en: 'Fit to window (0)' },
  zoomReset: { id: 'Ukuran asli', en: 'Actual size' },
  fitReadable: {
    id: 'Peta ini diperkecil hanya sampai tulisannya masih terbaca. Geser untuk melihat bagian lainnya, atau tekan - untuk memperkecil lagi.',
    en: 'This map is shrunk only as far as its text stays readable. Drag to see the rest, or press - to zoom out further.',
  },
  exportSvg: { id: 'Ekspor sebagai SVG', en: 'Export as SVG' },
  exportPng: { id: 'Ekspor sebagai PNG', en: 'Export as PNG' },
  exportDrawio: {
    id: 'Ekspor sebagai draw.io (dapat diubah di draw.io, tata letaknya sama)',
    en: 'Export as draw.io (editable in draw.io, laid out the same)',
  },
  drawioMapsOnly: {
    id: 'Ekspor draw.io untuk peta; halaman SOP AP diekspor sebagai SVG atau PNG',
    en: 'draw.io export is for maps; an SOP AP page exports as SVG or PNG',
  },
  toggleNavigator: { id: 'Tampilkan atau sembunyikan daftar peta', en: 'Show or hide the list of maps' },
  rendering: { id: 'Menggambar…', en: 'Drawing…' },
  renderFailed: { id: 'Mermaid tidak dapat menggambar peta ini: {0}', en: 'Mermaid could not draw this map: {0}' },
  tooLarge: {
    id: 'Peta ini memiliki {0} simpul; di atas {1} penggambarannya lama dan panel tidak menanggapi selama itu.',
    en: 'This map has {0} nodes; above {1} drawing it takes long and the panel stops responding meanwhile.',
  },
  tooLargeLanes: {
    id: 'Peta ini memiliki {0} langkah; lajur (swimlane) dengan lebih dari {1} langkah lama digambar dan panel tidak menanggapi selama itu.',
    en: 'This map has {0} steps; swimlanes of more than {1} steps take long to draw and the panel stops responding meanwhile.',
  },
  renderAnyway: { id: 'Tetap gambar', en: 'Draw anyway' },
  renderWithoutLanes: { id: 'Gambar cepat, lajur sebagai kotak', en: 'Draw quickly, lanes as boxes' },
  openMap: { id: 'Klik: buka peta ini', en: 'Click: open this map' },
  revealSource: { id: 'Klik: ke definisinya', en: 'Click: go to its definition' },
  sopView: { id: 'Tampilkan SOP AP peta ini (atau kembali ke petanya)', en: "Show this map's SOP AP (or go back to the map)" },
  sopUnavailable: {
    id: 'Hanya peta lintas fungsi yang memiliki SOP AP; peta ini tidak',
    en: 'Only a cross-functional map has SOP AP documents; this map has none',
  },
  sopChoose: { id: 'SOP AP peta ini', en: "This map's SOP AP documents" },
  sopDraft: { id: 'draf', en: 'draft' },
  sopPage: { id: 'Halaman {0} dari {1}', en: 'Page {0} of {1}' },
  sopPrevious: { id: 'Halaman sebelumnya', en: 'Previous page' },
  sopNext: { id: 'Halaman berikutnya', en: 'Next page' },
};
