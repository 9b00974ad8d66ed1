import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { findPpbFiles } from '../../server/src/node/ppb-files';
import { PpbWorkspace } from '../../server/src/service';

/** Real readers of the documents `ppb dokumen` writes: LibreOffice, poppler's tools, unzip. */

export function run(command: string, args: readonly string[]): string {
  const r = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  assert.equal(r.status, 0, `${command} ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

export function need(tool: string, debianPackage: string): void {
  if (spawnSync('which', [tool]).status !== 0)
    assert.fail(`\`${tool}\` is missing: install the Debian package ${debianPackage} (apt-get install -y ${debianPackage}).`);
}

/**
 * LibreOffice converts `file` (or several files, in one start) to PDF in `outDir`, with a profile
 * of its own; killed after 120 s, and 5 s more per further file.
 */
export function toPdf(file: string | readonly string[], outDir: string): Promise<void> {
  const files = typeof file === 'string' ? [file] : file;
  const profile = mkdtempSync(path.join(os.tmpdir(), 'ppb-soffice-profile-'));
  const args = [
    '--headless',
    '--norestore',
    `-env:UserInstallation=file://${profile}`,
    '--convert-to',
    'pdf',
    '--outdir',
    outDir,
    ...files,
  ];
  const limit = 120_000 + 5_000 * Math.max(0, files.length - 1);
  return new Promise<void>((resolve, reject) => {
    const child = spawn('soffice', args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      reject(new Error(`soffice took over ${limit / 1000} s: ${output}`));
    }, limit);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      rmSync(profile, { recursive: true, force: true });
      if (code === 0) resolve();
      else reject(new Error(`soffice exited ${code}: ${output}`));
    });
  });
}

/** A part of the .docx; unzip reads `[` as a wildcard. */
export const entry = (name: string): string => name.replace(/\[/g, '[[]');

/** The text of a PDF's pages (all, or `first`..`last`), laid out as printed. */
export function pdfText(pdf: string, first?: number, last?: number): string {
  need('pdftotext', 'poppler-utils');
  return run('pdftotext', ['-layout', ...(first ? ['-f', String(first)] : []), ...(last ? ['-l', String(last)] : []), pdf, '-']);
}

/** Each page's size in points, from `pdfinfo`. */
export function pdfPageSizes(pdf: string): { width: number; height: number }[] {
  need('pdfinfo', 'poppler-utils');
  return [...run('pdfinfo', ['-f', '1', '-l', '100000', pdf]).matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
  }));
}

/** What a document must hold of a model: its name, every process and map code, every step name, and how many maps it draws. */
export async function modelFacts(dir: string): Promise<{ nama: string; codes: string[]; steps: string[]; maps: number }> {
  const ws = new PpbWorkspace();
  for (const f of await findPpbFiles(dir)) ws.setFile(pathToFileURL(f).href, readFileSync(f, 'utf8'));
  const index = ws.index();
  return {
    nama: index.instansi[0]?.nama ?? '',
    codes: [...index.processes.map((p) => p.kode.value), ...index.maps.map((m) => m.kode.value)],
    steps: index.maps.flatMap((m) => m.steps.flatMap((s) => (s.nama ? [s.nama] : []))),
    maps: ws.diagrams().list().length,
  };
}
