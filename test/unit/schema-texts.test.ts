import assert from 'node:assert/strict';
import { test } from 'node:test';
import Ajv from 'ajv';
import schema from '../../schemas/ppb.schema.json';
import { SCHEMA_ANNOTATIONS } from '../../server/src/service/schema-compile';

type Node = Record<string, unknown>;
const TEXTS = ['title', 'description', 'x-title-id', 'x-description-id'];

/** Every property schema of the document, with a path for messages. */
function properties(): { path: string; node: Node }[] {
  const out: { path: string; node: Node }[] = [];
  const walk = (node: unknown, path: string): void => {
    if (node === null || typeof node !== 'object' || Array.isArray(node)) return;
    const n = node as Node;
    for (const [k, v] of Object.entries((n.properties as Record<string, unknown> | undefined) ?? {})) {
      if (v === true) continue; // `then: {properties: {nama: true}}`: only makes `required` legal
      out.push({ path: `${path}.${k}`, node: v as Node });
      walk(v, `${path}.${k}`);
    }
    for (const key of ['items', 'additionalProperties']) walk(n[key], `${path}[${key}]`);
    for (const key of ['oneOf', 'allOf']) (n[key] as unknown[] | undefined)?.forEach((b, i) => walk(b, `${path}.${key}[${i}]`));
  };
  walk(schema, '#');
  for (const [name, def] of Object.entries(schema.definitions)) {
    out.push({ path: `#/definitions/${name}`, node: def });
    walk(def, `#/definitions/${name}`);
  }
  return out;
}

test('every property and definition has a title and a description in English and Indonesian', () => {
  const missing = properties().flatMap(({ path, node }) =>
    TEXTS.filter((t) => typeof node[t] !== 'string' || node[t].length < 2).map((t) => `${path} ${t}`),
  );
  assert.deepEqual(missing, []);
  // The two languages really differ (a copy is not a translation).
  const copies = properties()
    .filter(({ node }) => node.description === node['x-description-id'])
    .map(({ path }) => path);
  assert.deepEqual(copies, []);
});

test('every enum value is described in both languages', () => {
  const enums = properties().filter(({ node }) => Array.isArray(node.enum));
  assert.ok(enums.length >= 3);
  for (const { path, node } of enums) {
    const n = (node.enum as unknown[]).length;
    assert.equal((node['x-enum-descriptions'] as unknown[] | undefined)?.length, n, path);
    assert.equal((node['x-enum-descriptions-id'] as unknown[] | undefined)?.length, n, path);
  }
});

test('every leaf property has examples, and each example is valid for its property', () => {
  const ajv = new Ajv({ strict: false });
  ajv.addVocabulary(SCHEMA_ANNOTATIONS);
  ajv.addSchema(schema, 'ppb');
  const defs = schema.definitions as Record<string, Node>;
  const resolve = (n: unknown): Node => {
    const ref = (n as Node | undefined)?.$ref;
    return typeof ref === 'string' ? (defs[ref.replace('#/definitions/', '')] ?? {}) : ((n as Node | undefined) ?? {});
  };
  // A leaf holds text, numbers, or lists of them: what an author types as a value.
  const isLeaf = (n: Node): boolean => {
    const r = resolve(n);
    if (Array.isArray(r.oneOf)) return (r.oneOf as unknown[]).every((b) => isLeaf(b as Node));
    if (r.type === 'array') return isLeaf(r.items as Node);
    return r.type === 'string' || r.type === 'integer' || r.type === 'number';
  };
  const leaves = properties().filter(({ path, node }) =>
    !path.startsWith('#/definitions/') || path.split('.').length > 1 ? isLeaf(node) : false,
  );
  assert.ok(leaves.length > 30, `${leaves.length} leaves`);
  for (const { path, node } of leaves) {
    const examples = node.examples as unknown[] | undefined;
    assert.ok(Array.isArray(examples) && examples.length > 0, `${path} has examples`);
    // The property alone, its references (nested ones too, as in a oneOf) pointing into the registered schema.
    const own = JSON.parse(
      JSON.stringify(Object.fromEntries(Object.entries(node).filter(([k]) => k !== 'examples'))).replaceAll(
        '"#/definitions/',
        '"ppb#/definitions/',
      ),
    ) as Node;
    const validate = ajv.compile(own);
    for (const ex of examples) assert.ok(validate(ex), `${path}: example ${JSON.stringify(ex)} is valid`);
  }
});
