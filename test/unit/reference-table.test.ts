import assert from 'node:assert/strict';
import { test } from 'node:test';
import schema from '../../schemas/ppb.schema.json';
import { PpbWorkspace } from '../../server/src/service';
import { ROLES, roleWrittenAt, type Role } from '../../server/src/service/reference-roles';
import { SOP_ENTRY, splitValid, withSop } from './helpers';
import { variant } from '../support/check';

const URI = 'file:///ws/model.ppb.yaml';

/** VALID with a step `lanjut` too, so that every role is written somewhere. */
const EVERY_ROLE = withSop(SOP_ENTRY, variant('        waktu: 1 hari\n', '        waktu: 1 hari\n        lanjut: periksa\n'));

function table(text: string): PpbWorkspace {
  const ws = new PpbWorkspace();
  ws.setFile(URI, text);
  return ws;
}

test('every role is read from a model that writes it, in the order written', () => {
  const references = table(EVERY_ROLE).currentFragment(URI)?.references.all ?? [];
  assert.deepEqual(new Set(references.map((r) => r.role)), new Set(Object.keys(ROLES)));
  const starts = references.map((r) => r.ref.span.start);
  assert.deepEqual(
    starts,
    [...starts].sort((a, b) => a - b),
  );
  for (const r of references) assert.equal(EVERY_ROLE.slice(r.ref.span.start, r.ref.span.end), r.ref.value, `${r.role} ${r.ref.value}`);
});

test('every place a role is written at is a key of the schema, found back by its definition and key', () => {
  const definitions = schema.definitions as Record<string, { properties?: Record<string, unknown> }>;
  for (const [role, facts] of Object.entries(ROLES) as [Role, (typeof ROLES)[Role]][]) {
    if (!facts.at) continue;
    for (const definition of facts.at.in) {
      assert.ok(definitions[definition]?.properties?.[facts.at.key], `${role}: ${definition}.${facts.at.key} is not in the schema`);
      assert.equal(roleWrittenAt(definition, facts.at.key), role);
    }
  }
  assert.equal(roleWrittenAt('langkah', 'nama'), undefined);
  assert.equal(roleWrittenAt('relasi', 'hal'), undefined);
});

test('a code keeps one key in every spelling; a step id is known within its map', () => {
  const text = variant('        peta: KECKLB.06.04.CFM.01\n', '        peta: KECKLB-6.4_cfm.1\n');
  const references = table(text).currentFragment(URI)?.references.all ?? [];
  const keysOf = (value: string): string[] => references.filter((r) => r.ref.value === value).map((r) => `${r.role} ${r.key}`);
  assert.deepEqual(keysOf('KECKLB-6.4_cfm.1'), ['linkedMap KECKLB.6.4.CFM.1']);
  assert.deepEqual(keysOf('KECKLB.06.04.CFM.01'), ['mapCode KECKLB.6.4.CFM.1']);
  assert.deepEqual(keysOf('susun'), ['stepId KECKLB.6.3.CFM.2#susun', 'branch KECKLB.6.3.CFM.2#susun']);
});

test("built once per file: an edit of one file leaves the other files' tables as they were", () => {
  const ws = new PpbWorkspace();
  const files = splitValid();
  for (const [name, text] of Object.entries(files)) ws.setFile(`file:///ws/${name}.ppb.yaml`, text);
  const peta = ws.currentFragment('file:///ws/peta.ppb.yaml')?.references;
  const proses = ws.currentFragment('file:///ws/proses.ppb.yaml')?.references;
  ws.setFile('file:///ws/proses.ppb.yaml', files.proses.replace('pemasok: [bupati]', 'pemasok: [bupati, camat]'));
  assert.equal(ws.currentFragment('file:///ws/peta.ppb.yaml')?.references, peta);
  assert.notEqual(ws.currentFragment('file:///ws/proses.ppb.yaml')?.references, proses);
  const suppliers = ws
    .index()
    .references.of(['supplier'])
    .map((r) => r.key);
  assert.deepEqual(suppliers, ['bupati', 'camat'], 'the model reads the new table');
});
