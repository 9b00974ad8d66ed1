import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { REPO } from '../support/temp-model';

// Holds schemas/ppb.schema.json, docs/FORMAT.md and docs/RULES.md together. Every check is a
// function of the texts, so the near-miss tests below can feed it a broken copy in memory.

type Schema = { [key: string]: unknown };

const read = (file: string): string => readFileSync(path.join(REPO, file), 'utf8');
const SCHEMA = JSON.parse(read('schemas/ppb.schema.json')) as Schema;
const FORMAT = read('docs/FORMAT.md');
const RULES = read('docs/RULES.md');

const asSchema = (v: unknown): Schema | undefined => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Schema) : undefined);
const propertiesOf = (s: Schema): Schema => asSchema(s.properties) ?? {};

function deref(root: Schema, ref: string): unknown {
  assert.match(ref, /^#\//, `only local $ref are followed: ${ref}`);
  return ref
    .slice(2)
    .split('/')
    .reduce<unknown>((node, part) => asSchema(node)?.[part.replace(/~1/g, '/').replace(/~0/g, '~')], root);
}

/**
 * The schema and every subschema that applies to the same value: `$ref` targets, the branches of
 * `oneOf`/`anyOf`/`allOf`, and `then` (its keys are keys of the same object). `if` only tests keys
 * defined elsewhere, so it is not followed.
 */
function views(root: Schema, node: unknown): Schema[] {
  const out: Schema[] = [];
  const visit = (n: unknown): void => {
    const s = asSchema(n);
    if (s === undefined || out.includes(s)) return;
    out.push(s);
    if (typeof s.$ref === 'string') visit(deref(root, s.$ref));
    for (const key of ['oneOf', 'anyOf', 'allOf']) {
      const branches = s[key];
      if (Array.isArray(branches)) for (const b of branches) visit(b);
    }
    visit(s.then);
  };
  visit(node);
  return out;
}

/** A property key as the schema defines it: the schema object that owns it, and a data path for messages. */
interface DefinedKey {
  readonly owner: Schema;
  readonly key: string;
  readonly path: string;
}

/** A schema for an object value (it has properties), with the shortest data path that reaches it. */
interface Place {
  readonly node: unknown;
  readonly path: string;
}

/** Every property key reachable from the root, and every place an object may stand (breadth first: shortest paths). */
function schemaIndex(root: Schema): { keys: DefinedKey[]; places: Place[] } {
  const keys: DefinedKey[] = [];
  const places: Place[] = [];
  const seen = new Set<Schema>();
  const queue: Place[] = [{ node: root, path: '' }];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    const { node, path: at } = next;
    const all = views(root, node);
    // unit.* and pemangku_kepentingan.* are one definition: one place, named by its first path.
    const own = all.find((v) => Object.keys(propertiesOf(v)).length > 0);
    if (own !== undefined && !seen.has(own)) places.push({ node, path: at });
    for (const v of all) {
      if (seen.has(v)) continue;
      seen.add(v);
      for (const [key, sub] of Object.entries(propertiesOf(v))) {
        const p = at === '' ? key : `${at}.${key}`;
        keys.push({ owner: v, key, path: p });
        queue.push({ node: sub, path: p });
      }
      if (asSchema(v.items)) queue.push({ node: v.items, path: `${at}[]` });
      if (asSchema(v.additionalProperties)) queue.push({ node: v.additionalProperties, path: `${at}.*` });
    }
  }
  return { keys, places };
}

interface Block {
  /** Line of FORMAT.md (1-based) where the block's first line of YAML stands. */
  readonly line: number;
  readonly text: string;
}

/** The ```yaml blocks of a Markdown text. */
function yamlBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  const lines = markdown.split('\n');
  let start = -1;
  lines.forEach((l, i) => {
    if (start < 0 && /^```yaml\s*$/.test(l)) start = i + 1;
    else if (start >= 0 && /^```\s*$/.test(l)) {
      blocks.push({ line: start + 1, text: lines.slice(start, i).join('\n') });
      start = -1;
    }
  });
  return blocks;
}

/** The Markdown without its fenced blocks (each replaced by a blank line, so paragraphs stay apart). */
const prose = (markdown: string): string => markdown.replace(/^```[^\n]*\n[\s\S]*?^```[^\n]*$/gm, '');

/** The texts in `backticks` of a piece of prose. */
const spans = (text: string): string[] => [...text.matchAll(/`([^`\n]+)`/g)].map((m) => m[1] ?? '');

/** Every word written in backticks in the prose: `kode`, and also `instansi.kode`, `alur: bebas`. */
function backtickedWords(markdown: string): Set<string> {
  return new Set(spans(prose(markdown)).flatMap((s) => s.match(/[A-Za-z_][\w]*/g) ?? []));
}

interface Examples {
  /** Keys of the examples that the schema does not define where they stand, as messages. */
  readonly problems: string[];
  /** The keys the examples show, by the schema object that defines them. */
  readonly shown: Map<Schema, Set<string>>;
}

/**
 * Reads the YAML examples against the schema. A block that starts at column 0 is a file, read
 * from the top level. An indented block is a fragment (a step of `langkah`, …): it is read at the
 * place of the schema where the fewest of its keys are unknown; when several places tie, its keys
 * need only exist somewhere in the schema.
 */
function readExamples(root: Schema, markdown: string): Examples {
  const { keys, places } = schemaIndex(root);
  const names = new Set(keys.map((k) => k.key));
  const problems: string[] = [];
  const shown = new Map<Schema, Set<string>>();
  for (const block of yamlBlocks(markdown)) {
    const counter = new LineCounter();
    const doc = parseDocument(block.text, { lineCounter: counter });
    const lineOf = (node: unknown): number => {
      const range = (node as { range?: [number, number, number] } | null)?.range;
      return block.line + (range ? counter.linePos(range[0]).line - 1 : 0);
    };
    if (doc.errors.length > 0) {
      problems.push(`FORMAT.md:${block.line}: the example is not valid YAML: ${doc.errors[0]?.message ?? ''}`);
      continue;
    }
    type Unknown = { key: string; path: string; line: number };
    type Seen = { owner: Schema; key: string };
    /** Reads one YAML node where `schema` applies; collects unknown and known keys. */
    const walk = (value: unknown, schema: unknown, at: string, unknown: Unknown[], known: Seen[]): void => {
      const all = views(root, schema);
      if (isMap(value)) {
        for (const pair of value.items) {
          const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
          const p = at === '' ? key : `${at}.${key}`;
          const owners = all.filter((v) => Object.hasOwn(propertiesOf(v), key));
          const subs =
            owners.length > 0
              ? owners.map((v) => propertiesOf(v)[key])
              : all.map((v) => v.additionalProperties).filter((s) => asSchema(s) !== undefined);
          if (subs.length === 0) {
            unknown.push({ key, path: p, line: lineOf(pair.key) });
            continue;
          }
          for (const owner of owners) known.push({ owner, key });
          walk(pair.value, { allOf: subs }, p, unknown, known);
        }
      } else if (isSeq(value)) {
        const items = all.map((v) => v.items).filter((s) => asSchema(s) !== undefined);
        for (const item of value.items) walk(item, { allOf: items }, `${at}[]`, unknown, known);
      }
      // Scalars: whether a value is valid is schema-texts.test.ts's concern, not the format's.
    };
    /** Reads the block at a place: a fragment that is a list is a list of items of that place. */
    const readAt = (place: Place): { place: Place; unknown: Unknown[]; known: Seen[] } => {
      const unknown: Unknown[] = [];
      const known: Seen[] = [];
      const top = doc.contents;
      if (isSeq(top) && place.path !== '') for (const item of top.items) walk(item, place.node, place.path, unknown, known);
      else walk(top, place.node, place.path, unknown, known);
      return { place, unknown, known };
    };
    const firstLine = block.text.split('\n').find((l) => l.trim() !== '' && !l.trim().startsWith('#')) ?? '';
    const tries = /^\s/.test(firstLine) ? places.filter((p) => p.path !== '').map(readAt) : [readAt({ node: root, path: '' })];
    const fewest = Math.min(...tries.map((t) => t.unknown.length));
    const best = tries.filter((t) => t.unknown.length === fewest);
    const only = best.length === 1 ? best[0] : undefined;
    if (only !== undefined) {
      for (const { owner, key } of only.known) shown.set(owner, (shown.get(owner) ?? new Set()).add(key));
      const where = only.place.path === '' ? 'a file' : `a fragment read at ${only.place.path}`;
      for (const u of only.unknown) problems.push(`FORMAT.md:${u.line}: \`${u.key}\` at ${u.path} (${where}, line ${block.line})`);
    } else {
      // Cannot be placed: each key must at least be a key of the schema, and shows it wherever it is defined.
      const visit = (node: unknown): void => {
        if (isMap(node)) {
          for (const pair of node.items) {
            const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
            if (!names.has(key)) problems.push(`FORMAT.md:${lineOf(pair.key)}: \`${key}\` is no key of the schema (line ${block.line})`);
            for (const k of keys.filter((d) => d.key === key)) shown.set(k.owner, (shown.get(k.owner) ?? new Set()).add(key));
            visit(pair.value);
          }
        } else if (isSeq(node)) node.items.forEach(visit);
      };
      visit(doc.contents);
    }
  }
  return { problems, shown };
}

/** Check 1: schema keys that FORMAT.md neither shows in an example at their place nor names in backticks. */
function undocumentedKeys(root: Schema, markdown: string): string[] {
  const { shown } = readExamples(root, markdown);
  const words = backtickedWords(markdown);
  const missing = schemaIndex(root)
    .keys.filter(({ owner, key }) => !words.has(key) && !(shown.get(owner)?.has(key) ?? false))
    .map((k) => k.path);
  return [...new Set(missing)];
}

/** A piece of FORMAT.md that may list an enum's values: a prose paragraph, list item or table row, or a YAML line. */
interface Passage {
  readonly kind: 'prose' | 'yaml';
  readonly text: string;
}

function passages(markdown: string): Passage[] {
  const out: Passage[] = [];
  for (const paragraph of prose(markdown).split(/\n\s*\n/)) {
    // A list item or a table row is a passage of its own; indented lines continue the item.
    let current: string[] = [];
    for (const line of paragraph.split('\n')) {
      if (/^\s*(\||[-*] |\d+\. |#)/.test(line) && current.length > 0) {
        out.push({ kind: 'prose', text: current.join('\n') });
        current = [];
      }
      current.push(line);
    }
    if (current.length > 0) out.push({ kind: 'prose', text: current.join('\n') });
  }
  for (const block of yamlBlocks(markdown)) for (const line of block.text.split('\n')) out.push({ kind: 'yaml', text: line });
  return out;
}

const YAML_LINE = /^\s*(?:-\s+)?([\w-]+):\s*([^#]*?)\s*(?:#(.*))?$/;
/** `utama | manajemen | pendukung`, `berurutan (default) | bebas`: two or more words joined by `|`. */
const PIPE_LIST = /[\w-]+(?:\s*\([^()]*\))?(?:\s*\|\s*[\w-]+(?:\s*\([^()]*\))?)+/g;
const pipeLists = (text: string): string[][] =>
  [...text.matchAll(PIPE_LIST)].map((m) =>
    m[0]
      .replace(/\([^()]*\)/g, '')
      .split('|')
      .map((w) => w.trim()),
  );

/**
 * "Step kinds (`jenis`, default `aktivitas`): `mulai` (…), `aktivitas` (…), …": after the key and
 * a colon, a sentence that is only backticked words (glosses in parentheses aside).
 */
function colonList(text: string, key: string): string[] | undefined {
  const at = text.indexOf(`\`${key}\``);
  if (at < 0) return undefined;
  let depth = 0;
  let colon = -1;
  for (let i = at; i < text.length && colon < 0; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')') depth--;
    else if (text[i] === ':' && depth <= 0) colon = i;
  }
  if (colon < 0) return undefined;
  let rest = text.slice(colon + 1);
  while (/\([^()]*\)/.test(rest)) rest = rest.replace(/\([^()]*\)/g, '');
  rest = rest.split(/\.(?:\s|$)/)[0] ?? '';
  if (!/^\s*`[^`]+`(?:\s*(?:,|,?\s*and|,?\s*or)\s*`[^`]+`)+\s*$/.test(rest)) return undefined;
  return spans(rest);
}

interface Mention {
  /** Values written near the key. */
  readonly values: string[];
  /** Where the passage lists the key's values: each list should be the whole enum. */
  readonly lists: string[][];
}

/** What a passage says about `key`, or undefined when it does not name it. */
function mention(p: Passage, key: string): Mention | undefined {
  if (p.kind === 'yaml') {
    const m = YAML_LINE.exec(p.text);
    if (m?.[1] !== key) return undefined;
    const lists = pipeLists(m[3] ?? '');
    return { values: [m[2] ?? '', ...lists.flat()].filter((v) => v !== ''), lists };
  }
  const all = spans(p.text);
  const own = all.filter((s) => s.startsWith(`${key}:`));
  if (!all.includes(key) && own.length === 0) return undefined;
  const lists = own.flatMap(pipeLists);
  const listed = colonList(p.text, key);
  if (listed !== undefined) lists.push(listed);
  return { values: all.flatMap((s) => s.match(/[\w-]+/g) ?? []), lists };
}

/** Check 3: every enum's values are in FORMAT.md near its key, and no list there adds or drops one. */
function enumProblems(root: Schema, markdown: string): string[] {
  const enums = new Map<string, { paths: string[]; values: string[] }>();
  const problems: string[] = [];
  for (const { owner, key, path: p } of schemaIndex(root).keys) {
    const values = views(root, propertiesOf(owner)[key])
      .map((v) => v.enum)
      .find(Array.isArray)
      ?.map(String);
    if (values === undefined) continue;
    const known = enums.get(key);
    if (known === undefined) enums.set(key, { paths: [p], values });
    else if (known.values.join('|') !== values.join('|'))
      // FORMAT.md lists values by key name: one name, one set of values.
      problems.push(`${p} and ${known.paths.join(', ')} are both \`${key}\` but differ: ${values.join(', ')} / ${known.values.join(', ')}`);
    else known.paths.push(p);
  }
  const texts = passages(markdown);
  for (const [key, { paths, values }] of enums) {
    const said = texts.map((t) => mention(t, key)).filter((m) => m !== undefined);
    const near = new Set(said.flatMap((m) => m.values));
    const missing = values.filter((v) => !near.has(v));
    if (missing.length > 0) problems.push(`\`${key}\` (${paths.join(', ')}): ${missing.join(', ')} not written near the key`);
    const lists = said.flatMap((m) => m.lists);
    if (values.length > 1 && lists.length === 0) problems.push(`\`${key}\` (${paths.join(', ')}): its values are listed nowhere`);
    for (const list of lists) {
      const extra = list.filter((v) => !values.includes(v));
      const dropped = values.filter((v) => !list.includes(v));
      if (extra.length > 0 || dropped.length > 0)
        problems.push(
          `\`${key}\`: the list "${list.join(', ')}" has ${extra.join(', ') || 'nothing'} too many, ${dropped.join(', ') || 'nothing'} missing`,
        );
    }
  }
  return problems;
}

/** Check 4: diagnostic codes FORMAT.md names that are no row of RULES.md. */
function unknownCodes(format: string, rules: string): string[] {
  const rows = new Set([...rules.matchAll(/^\| (PPB\d{3}) \|/gm)].map((m) => m[1]));
  return [...new Set([...format.matchAll(/PPB\d{3}/g)].map((m) => m[0]))].filter((c) => !rows.has(c));
}

/** A deep copy of the schema, for the near-miss tests to break. */
const schemaCopy = (): Schema => structuredClone(SCHEMA);
const definition = (root: Schema, name: string): Schema => {
  const d = asSchema(asSchema(root.definitions)?.[name]);
  assert.ok(d, `definitions/${name} exists`);
  return d;
};
/** What a check reports for a broken copy beyond what it reports for the real texts (so near misses do not depend on today's state). */
const added = (broken: string[], real: string[]): string[] => broken.filter((p) => !real.includes(p));

/** FORMAT.md with one more section at its end (where new sections go), and the line where its YAML starts. */
function withSection(yaml: string): { text: string; line: number } {
  const text = `${FORMAT.trimEnd()}\n\n### Near miss\n\n\`\`\`yaml\n${yaml}\n\`\`\`\n`;
  return { text, line: text.split('\n').indexOf('### Near miss') + 4 };
}

test('every property key of the schema is shown in a FORMAT.md example at its place, or named in backticks', () => {
  const { keys } = schemaIndex(SCHEMA);
  assert.ok(keys.length > 60, `the walk reaches the nested definitions: ${keys.length} keys`);
  assert.ok(
    keys.some((k) => k.path === 'proses[].sub_proses[].lanjut') && keys.some((k) => k.path === 'unit.*.singkatan'),
    'the walk follows $ref, items and additionalProperties',
  );
  assert.deepEqual(undocumentedKeys(SCHEMA, FORMAT), [], 'schema keys docs/FORMAT.md does not document');
});

test('near miss: a schema key FORMAT.md does not document, or documents only at another place, is reported', () => {
  const schema = schemaCopy();
  propertiesOf(definition(schema, 'langkah')).prioritas = { type: 'string' };
  // `singkatan` is shown in the unit example only, and named in no backticks: not documented for relasi.
  propertiesOf(definition(schema, 'relasi')).singkatan = { type: 'string' };
  const real = undocumentedKeys(SCHEMA, FORMAT);
  assert.deepEqual(added(undocumentedKeys(schema, FORMAT), real).sort(), [
    'peta_lintas_fungsi[].langkah[].prioritas',
    'relasi[].singkatan',
  ]);
  assert.ok(FORMAT.includes('`dasar_hukum`'));
  // With `dasar_hukum` in no backticks, every place that defines it is reported (instansi, and any other).
  const unnamed = added(undocumentedKeys(SCHEMA, FORMAT.replaceAll('`dasar_hukum`', 'dasar_hukum')), real);
  assert.ok(unnamed.includes('instansi.dasar_hukum'), unnamed.join(', '));
  assert.deepEqual(
    unnamed.filter((p) => !p.endsWith('.dasar_hukum')),
    [],
  );
});

test('every key of the YAML examples in FORMAT.md is a key of the schema where it stands', () => {
  const blocks = yamlBlocks(FORMAT);
  assert.ok(blocks.length >= 5, `${blocks.length} yaml blocks`);
  assert.ok(
    blocks.some((b) => /^\s/.test(b.text)),
    'FORMAT.md has indented fragments (steps), which the check places',
  );
  assert.deepEqual(readExamples(SCHEMA, FORMAT).problems, [], 'keys of docs/FORMAT.md examples the schema does not know there');
});

test('near miss: an unknown or misplaced key in a FORMAT.md example is reported with its line', () => {
  const real = readExamples(SCHEMA, FORMAT).problems;
  const problems = (text: string): string[] => added(readExamples(SCHEMA, text).problems, real);
  const file = withSection('unit:\n  camat:\n    nama: Camat\n    nama_unit: Camat Klambu');
  assert.deepEqual(problems(file.text), [`FORMAT.md:${file.line + 3}: \`nama_unit\` at unit.camat.nama_unit (a file, line ${file.line})`]);
  // A fragment of steps: placed at langkah by its keys, so `singkatan` (a unit's key) is not legal there.
  const fragment = withSection(
    '      - id: periksa\n        jenis: keputusan\n        singkatan: Cek\n        cabang:\n          Ya: setujui',
  );
  assert.deepEqual(problems(fragment.text), [
    `FORMAT.md:${fragment.line + 2}: \`singkatan\` at peta_lintas_fungsi[].langkah[].singkatan (a fragment read at peta_lintas_fungsi[].langkah[], line ${fragment.line})`,
  ]);
  const broken = withSection('unit:\n  camat: [\n');
  assert.match(problems(broken.text).join('\n'), new RegExp(`^FORMAT.md:${broken.line}: the example is not valid YAML`));
  // A fragment no place fits better than another: its keys must still be keys of the schema.
  const loose = withSection('    nama: Camat\n    nama_lengkap: Camat Klambu');
  assert.deepEqual(problems(loose.text), [`FORMAT.md:${loose.line + 1}: \`nama_lengkap\` is no key of the schema (line ${loose.line})`]);
});

test('every enum of the schema is documented in FORMAT.md with exactly its values', () => {
  const enums = schemaIndex(SCHEMA).keys.filter(({ owner, key }) =>
    views(SCHEMA, propertiesOf(owner)[key]).some((v) => Array.isArray(v.enum)),
  );
  const names = new Set(enums.map((e) => e.key));
  // The walk reaches the enums of nested definitions (and of both process levels for `alur`).
  for (const name of ['alur', 'jenis', 'kategori', 'versi']) assert.ok(names.has(name), `the enum \`${name}\` is found`);
  assert.ok(enums.filter((e) => e.key === 'alur').length >= 2, 'alur of processes and of sub-processes');
  assert.deepEqual(enumProblems(SCHEMA, FORMAT), [], 'enums docs/FORMAT.md documents differently');
});

test('near miss: an enum value FORMAT.md lacks, or a listed value the enum lacks, is reported', () => {
  const schema = schemaCopy();
  const jenis = asSchema(propertiesOf(definition(schema, 'langkah')).jenis);
  assert.ok(jenis && Array.isArray(jenis.enum));
  jenis.enum.push('paralel');
  propertiesOf(definition(schema, 'langkah')).prioritas = { type: 'string', enum: ['tinggi', 'rendah'] };
  const real = enumProblems(SCHEMA, FORMAT);
  const problems = added(enumProblems(schema, FORMAT), real).join('\n');
  assert.match(problems, /`jenis` \(peta_lintas_fungsi\[\]\.langkah\[\]\.jenis\): paralel not written near the key/);
  assert.match(
    problems,
    /`jenis`: the list "mulai, aktivitas, keputusan, dokumen, penghubung, selesai" has nothing too many, paralel missing/,
  );
  assert.match(problems, /`prioritas` .*: tinggi, rendah not written near the key/);
  assert.match(problems, /`prioritas` .*: its values are listed nowhere/);
  const extra = `${FORMAT}\nCategories (\`kategori\`): \`utama\`, \`manajemen\`, \`pendukung\` and \`lainnya\`.\n`;
  assert.deepEqual(added(enumProblems(SCHEMA, extra), real), [
    '`kategori`: the list "utama, manajemen, pendukung, lainnya" has lainnya too many, nothing missing',
  ]);
  const short = withSection('proses:\n  - kategori: utama     # utama | pendukung');
  assert.deepEqual(added(enumProblems(SCHEMA, short.text), real), [
    '`kategori`: the list "utama, pendukung" has nothing too many, manajemen missing',
  ]);
});

test('every diagnostic code FORMAT.md names is a row of RULES.md', () => {
  const named = new Set(FORMAT.match(/PPB\d{3}/g));
  assert.ok(named.size >= 3, `FORMAT.md names ${[...named].join(', ')}`);
  assert.deepEqual(unknownCodes(FORMAT, RULES), [], 'codes of docs/FORMAT.md missing from docs/RULES.md');
});

test('near miss: a code FORMAT.md names that RULES.md has no row for is reported', () => {
  const real = unknownCodes(FORMAT, RULES);
  assert.deepEqual(added(unknownCodes(`${FORMAT}\nSee PPB999.\n`, RULES), real), ['PPB999']);
  const code = /PPB\d{3}/.exec(FORMAT)?.[0] ?? '';
  const rules = RULES.split('\n')
    .filter((l) => !l.startsWith(`| ${code} |`))
    .join('\n');
  assert.deepEqual(added(unknownCodes(FORMAT, rules), real), [code]);
});
