import type { Localized } from '../../server/src/protocol/language';
import { duration, type Progress } from './install-progress';

const MIN_S = { id: { min: 'mnt', s: 'dtk' }, en: { min: 'min', s: 's' } } as const;

/** What `npm start` and the code-server installer say, in both languages. */
export const START_TEXT = {
  copied: (copy: string): Localized => ({
    id: `Salinan contoh Klambu dibuat di ${copy}: silakan diubah; samples/ tetap seperti semula. Hapus salinan itu untuk memulai dari awal.`,
    en: `Made a copy of the Klambu sample in ${copy}: change it freely; samples/ stays as it is. Delete the copy to start afresh.`,
  }),
  reused: (copy: string): Localized => ({
    id: `Membuka salinan contoh Klambu Anda di ${copy} (hapus untuk memulai dari awal).`,
    en: `Opening your copy of the Klambu sample in ${copy} (delete it to start afresh).`,
  }),
  opening: (folder: string): Localized => ({
    id: `Membuka VS Code dengan PPB pada ${folder}. Tutup jendelanya (atau tekan Ctrl+C di sini) untuk berhenti.`,
    en: `Opening VS Code with PPB on ${folder}. Close that window (or press Ctrl+C here) to stop.`,
  }),
  running: (version: string, folder: string): Localized => ({
    id: `PPB berjalan di VS Code (code-server ${version}) pada ${folder}:`,
    en: `PPB is running in VS Code (code-server ${version}) on ${folder}:`,
  }),
  openIt: {
    id: 'Buka alamat itu di peramban Anda (hanya komputer ini yang dapat membukanya).',
    en: 'Open that address in your browser (only this machine can reach it).',
  },
  log: (file: string): Localized => ({ id: `Log code-server: ${file}`, en: `code-server's log: ${file}` }),
  stopHint: { id: 'Tekan Ctrl+C untuk berhenti.', en: 'Press Ctrl+C to stop.' },
  stopping: { id: 'Menghentikan code-server...', en: 'Stopping code-server...' },
  stopped: { id: 'Berhenti.', en: 'Stopped.' },
  installing: (version: string, dir: string, expected: { seconds: number; mb: number }): Localized => ({
    id: `Memasang code-server ${version} ke ${dir}: sekali saja, sekitar ${Math.round(expected.seconds / 60)} menit dan ${expected.mb} MB dari registri npm. Setelah itu npm start langsung berjalan.`,
    en: `Installing code-server ${version} into ${dir}: once only, about ${Math.round(expected.seconds / 60)} minutes and ${expected.mb} MB from the npm registry. Later runs start at once.`,
  }),
  stepNode: { id: 'Node.js 24 untuk code-server', en: 'Node.js 24 for code-server' },
  stepCodeServer: { id: 'code-server dan VS Code, termasuk modul nativenya', en: 'code-server and VS Code, with their native modules' },
  stepNative: { id: 'modul native code-server', en: "code-server's native modules" },
  installStep: (n: number, what: Localized): Localized => ({ id: `[${n}/3] ${what.id}...`, en: `[${n}/3] ${what.en}...` }),
  installProgress: (n: number, what: Localized, p: Progress, expected: { seconds: number; mb: number }): Localized => ({
    id: `[${n}/3] ${what.id}: ${duration(p.elapsedS, MIN_S.id)} berjalan (seluruhnya sekitar ${Math.round(expected.seconds / 60)} mnt), ${p.mb} MB dari sekitar ${expected.mb} MB`,
    en: `[${n}/3] ${what.en}: ${duration(p.elapsedS, MIN_S.en)} so far (about ${Math.round(expected.seconds / 60)} min in all), ${p.mb} MB of about ${expected.mb} MB`,
  }),
  installStopped: {
    id: 'Pemasangan dihentikan; berkas setengah jadi dihapus. npm start berikutnya memasang dari awal.',
    en: 'Install stopped; the partial files were removed. The next npm start installs from the beginning.',
  },
  waitingInstall: {
    id: 'Proses lain sedang memasang code-server; menunggu...',
    en: 'Another process is installing code-server; waiting for it...',
  },
  ready: (version: string): Localized => ({ id: `code-server ${version} siap.`, en: `code-server ${version} is ready.` }),
} as const;
