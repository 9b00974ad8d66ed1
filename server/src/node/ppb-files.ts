import { readdir } from 'node:fs/promises';
import * as path from 'node:path';
import { isPpbFileName } from '../protocol/ppb-files';

/** Folders that never hold an author's maps, and can be huge. */
const SKIPPED = new Set(['node_modules', 'dist', 'out']);

/** Every PPB file under a folder, sorted; unreadable sub-folders are reported, not fatal. */
export async function findPpbFiles(root: string, onError: (dir: string, err: unknown) => void = () => undefined): Promise<string[]> {
  const found: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (err) {
      onError(dir, err);
      return;
    }
    for (const e of entries) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (!e.name.startsWith('.') && !SKIPPED.has(e.name)) await walk(full);
      } else if (e.isFile() && isPpbFileName(e.name)) {
        found.push(full);
      }
    }
  };
  await walk(root);
  return found.sort();
}
