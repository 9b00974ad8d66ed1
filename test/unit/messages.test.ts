import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { CATALOG } from '../../server/src/service';
import { RULES } from '../../server/src/service/rules';

const codes = Object.keys(CATALOG) as (keyof typeof CATALOG)[];

test('every code of the catalog has a name in both languages, and the two differ', () => {
  for (const code of codes) {
    const { name } = CATALOG[code];
    assert.ok(name.id.trim().length > 0, `${code}: no Indonesian name`);
    assert.ok(name.en.trim().length > 0, `${code}: no English name`);
    assert.notEqual(name.id, name.en, `${code}: both names are the same text`);
  }
});

test('codes are PPB and three digits, and severities follow FORMAT.md (3xx warnings, 4xx information, the rest errors)', () => {
  for (const code of codes) {
    assert.match(code, /^PPB\d{3}$/);
    const expected = code.startsWith('PPB3') ? 'warning' : code.startsWith('PPB4') ? 'info' : 'error';
    assert.equal(CATALOG[code].severity, expected, code);
  }
});

test('the catalog holds the whole minimum set of FORMAT.md', () => {
  for (const c of [
    'PPB001',
    'PPB002',
    'PPB003',
    'PPB101',
    'PPB102',
    'PPB103',
    'PPB104',
    'PPB105',
    'PPB301',
    'PPB302',
    'PPB303',
    'PPB304',
    'PPB305',
    'PPB401',
  ])
    assert.ok(c in CATALOG, c);
  for (let n = 201; n <= 215; n++) assert.ok(`PPB${n}` in CATALOG, `PPB${n}`);
});

test('every rule owns at least one code, and only codes of the catalog', () => {
  for (const rule of RULES) {
    assert.ok(rule.codes.length > 0);
    for (const c of rule.codes) assert.ok(c in CATALOG, c);
  }
});

test('every PPB2xx..PPB4xx code is owned by exactly one rule, and no rule owns a parser or schema code', () => {
  const owners = new Map<string, number>();
  for (const rule of RULES) for (const c of rule.codes) owners.set(c, (owners.get(c) ?? 0) + 1);
  for (const code of codes) {
    const semantic = /^PPB[234]/.test(code);
    assert.equal(owners.get(code) ?? 0, semantic ? 1 : 0, code);
  }
});

test('every rule file has its unit test file', () => {
  const repo = path.resolve(__dirname, '../../..'); // out/test/unit → repository root
  const rules = readdirSync(path.join(repo, 'server/src/service/rules'))
    .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'has-prefix.ts')
    .map((f) => f.replace(/\.ts$/, ''));
  const tests = new Set(readdirSync(path.join(repo, 'test/unit/rules')).map((f) => f.replace(/\.test\.ts$/, '')));
  assert.equal(rules.length, RULES.length);
  for (const r of rules) assert.ok(tests.has(r), `no test/unit/rules/${r}.test.ts`);
});
