import { readdirSync, readFileSync } from 'node:fs';

/**
 * The PIDs of live processes whose environment holds `KEY=value` (Linux, /proc). Children
 * inherit the environment, so a variable set on the first process of a test finds every process
 * it started, whatever group or session they moved to.
 */
export function markedProcesses(key: string, value: string): number[] {
  const needle = `${key}=${value}\0`;
  const found: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name) || Number(name) === process.pid) continue;
    let env: string;
    try {
      env = readFileSync(`/proc/${name}/environ`, 'latin1');
    } catch {
      continue; // gone, or not ours to read
    }
    if (`${env}\0`.includes(needle) && !isZombie(name)) found.push(Number(name));
  }
  return found;
}

function isZombie(pid: string): boolean {
  try {
    return /\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'latin1'));
  } catch {
    return true;
  }
}

/** Kills every marked process (the test's own clean-up when something went wrong). */
export function killMarked(key: string, value: string): void {
  for (const pid of markedProcesses(key, value)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}
