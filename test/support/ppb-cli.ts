import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { REPO } from './temp-model';

const PPB = path.join(REPO, 'bin/ppb.js');

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built `ppb` command in English (unless `env` says otherwise). */
export function ppb(args: readonly string[], cwd = REPO, env: NodeJS.ProcessEnv = {}): CliRun {
  const r = spawnSync(process.execPath, [PPB, ...args], { cwd, encoding: 'utf8', env: { ...process.env, LANG: 'C', LC_ALL: '', PPB_LANG: '', ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
