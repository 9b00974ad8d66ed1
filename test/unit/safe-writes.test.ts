// Where the sources may write files: a static complement to the tests that write for real, so a
// new writer elsewhere is noticed in review. Behaviour: the atomic writer and `ppb export`
// (test/export/parts.test.ts, test/export/cli.test.ts: no overwrite without --force, nothing
// partial when a write fails midway); the preview's exports (test/vscode/preview.test.ts).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { REPO } from '../support/temp-model';

/** Every call that can write a file, as it is spelled in the sources. */
const WRITES =
  /\b(writeFile(Sync)?|appendFile(Sync)?|createWriteStream|renameSync|copyFile(Sync)?|rm(Sync)?|unlink(Sync)?|fs\.writeFile|fs\.delete|fs\.rename|fs\.copy|applyEdit)\s*\(/g;

function writesIn(dir: string): string[] {
  const root = path.join(REPO, dir);
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .flatMap((f) => [...readFileSync(path.join(root, f), 'utf8').matchAll(WRITES)].map((m) => `${dir}/${f}: ${m[1]}`));
}

test('no source of the language server or the service calls a file-writing API (quick fixes and renames are edits the editor applies)', () => {
  assert.deepEqual([...writesIn('server/src/lsp'), ...writesIn('server/src/service')], []);
});

test("the extension's sources call file-writing APIs only in write-whole.ts (exports) and walkthrough.ts (the sample)", () => {
  assert.deepEqual(writesIn('client/src').sort(), [
    'client/src/walkthrough.ts: fs.copy',
    'client/src/walkthrough.ts: fs.delete',
    'client/src/walkthrough.ts: fs.rename',
    'client/src/write-whole.ts: fs.delete',
    'client/src/write-whole.ts: fs.rename',
    'client/src/write-whole.ts: fs.writeFile',
  ]);
});

test('the sample is copied and renamed into place with overwrite: false, and only its temporary copy deleted (walkthrough.ts; its folder dialog keeps it out of the VS Code suite)', () => {
  const walkthrough = readFileSync(path.join(REPO, 'client/src/walkthrough.ts'), 'utf8');
  assert.match(walkthrough, /fs\.copy\([^\n]*, partial, \{ overwrite: false \}\)/);
  assert.match(walkthrough, /fs\.rename\(partial, target, \{ overwrite: false \}\)/);
  assert.match(walkthrough, /fs\.delete\(partial, /);
});

test("the CLI's sources call file-writing APIs only in write-file.ts, the atomic writer", () => {
  const writes = writesIn('server/src/cli');
  assert.ok(
    writes.every((w) => w.startsWith('server/src/cli/write-file.ts: ')),
    writes.join('\n'),
  );
});
