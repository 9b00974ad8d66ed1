import { readFile, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { findPpbFiles } from '../node/ppb-files';
import { pick, positionAt, PpbWorkspace, type Lang, type Localized } from '../service';
import { createSchemaValidator } from '../service/schema-check';
import { CLI_TEXT } from './messages';

/** One line of `ppb check --format json`: positions 1-based, the end one past the last character. */
export interface CheckRecord {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: 'error' | 'warning' | 'info';
  code: string;
  message: string;
}

export interface CheckResult {
  readonly records: CheckRecord[];
  readonly files: number;
  /** Paths that could not be read: the command exits with 2. */
  readonly problems: Localized[];
}

/** Folders named are models; files named are grouped into one model per folder. */
async function modelsOf(paths: readonly string[], problems: Localized[], cwd: string): Promise<Map<string, string[]>> {
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
      problems.push(CLI_TEXT.unreadable(p, (err as NodeJS.ErrnoException).code ?? String(err)));
      continue;
    }
    if (info.isDirectory()) {
      const files = await findPpbFiles(abs, (dir, err) => problems.push(CLI_TEXT.unreadable(dir, (err as NodeJS.ErrnoException).code ?? String(err))));
      if (files.length === 0) problems.push(CLI_TEXT.noFiles(p));
      add(`dir:${abs}`, files);
    } else {
      add(`dir:${path.dirname(abs)}`, [abs]);
    }
  }
  return models;
}

export async function runCheck(paths: readonly string[], lang: Lang, cwd = process.cwd()): Promise<CheckResult> {
  const problems: Localized[] = [];
  const records: CheckRecord[] = [];
  const validator = createSchemaValidator();
  let fileCount = 0;
  for (const files of (await modelsOf(paths, problems, cwd)).values()) {
    const ws = new PpbWorkspace(validator);
    for (const file of files) {
      try {
        ws.setFile(pathToFileURL(file).href, await readFile(file, 'utf8'));
        fileCount++;
      } catch (err) {
        problems.push(CLI_TEXT.unreadable(path.relative(cwd, file), (err as NodeJS.ErrnoException).code ?? String(err)));
      }
    }
    for (const [uri, list] of ws.diagnostics()) {
      const parsed = ws.parsed(uri);
      if (!parsed) continue;
      const file = path.relative(cwd, fileURLToPath(uri)) || '.';
      for (const d of list) {
        const start = positionAt(parsed, d.start);
        const end = positionAt(parsed, d.end);
        records.push({
          file,
          line: start.line + 1,
          column: start.character + 1,
          endLine: end.line + 1,
          endColumn: end.character + 1,
          severity: d.severity,
          code: d.code,
          message: pick(d.message, lang),
        });
      }
    }
  }
  records.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || a.code.localeCompare(b.code)));
  return { records, files: fileCount, problems };
}
