import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { PpbWorkspace, positionAt } from '../../server/src/service';
import { REPO } from '../support/temp-model';

/**
 * Models written from FORMAT.md alone, by someone who did not read the checker. Each line that
 * must carry a diagnostic ends with `# expect: PPB207[, PPB208]`; every other line must carry none.
 */
const ROOT = path.join(REPO, 'test/fixtures/judged');

function ppbFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return ppbFiles(full);
    return /\.ppb\.ya?ml$/.test(name) ? [full] : [];
  });
}

function expectationsOf(file: string, text: string): string[] {
  return text.split(/\r?\n/).flatMap((line, i) => {
    const m = /#\s*expect:\s*([A-Z0-9, ]+)\s*$/.exec(line);
    return m?.[1] ? m[1].split(',').map((c) => `${file}:${i + 1}:${c.trim()}`) : [];
  });
}

const folders = readdirSync(ROOT)
  .filter((f) => statSync(path.join(ROOT, f)).isDirectory())
  .sort();

describe('models judged from FORMAT.md alone', () => {
  test('there are valid, variant and defect models to judge', () => {
    assert.ok(folders.filter((f) => f.startsWith('valid-')).length >= 5, folders.join(', '));
    assert.ok(folders.filter((f) => f.startsWith('defect-')).length >= 20, folders.join(', '));
  });

  for (const folder of folders) {
    test(folder, () => {
      const ws = new PpbWorkspace();
      const expected: string[] = [];
      for (const file of ppbFiles(path.join(ROOT, folder))) {
        const text = readFileSync(file, 'utf8');
        const rel = path.relative(path.join(ROOT, folder), file);
        ws.setFile(`file:///${folder}/${rel}`, text);
        expected.push(...expectationsOf(rel, text));
      }
      const actual: string[] = [];
      for (const [uri, list] of ws.diagnostics()) {
        const parsed = ws.parsed(uri);
        if (!parsed) continue;
        for (const d of list) actual.push(`${uri.slice(`file:///${folder}/`.length)}:${positionAt(parsed, d.start).line + 1}:${d.code}`);
      }
      assert.deepEqual([...new Set(actual)].sort(), [...new Set(expected)].sort());
      if (folder.startsWith('valid-')) assert.deepEqual(actual, []);
    });
  }
});
