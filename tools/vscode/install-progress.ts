import { readdir, stat } from 'node:fs/promises';
import * as path from 'node:path';

/** Bytes under `dir` (files only, links not followed); what cannot be read counts as nothing. */
export async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  const pending = [dir];
  while (pending.length > 0) {
    const current = pending.pop() as string;
    const entries = await readdir(current, { withFileTypes: true }).catch(() => []);
    for (const e of entries) {
      const full = path.join(current, e.name);
      if (e.isDirectory()) pending.push(full);
      else if (e.isFile()) total += (await stat(full).catch(() => undefined))?.size ?? 0;
    }
  }
  return total;
}

export interface Progress {
  /** Seconds since `startedAt`. */
  readonly elapsedS: number;
  /** Megabytes the install folder holds now. */
  readonly mb: number;
}

/**
 * Calls `report` every `everyMs` while `work` runs, with the time since `startedAt` and the size
 * of `dir` so far, so that a long install is never silent. The size is read between reports,
 * never two at once.
 */
export async function withProgress<T>(
  dir: string,
  everyMs: number,
  startedAt: number,
  report: (p: Progress) => void,
  work: () => Promise<T>,
): Promise<T> {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const tick = (): void => {
    timer = setTimeout(() => {
      void folderBytes(dir).then((bytes) => {
        if (stopped) return;
        report({ elapsedS: Math.round((Date.now() - startedAt) / 1000), mb: Math.round(bytes / 1e6) });
        tick();
      });
    }, everyMs);
  };
  tick();
  try {
    return await work();
  } finally {
    stopped = true;
    clearTimeout(timer);
  }
}

/** "3 min 05 s" / "45 s": short, for a progress line. */
export function duration(seconds: number, units: { min: string; s: string }): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return m > 0 ? `${m} ${units.min} ${String(s).padStart(2, '0')} ${units.s}` : `${s} ${units.s}`;
}
