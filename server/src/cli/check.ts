import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PpbWorkspace, createSchemaValidator, pick, positionAt, type Lang, type Localized } from '../service';
import { loadModel, modelsOf } from './load-model';

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

/** Every diagnostic of a model's files as a record, paths relative to `cwd`. */
export function diagnosticRecords(ws: PpbWorkspace, cwd: string, lang: Lang): CheckRecord[] {
  const records: CheckRecord[] = [];
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
  return records;
}

/** By file, then place, then code: the order `ppb check` prints. */
export const byPlace = (a: CheckRecord, b: CheckRecord): number =>
  a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || a.code.localeCompare(b.code);

/** A record as `ppb check` prints it. */
export const recordLine = (r: CheckRecord): string => `${r.file}:${r.line}:${r.column}: ${r.severity} ${r.code} ${r.message}`;

export async function runCheck(paths: readonly string[], lang: Lang, cwd = process.cwd()): Promise<CheckResult> {
  const problems: Localized[] = [];
  const records: CheckRecord[] = [];
  const validator = createSchemaValidator();
  let fileCount = 0;
  for (const files of await modelsOf(paths, problems, cwd)) {
    const ws = new PpbWorkspace(validator);
    fileCount += await loadModel(ws, files, problems, cwd);
    records.push(...diagnosticRecords(ws, cwd, lang));
  }
  records.sort(byPlace);
  return { records, files: fileCount, problems };
}
