import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { REPO } from '../support/temp-model';

/** Every call that can write a file, as it is spelled in the sources. */
const WRITES = /\b(writeFile(Sync)?|appendFile(Sync)?|createWriteStream|renameSync|copyFile(Sync)?|rm(Sync)?|unlink(Sync)?|fs\.writeFile|fs\.delete|fs\.rename|fs\.copy|applyEdit)\s*\(/g;

function writesIn(dir: string): string[] {
  const root = path.join(REPO, dir);
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .flatMap((f) => [...readFileSync(path.join(root, f), 'utf8').matchAll(WRITES)].map((m) => `${dir}/${f}: ${m[1]}`));
}

test('the language server never writes a file: quick fixes and renames are workspace edits the editor applies (and can undo)', () => {
  assert.deepEqual([...writesIn('server/src/lsp'), ...writesIn('server/src/service')], []);
});

test('the extension writes only exports, whole or not at all, and the sample into a new folder the user picked', () => {
  assert.deepEqual(writesIn('client/src').sort(), [
    'client/src/walkthrough.ts: fs.copy',
    'client/src/walkthrough.ts: fs.delete',
    'client/src/walkthrough.ts: fs.rename',
    'client/src/write-whole.ts: fs.delete',
    'client/src/write-whole.ts: fs.rename',
    'client/src/write-whole.ts: fs.writeFile',
  ]);
  // An export: a new temporary file beside the target, renamed over it (the save dialog asked).
  const whole = readFileSync(path.join(REPO, 'client/src/write-whole.ts'), 'utf8');
  assert.match(whole, /fs\.writeFile\(partial, bytes\)/);
  assert.match(whole, /fs\.rename\(partial, target, \{ overwrite: true \}\)/);
  assert.match(whole, /fs\.delete\(partial\)/);
  // The sample: copied under a temporary name that cannot exist, renamed into place without
  // replacing anything; only that temporary copy is ever deleted.
  const walkthrough = readFileSync(path.join(REPO, 'client/src/walkthrough.ts'), 'utf8');
  assert.match(walkthrough, /fs\.copy\([^\n]*, partial, \{ overwrite: false \}\)/);
  assert.match(walkthrough, /fs\.rename\(partial, target, \{ overwrite: false \}\)/);
  assert.match(walkthrough, /fs\.delete\(partial, /);
});

test('the command line writes only through the atomic writer (temporary file, then rename or link)', () => {
  const writes = writesIn('server/src/cli');
  assert.ok(writes.every((w) => w.startsWith('server/src/cli/write-file.ts: ')), writes.join('\n'));
});
