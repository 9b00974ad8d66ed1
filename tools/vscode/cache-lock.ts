import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

/** A lock older than this is taken over even if its process seems alive (a reused PID). */
const STALE_MS = 30 * 60_000;
const POLL_MS = 5000;

/** The process that holds `lock`, if it wrote its PID and still runs. */
function holderAlive(lock: string): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(path.join(lock, 'pid'), 'utf8'));
  } catch {
    // Just made, its PID not written yet: alive, unless it has been like that for a while.
    return Date.now() - statSync(lock).mtimeMs < POLL_MS * 2;
  }
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * One installer at a time per cache: a lock folder (mkdir is atomic) holding the PID of its
 * owner. A lock whose owner is gone (killed, Ctrl+C) is taken over at once, not after minutes.
 * `waiting` is called every few seconds while another process holds it.
 */
export async function withCacheLock<T>(lock: string, timeoutMs: number, waiting: () => void, work: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(path.join(lock, 'pid'), String(process.pid));
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      let age: number;
      try {
        age = Date.now() - statSync(lock).mtimeMs;
      } catch {
        continue; // released meanwhile
      }
      if (age > STALE_MS || !holderAlive(lock)) {
        rmSync(lock, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`Another process holds ${lock}; remove it if no install is running.`, { cause: err });
      waiting();
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
