import type { Localized } from './localized';
import type { Severity } from './diagnostic';

/**
 * The one table of diagnostic codes: stable code, severity, and a short name in both
 * languages (shown in docs/RULES.md and by `ppb check --rules`). Codes never change meaning.
 */
export const CATALOG = {
  // File and YAML syntax
  PPB001: { severity: 'error', name: { id: 'Penulisan YAML tidak sah', en: 'Invalid YAML syntax' } },
  PPB002: {
    severity: 'error',
    name: { id: 'Lebih dari satu dokumen YAML dalam satu berkas', en: 'More than one YAML document in a file' },
  },
  PPB003: { severity: 'error', name: { id: 'Kunci ditulis dua kali', en: 'Key written twice' } },
  PPB004: { severity: 'error', name: { id: 'Berkas terlalu besar untuk diperiksa', en: 'File too large to check' } },
  PPB005: { severity: 'error', name: { id: 'Bersarang terlalu dalam', en: 'Nested too deeply' } },
  PPB006: { severity: 'error', name: { id: 'Berkas bukan teks UTF-8', en: 'File is not UTF-8 text' } },
  // Schema
  PPB101: { severity: 'error', name: { id: 'Kunci tidak dikenal', en: 'Unknown key' } },
  PPB102: { severity: 'error', name: { id: 'Jenis nilai salah', en: 'Wrong type of value' } },
  PPB103: { severity: 'error', name: { id: 'Nilai di luar pilihan', en: 'Value outside its set' } },
  PPB104: { severity: 'error', name: { id: 'Kunci wajib belum diisi', en: 'Required key missing' } },
  PPB105: { severity: 'error', name: { id: 'Bentuk nilai salah', en: 'Value in the wrong form' } },
  // Semantic rules: errors
  PPB201: { severity: 'error', name: { id: 'Kode tidak diawali kode instansi', en: 'Code does not start with the instansi code' } },
  PPB202: { severity: 'error', name: { id: 'Kode tidak sesuai jenjang', en: 'Code does not follow the hierarchy' } },
  PPB203: { severity: 'error', name: { id: 'Kode dideklarasikan dua kali', en: 'Code declared twice' } },
  PPB204: { severity: 'error', name: { id: 'Id unit atau pihak dideklarasikan dua kali', en: 'Unit or party id declared twice' } },
  PPB205: { severity: 'error', name: { id: 'Id langkah ganda dalam satu peta', en: 'Step id declared twice in one map' } },
  PPB206: { severity: 'error', name: { id: 'Peta lintas fungsi tanpa proses induk', en: 'Cross-functional map without a parent process' } },
  PPB207: { severity: 'error', name: { id: 'Unit atau pihak tidak dikenal', en: 'Unknown unit or party' } },
  PPB208: { severity: 'error', name: { id: 'Pelaksana langkah bukan lajur peta', en: 'Step performer is not one of the lanes' } },
  PPB209: { severity: 'error', name: { id: 'Langkah tujuan tidak dikenal', en: 'Unknown target step' } },
  PPB210: { severity: 'error', name: { id: 'Kode rujukan tidak dikenal', en: 'Unknown referenced code' } },
  PPB211: { severity: 'error', name: { id: 'Sasaran tidak dikenal', en: 'Unknown target (sasaran)' } },
  PPB212: { severity: 'error', name: { id: 'Jumlah langkah mulai bukan satu', en: 'Not exactly one start step' } },
  PPB213: { severity: 'error', name: { id: 'Tidak ada langkah selesai', en: 'No end step' } },
  PPB214: { severity: 'error', name: { id: 'Keputusan dengan kurang dari dua cabang', en: 'Decision with fewer than two branches' } },
  PPB215: { severity: 'error', name: { id: 'Instansi tidak ada atau lebih dari satu', en: 'No instansi, or more than one' } },
  PPB216: { severity: 'error', name: { id: 'Alur sub proses ke luar induknya', en: 'Sub-process flow leaves its parent' } },
  PPB217: {
    severity: 'error',
    name: { id: 'Tanggal SOP tidak sah atau tidak berurutan', en: 'SOP date not a real date, or out of order' },
  },
  // Semantic rules: warnings
  PPB301: { severity: 'warning', name: { id: 'Langkah tidak terjangkau dari mulai', en: 'Step unreachable from the start' } },
  PPB302: { severity: 'warning', name: { id: 'Langkah tidak berujung ke selesai', en: 'Step that never reaches an end' } },
  PPB303: { severity: 'warning', name: { id: 'Aktivitas tanpa keluaran', en: 'Activity without output' } },
  PPB304: { severity: 'warning', name: { id: 'Proses tanpa masukan atau keluaran', en: 'Process without inputs or outputs' } },
  PPB305: { severity: 'warning', name: { id: 'Rantai induk unit berputar', en: 'Unit parent chain loops' } },
  PPB306: { severity: 'warning', name: { id: 'Kolom identitas SOP kosong', en: 'SOP identity field empty' } },
  // Information
  PPB401: { severity: 'info', name: { id: 'Kode dalam bentuk varian', en: 'Code in a variant form' } },
  PPB402: { severity: 'info', name: { id: 'Aktivitas SOP tanpa waktu', en: 'SOP activity without time' } },
} as const satisfies Record<string, { severity: Severity; name: Localized }>;

export type DiagnosticCode = keyof typeof CATALOG;

export function severityOf(code: DiagnosticCode): Severity {
  return CATALOG[code].severity;
}
