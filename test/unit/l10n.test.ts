import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { REPO } from '../support/temp-model';

const read = (file: string): string => readFileSync(path.join(REPO, file), 'utf8');
const json = (file: string): Record<string, unknown> => JSON.parse(read(file)) as Record<string, unknown>;

/** Every `vscode.l10n.t('…')` (or `t('…')` after `const t = vscode.l10n.t`) in the extension's sources. */
function messages(): Set<string> {
  const dir = path.join(REPO, 'client/src');
  const found = new Set<string>();
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith('.ts'))) {
    const text = readFileSync(path.join(dir, name), 'utf8');
    for (const m of text.matchAll(/\b(?:l10n\.)?t\(\s*'((?:[^'\\]|\\.)*)'/g)) found.add((m[1] ?? '').replace(/\\'/g, "'"));
  }
  return found;
}

describe('every user-facing string in both languages', () => {
  test('each l10n.t message has its Indonesian translation, and the bundle holds no stale one', () => {
    const bundle = json('l10n/bundle.l10n.id.json');
    const used = messages();
    assert.ok(used.size > 20);
    assert.deepEqual([...used].filter((m) => !(m in bundle)), []);
    assert.deepEqual(Object.keys(bundle).filter((k) => !used.has(k)), []);
    for (const [k, v] of Object.entries(bundle)) {
      assert.equal(typeof v, 'string', k);
      const places = (s: string): string[] => [...s.matchAll(/\{\d+\}/g)].map((x) => x[0]).sort();
      assert.deepEqual(places(v as string), places(k), `placeholders of "${k}"`);
    }
  });

  test('package.json names only keys both package.nls files define', () => {
    const en = json('package.nls.json');
    const id = json('package.nls.id.json');
    assert.deepEqual(Object.keys(id).sort(), Object.keys(en).sort());
    const keys = [...read('package.json').matchAll(/"%([^%"]+)%"/g)].map((m) => m[1] ?? '');
    assert.deepEqual(keys.filter((k) => !(k in en)), []);
  });
});
