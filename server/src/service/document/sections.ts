/**
 * The sections of the document an agency may write in its own words: `dokumen/<id>.md` in the
 * model's folder replaces the section's standard text (docs/FORMAT.md, "The document's text").
 * Tables and maps a section holds stay; only its text is replaced.
 */
export const SECTIONS = {
  'kata-pengantar': 'KATA PENGANTAR',
  'latar-belakang': 'BAB I, A. Latar Belakang',
  'maksud-tujuan-manfaat': 'BAB I, B. Maksud, Tujuan dan Manfaat',
  'ruang-lingkup': 'BAB I, C. Ruang Lingkup',
  'dasar-hukum': 'BAB I, D. Dasar Hukum',
  'tugas-fungsi': 'BAB II, A. Tugas dan Fungsi',
  'susunan-organisasi': 'BAB II, B. Susunan Organisasi',
  'tujuan-sasaran': 'BAB II, C. Tujuan dan Sasaran',
  prinsip: 'BAB III, A. Prinsip Penyusunan',
  tahapan: 'BAB III, B. Tahapan Penyusunan',
  'peta-proses': 'BAB IV, A. Peta Proses (Level 0)',
  'peta-sub-proses': 'BAB IV, B. Peta Sub Proses (Level 1)',
  'peta-relasi': 'BAB IV, C. Peta Relasi',
  'peta-lintas-fungsi': 'BAB IV, D. Peta Lintas Fungsi (Level n)',
  'daftar-proses': 'BAB IV, E. Daftar Proses Bisnis dan Peta',
  penutup: 'BAB V Penutup',
} as const;

export type SectionId = keyof typeof SECTIONS;

export const SECTION_IDS = Object.keys(SECTIONS) as SectionId[];

export const isSectionId = (name: string): name is SectionId => Object.prototype.hasOwnProperty.call(SECTIONS, name);

/** The folder, beside the model's files, that holds the agency's own texts. */
export const SECTIONS_FOLDER = 'dokumen';
