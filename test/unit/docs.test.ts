import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { CATALOG } from '../../server/src/service';
import { REPO } from '../support/temp-model';

test('docs/RULES.md lists every diagnostic code with its severity and both names', () => {
  const doc = readFileSync(path.join(REPO, 'docs/RULES.md'), 'utf8');
  const rows = new Map(doc.split('\n').filter((l) => /^\| PPB\d{3} /.test(l)).map((l) => [l.split('|')[1]?.trim(), l.split('|').map((c) => c.trim())]));
  assert.deepEqual([...rows.keys()].sort(), Object.keys(CATALOG).sort());
  for (const [code, entry] of Object.entries(CATALOG)) {
    const cells = rows.get(code) ?? [];
    assert.equal(cells[2], entry.severity, code);
    assert.equal(cells[3], entry.name.id, code);
    assert.equal(cells[4], entry.name.en, code);
    assert.ok((cells[5] ?? '').length > 20, `${code} says when it is reported`);
  }
});

test('the extension does not hand its schema to Red Hat YAML (no schema error shown twice)', () => {
  const manifest = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { contributes?: Record<string, unknown> };
  assert.equal(manifest.contributes?.yamlValidation, undefined);
  assert.equal(manifest.contributes?.jsonValidation, undefined);
});
