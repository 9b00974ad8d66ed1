import { mapCount, scaled, BASE_SHAPE, type WorkspaceShape } from './generate';
import { startOnFolder } from './our-server';
import { runCli } from './processes';
import { median, repeat } from './stats';
import type { BenchFolders } from './workspaces';

export interface ColdResult {
  readonly factor: number;
  readonly maps: number;
  readonly files: number;
  readonly cliMs: number;
  readonly serverMs: number;
  /** The server's peak resident memory over its runs. */
  readonly serverPeakMb: number | undefined;
  readonly runs: number;
}

const filesOf = (shape: WorkspaceShape): number => 1 + shape.processes + mapCount(shape);

/**
 * Cold check of a whole workspace at `factor` times 500 maps: `ppb check` from spawn to exit
 * (it must find the workspace clean), and the language server from spawn to the last file's
 * diagnostics, each the median of `runs`.
 */
export async function coldCheck(folders: BenchFolders, factor: number, runs: number): Promise<ColdResult> {
  const shape = scaled(BASE_SHAPE, factor);
  const folder = folders.workspace(shape);
  const cli = await repeat(runs, async () => {
    const r = await runCli(['check', folder, '--format', 'json']);
    if (r.code !== 0 || r.stdout.trim() !== '[]')
      throw new Error(`ppb check of the generated workspace is not clean (exit ${r.code}): ${r.stdout.slice(0, 300)}`);
    return r.ms;
  });
  const server = await repeat(runs, async () => {
    const s = await startOnFolder(folder, filesOf(shape));
    const dirty = [...s.client.diagnostics.values()].filter((d) => d.length > 0).length;
    await s.client.stop();
    if (dirty > 0) throw new Error(`the server found ${dirty} files of the generated workspace not clean`);
    return s;
  });
  const peaks = server.flatMap((s) => (s.peakMb === undefined ? [] : [s.peakMb]));
  return {
    factor,
    maps: mapCount(shape),
    files: filesOf(shape),
    cliMs: median(cli),
    serverMs: median(server.map((s) => s.ms)),
    serverPeakMb: peaks.length > 0 ? Math.max(...peaks) : undefined,
    runs,
  };
}
