import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { mapCount, type WorkspaceShape } from './generate';
import { REPO, runCli } from './processes';
import { median } from './stats';
import type { BenchFolders } from './workspaces';

/** A model of 60 cross-functional maps (3 × 4 × 5 of 10 steps), with its Level 0, Peta Relasi and 3 Level 1 maps. */
export const SIXTY_MAPS: WorkspaceShape = { processes: 3, subProcesses: 4, mapsPerSub: 5, stepsPerMap: 10 };

/** A document verb (`ppb dokumen`, `ppb sop`) beside `ppb export --format png` of the same maps. */
export interface DocumentCase {
  readonly name: string;
  /** The maps: what the PNG export writes and the documents hold. */
  readonly maps: number;
  readonly runs: number;
  /** `ppb export --format png` of the same maps, the user's way today (then pasted into Word). */
  readonly pngMs: number;
  readonly pdfMs: number;
  readonly docxMs: number;
  readonly pdfMb: number;
  readonly docxMb: number;
}

/** `ppb …` timed from spawn to exit; a failed run fails the bench. */
export async function timed(args: readonly string[]): Promise<number> {
  const r = await runCli(args);
  if (r.code !== 0) throw new Error(`ppb ${args.join(' ')} exited ${r.code}`);
  return r.ms;
}

/**
 * `ppb dokumen` to PDF and to DOCX, side by side with `ppb export --format png` of the same
 * maps, in turns (png, pdf, docx, then again): the same machine state for the three. Medians.
 */
async function documentCase(name: string, folder: string, maps: number, runs: number): Promise<DocumentCase> {
  const out = mkdtempSync(path.join(os.tmpdir(), 'ppb-bench-doc-'));
  const png: number[] = [];
  const pdf: number[] = [];
  const docx: number[] = [];
  const pdfFile = path.join(out, 'dokumen.pdf');
  const docxFile = path.join(out, 'dokumen.docx');
  try {
    for (let i = 0; i < runs; i++) {
      png.push(await timed(['export', folder, '--out', path.join(out, `png-${i}`), '--format', 'png']));
      pdf.push(await timed(['dokumen', folder, '--out', pdfFile, '--force']));
      docx.push(await timed(['dokumen', folder, '--out', docxFile, '--force']));
    }
    const size = (f: string): number => statSync(f).size / 2 ** 20;
    return { name, maps, runs, pngMs: median(png), pdfMs: median(pdf), docxMs: median(docx), pdfMb: size(pdfFile), docxMb: size(docxFile) };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** Klambu (30 maps) and a generated model of 60 cross-functional maps. */
export async function documentBench(folders: BenchFolders, quick: boolean): Promise<DocumentCase[]> {
  const runs = quick ? 1 : 3;
  const sixty = folders.workspace(SIXTY_MAPS);
  return [
    await documentCase('Klambu', path.join(REPO, 'samples/klambu'), 30, runs),
    // The CFMs plus Level 0, the Peta Relasi and a Level 1 per Level 0 process.
    await documentCase(`generated, ${mapCount(SIXTY_MAPS)} CFMs`, sixty, mapCount(SIXTY_MAPS) + 2 + SIXTY_MAPS.processes, runs),
  ];
}

/** `ppb sop` beside the PNG export: the maps are Klambu's CFMs, a draft SOP each; sizes of all files together. */
export type SopCase = DocumentCase;

/** The size of a folder's files together, in MB. */
export const folderMb = (dir: string): number => readdirSync(dir).reduce((n, f) => n + statSync(path.join(dir, f)).size, 0) / 2 ** 20;

/**
 * `ppb sop` of Klambu (a draft SOP per cross-functional map) to PDF and to DOCX, side by side
 * with `ppb export --format png` of the same maps, in turns. The maps are those the Mermaid
 * export names `*.CFM.*`.
 */
export async function sopBench(quick: boolean): Promise<SopCase[]> {
  const runs = quick ? 1 : 3;
  const folder = path.join(REPO, 'samples/klambu');
  const out = mkdtempSync(path.join(os.tmpdir(), 'ppb-bench-sop-'));
  try {
    await timed(['export', folder, '--out', path.join(out, 'mmd'), '--format', 'mmd']);
    const maps = readdirSync(path.join(out, 'mmd'))
      .filter((f) => f.includes('.CFM.'))
      .map((f) => f.replace(/\.mmd$/, ''));
    const png: number[] = [];
    const pdf: number[] = [];
    const docx: number[] = [];
    for (let i = 0; i < runs; i++) {
      png.push(
        await timed(['export', folder, '--out', path.join(out, `png-${i}`), '--format', 'png', ...maps.flatMap((m) => ['--map', m])]),
      );
      pdf.push(await timed(['sop', folder, '--out', path.join(out, 'pdf'), '--force']));
      docx.push(await timed(['sop', folder, '--out', path.join(out, 'docx'), '--format', 'docx', '--force']));
    }
    return [
      {
        name: 'Klambu',
        maps: maps.length,
        runs,
        pngMs: median(png),
        pdfMs: median(pdf),
        docxMs: median(docx),
        pdfMb: folderMb(path.join(out, 'pdf')),
        docxMb: folderMb(path.join(out, 'docx')),
      },
    ];
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
