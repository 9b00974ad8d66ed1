import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { runCheck } from '../../server/src/cli/check';
import { ppb } from '../support/ppb-cli';
import { REPO } from '../support/temp-model';

const PATHS = ['test/fixtures/judged', 'samples'];

test('the built ppb, with the schema validator compiled at build time, finds exactly what the validator compiled at run time finds', async () => {
  const built = ppb(['check', ...PATHS, '--format', 'json']);
  const fromBundle = JSON.parse(built.stdout) as { code: string }[];
  const atRunTime = await runCheck(PATHS, 'en', REPO);
  assert.ok(fromBundle.filter((r) => r.code.startsWith('PPB1')).length > 20, 'the fixtures hold schema errors to compare');
  assert.deepEqual(fromBundle, atRunTime.records);
});

test('the shipped bundles carry the generated validator, not the schema compiler', () => {
  for (const bundle of ['dist/server.js', 'dist/cli.js']) {
    const text = readFileSync(path.join(REPO, bundle), 'utf8');
    assert.ok(!text.includes('ajv/dist/compile/'), `${bundle} holds Ajv's compiler`);
    assert.ok(text.includes('ucs2length'), `${bundle} holds the generated validator's runtime`);
  }
});
