import { stat } from 'node:fs/promises';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { findPpbFiles } from '../node/ppb-files';
import { readTexts } from '../node/read-texts';
import type { Localized, PpbWorkspace } from '../service';
import { CLI_TEXT } from './messages';

const reason = (err: unknown): string => (err as NodeJS.ErrnoException).code ?? String(err);

/**
 * The models named on the command line, each as its list of files: a folder is one model (every
 * PPB file under it); files named are grouped into one model per folder. Paths that cannot be
 * read are reported in `problems`.
 */
export async function modelsOf(paths: readonly string[], problems: Localized[], cwd: string): Promise<string[][]> {
  const models = new Map<string, string[]>();
  const add = (key: string, files: string[]): void => {
    const list = models.get(key) ?? [];
    for (const f of files) if (!list.includes(f)) list.push(f);
    models.set(key, list);
  };
  for (const p of paths) {
    const abs = path.resolve(cwd, p);
    let info;
    try {
      info = await stat(abs);
    } catch (err) {
      problems.push(CLI_TEXT.unreadable(p, reason(err)));
      continue;
    }
    if (info.isDirectory()) {
      const files = await findPpbFiles(abs, (dir, err) => problems.push(CLI_TEXT.unreadable(dir, reason(err))));
      if (files.length === 0) problems.push(CLI_TEXT.noFiles(p));
      add(`dir:${abs}`, files);
    } else {
      add(`dir:${path.dirname(abs)}`, [abs]);
    }
  }
  return [...models.values()];
}

/** One model's files read into a workspace; returns how many could be read. */
export async function loadModel(ws: PpbWorkspace, files: readonly string[], problems: Localized[], cwd: string): Promise<number> {
  let read = 0;
  for await (const r of readTexts(files)) {
    if ('error' in r) {
      problems.push(CLI_TEXT.unreadable(path.relative(cwd, r.file), reason(r.error)));
      continue;
    }
    ws.setFile(pathToFileURL(r.file).href, r.text);
    read++;
  }
  return read;
}
