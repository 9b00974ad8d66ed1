import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PpbWorkspace, pick, positionAt, type Lang, type Localized } from '../service';
import { loadModel, modelsOf } from './load-model';
import { CLI_TEXT } from './messages';

/** A YAML syntax error makes a file's part of the model unknown: refuse, naming where. */
function syntaxErrors(ws: PpbWorkspace, cwd: string, lang: Lang): string[] {
  const out: string[] = [];
  for (const uri of ws.uris()) {
    const parsed = ws.parsed(uri);
    for (const d of parsed?.syntaxErrors ?? []) {
      if (!parsed) continue;
      const at = positionAt(parsed, d.start);
      const where = `${path.relative(cwd, fileURLToPath(uri))}:${at.line + 1}:${at.character + 1}`;
      out.push(pick(CLI_TEXT.syntaxRefused(where, pick(d.message, lang)), lang));
    }
  }
  return out;
}

/**
 * The one model at `modelPath` (a folder or a file), read into a workspace. A number is the exit
 * code of a refusal, already said: 2 a path that cannot be read, 1 a YAML syntax error.
 */
export async function openModel(
  modelPath: string,
  cwd: string,
  lang: Lang,
  say: (text: Localized | string) => void,
): Promise<PpbWorkspace | number> {
  const problems: Localized[] = [];
  const ws = new PpbWorkspace();
  await loadModel(ws, (await modelsOf([modelPath], problems, cwd)).flat(), problems, cwd);
  if (problems.length > 0) {
    problems.forEach(say);
    return 2;
  }
  const broken = syntaxErrors(ws, cwd, lang);
  if (broken.length > 0) {
    broken.forEach(say);
    return 1;
  }
  return ws;
}

/** How many errors the model's files hold. */
export function errorCount(ws: PpbWorkspace): number {
  let n = 0;
  for (const list of ws.diagnostics().values()) n += list.filter((d) => d.severity === 'error').length;
  return n;
}
