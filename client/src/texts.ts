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
};
