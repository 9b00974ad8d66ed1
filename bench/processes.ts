import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { since } from './stats';

export const REPO = path.resolve(__dirname, '../..');

/**
 * Peak resident memory of a running process in MB (Linux's VmHWM: the most it ever held), or
 * undefined where /proc is not there.
 */
export function peakMemoryMb(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? undefined : Number(kb) / 1024;
  } catch {
    return undefined;
  }
}

export interface CliRun {
  readonly ms: number;
  readonly code: number | null;
  readonly stdout: string;
}

/** Runs the built `ppb` with `args` and times it from spawn to exit. */
export function runCli(args: readonly string[]): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, [path.join(REPO, 'bin/ppb.js'), ...args], {
      cwd: REPO,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, PPB_LANG: 'en' },
    });
    const out: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.resume();
    child.on('error', reject);
    child.on('close', (code) => resolve({ ms: since(start), code, stdout: Buffer.concat(out).toString('utf8') }));
  });
}
