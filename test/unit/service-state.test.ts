import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';

const SERVICE = path.resolve(__dirname, '../../../server/src/service'); // out/test/unit → the sources

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sources(full) : name.endsWith('.ts') ? [full] : [];
  });
}

/**
 * Two workspaces in one process (a server with two folders, the tests) share nothing: whatever
 * the service keeps between calls, the workspace instance keeps. At module level a collection
 * is read-only, and nothing is reassigned.
 */
test('the service keeps no mutable state at module level', () => {
  const found: string[] = [];
  for (const file of sources(SERVICE)) {
    const text = readFileSync(file, 'utf8');
    const where = path.relative(SERVICE, file);
    for (const m of text.matchAll(/^(?:export )?(let|var) (\w+)/gm)) found.push(`${where}: ${m[1]} ${m[2]}`);
    for (const m of text.matchAll(/^(?:export )?const (\w+)(?:: ([^=]+))? = new (?:Weak)?(?:Map|Set)\b/gm)) {
      if (!m[2]?.trim().startsWith('Readonly')) found.push(`${where}: ${m[1]} is a mutable collection`);
    }
  }
  assert.deepEqual(found, []);
});
