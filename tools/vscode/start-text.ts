import type { Localized } from '../../server/src/service/localized';

/** What `npm start` and the code-server installer say, in both languages. */
export const START_TEXT = {
  opening: (folder: string): Localized => ({
    id: `Membuka VS Code dengan PPB pada ${folder}. Tutup jendelanya (atau tekan Ctrl+C di sini) untuk berhenti.`,
    en: `Opening VS Code with PPB on ${folder}. Close that window (or press Ctrl+C here) to stop.`,
  }),
  running: (version: string, folder: string): Localized => ({
    id: `PPB berjalan di VS Code (code-server ${version}) pada ${folder}:`,
    en: `PPB is running in VS Code (code-server ${version}) on ${folder}:`,
  }),
  openIt: { id: 'Buka alamat itu di peramban Anda (hanya komputer ini yang dapat membukanya).', en: 'Open that address in your browser (only this machine can reach it).' },
  log: (file: string): Localized => ({ id: `Log code-server: ${file}`, en: `code-server's log: ${file}` }),
  stopHint: { id: 'Tekan Ctrl+C untuk berhenti.', en: 'Press Ctrl+C to stop.' },
  stopping: { id: 'Menghentikan code-server...', en: 'Stopping code-server...' },
  stopped: { id: 'Berhenti.', en: 'Stopped.' },
  installing: (version: string, dir: string): Localized => ({
    id: `Memasang code-server ${version} ke ${dir} (sekali saja; beberapa menit)...`,
    en: `Installing code-server ${version} into ${dir} (once; a few minutes)...`,
  }),
  waitingInstall: { id: 'Proses lain sedang memasang code-server; menunggu...', en: 'Another process is installing code-server; waiting for it...' },
  ready: (version: string): Localized => ({ id: `code-server ${version} siap.`, en: `code-server ${version} is ready.` }),
} as const;
