import { randomBytes } from 'node:crypto';
import { access, link, rename, rm, writeFile } from 'node:fs/promises';
import * as path from 'node:path';

/**
 * Writes a whole file or nothing: the bytes go to a temporary file in the same folder, which
 * then takes the final name. Without `overwrite` an existing file is never replaced (a hard
 * link fails when the name exists): the error's `code` is then `EEXIST`.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array, overwrite: boolean): Promise<void> {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    // Inside the try: a write that fails midway (a full disk) leaves no partial temporary file either.
    await writeFile(tmp, data, { flag: 'wx' });
    if (overwrite) {
      await rename(tmp, file);
      return;
    }
    try {
      await link(tmp, file);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') throw err;
      // A file system without hard links: check, then rename.
      if (await exists(file)) throw Object.assign(new Error(`EEXIST: ${file}`), { code: 'EEXIST' });
      await rename(tmp, file);
    }
  } finally {
    await rm(tmp, { force: true });
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}
