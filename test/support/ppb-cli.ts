import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { REPO } from './temp-model';

const PPB = path.join(REPO, 'bin/ppb.js');

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs the built `ppb` command in English (unless `env` says otherwise); `under` is a command
 * that runs it (`prlimit …`, `setpriv …`), whose own failure to start throws.
 */
export function ppb(args: readonly string[], cwd = REPO, env: NodeJS.ProcessEnv = {}, under: readonly string[] = []): CliRun {
  const [command = process.execPath, ...prefix] = [...under, process.execPath];
  const r = spawnSync(command, [...prefix, PPB, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C', LC_ALL: '', PPB_LANG: '', ...env },
  });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * Root reads every file whatever its mode (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH); without
 * those two, through `setpriv`, a mode of 000 stops it as it stops any user. Empty for others.
 */
export const WITHOUT_ROOT_READ: readonly string[] =
  process.getuid?.() === 0 ? ['setpriv', '--bounding-set', '-dac_override,-dac_read_search', '--'] : [];
