import type { Localized } from '../service';

const IO_REASONS: Record<string, Localized> = {
  ENOENT: { id: 'tidak ada berkas atau folder dengan nama itu', en: 'no such file or folder' },
  EACCES: { id: 'izin ditolak', en: 'permission denied' },
  EPERM: { id: 'izin ditolak', en: 'permission denied' },
  EISDIR: { id: 'ini sebuah folder', en: 'it is a folder' },
  ENOTDIR: { id: 'bagian dari jalurnya bukan folder', en: 'part of the path is not a folder' },
  ELOOP: { id: 'tautan simbolik berputar', en: 'symbolic links loop' },
};

/** Everything the command line says of itself, in both languages. */
export const CLI_TEXT = {
  usage: {
    id: `Pemakaian:
  ppb check [jalur...] [--format text|json] [--lang id|en]
      Memeriksa berkas *.ppb.yaml. Setiap folder yang disebut adalah satu model
      (satu instansi); berkas yang disebut dikelompokkan menurut foldernya.
      Tanpa jalur: folder saat ini.
  ppb --version | --help

Kode keluar: 0 tanpa kesalahan, 1 ada kesalahan, 2 salah pemakaian atau berkas tak terbaca.`,
    en: `Usage:
  ppb check [paths...] [--format text|json] [--lang id|en]
      Checks *.ppb.yaml files. Each folder named is one model (one instansi);
      files named are grouped by their folder. No path: the current folder.
  ppb --version | --help

Exit code: 0 no error, 1 errors found, 2 usage or I/O problem.`,
  },
  unknownCommand: (cmd: string): Localized => ({
    id: `ppb: perintah tidak dikenal: ${cmd}. Perintah yang ada: check.`,
    en: `ppb: unknown command: ${cmd}. Available commands: check.`,
  }),
  badOption: (detail: string): Localized => ({
    id: `ppb: pilihan tidak sah: ${detail}`,
    en: `ppb: invalid option: ${detail}`,
  }),
  badFormat: (v: string): Localized => ({
    id: `ppb: --format harus text atau json, bukan ${v}.`,
    en: `ppb: --format must be text or json, not ${v}.`,
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
};
