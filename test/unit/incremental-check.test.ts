import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { isMap, type Scalar } from 'yaml';
import { generateSingleFile, generateWorkspace } from '../../bench/generate';
import { PpbWorkspace, type PpbDiagnostic } from '../../server/src/service';
import { REPO } from '../support/temp-model';
import { splitValid } from './helpers';

type Files = Map<string, string>;

function readFolder(dir: string, base = dir, out: Files = new Map()): Files {
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) readFolder(full, base, out);
    else if (name.endsWith('.ppb.yaml')) out.set(`file:///ws/${path.relative(base, full)}`, readFileSync(full, 'utf8'));
  }
  return out;
}

/** Every file's diagnostics, as plain data in file order: what two checks are compared by. */
function snapshot(ws: PpbWorkspace): [string, readonly PpbDiagnostic[]][] {
  return [...ws.diagnostics()].sort(([a], [b]) => a.localeCompare(b));
}

/** A new workspace with the same texts; a file with a syntax error first gets its last good text, whose model it keeps. */
function fresh(files: Files, lastGood: Files = new Map()): PpbWorkspace {
  const ws = new PpbWorkspace();
  for (const [uri, text] of files) {
    const good = lastGood.get(uri);
    if (good !== undefined && good !== text) ws.setFile(uri, good);
    ws.setFile(uri, text);
  }
  return ws;
}

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): (n: number) => number {
  let s = seed;
  return (n) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s % n;
  };
}

/**
 * Edits that change what the file rules read (ids, codes, the instansi) or only one file
 * (steps, names, syntax): a line dropped, doubled, or a word swapped for one from elsewhere.
 */
function mutate(text: string, pick: (n: number) => number, words: readonly string[]): string {
  const lines = text.split('\n');
  const at = pick(lines.length);
  const line = lines[at] ?? '';
  switch (pick(4)) {
    case 0:
      lines.splice(at, 1);
      break;
    case 1:
      lines.splice(at, 0, line);
      break;
    case 2: {
      const inLine = line.match(/[A-Za-z_][\w.]*/g) ?? [];
      const from = inLine[pick(Math.max(1, inLine.length))];
      if (from !== undefined) lines[at] = line.replace(from, words[pick(words.length)] ?? from);
      break;
    }
    default:
      lines[at] = `\t${line}`; // a syntax error: the file keeps its last good model
  }
  return lines.join('\n');
}

function assertSameAsFresh(ws: PpbWorkspace, files: Files, lastGood: Files, what: string): void {
  assert.deepStrictEqual(snapshot(ws), snapshot(fresh(files, lastGood)), what);
}

for (const [name, files] of [
  ['the Klambu sample', readFolder(path.join(REPO, 'samples/klambu'))],
  [
    'a generated workspace',
    new Map(
      [...generateWorkspace({ processes: 3, subProcesses: 2, mapsPerSub: 2, stepsPerMap: 8 })].map(([n, t]) => [`file:///ws/${n}`, t]),
    ),
  ],
  // One file: every edit is parsed against the tree of the one before (item-reparse.ts).
  [
    'a one-file model',
    new Map([['file:///ws/model.ppb.yaml', generateSingleFile({ processes: 3, subProcesses: 2, mapsPerSub: 3, stepsPerMap: 6 })]]),
  ],
] as const) {
  test(`after any sequence of edits, the incremental check of ${name} equals a check from scratch`, () => {
    const original = new Map(files);
    const current = new Map(files);
    const ws = fresh(current);
    const lastGood = new Map(files);
    const set = (uri: string, text: string): void => {
      ws.setFile(uri, text);
      current.set(uri, text);
      if (ws.parsed(uri)?.syntaxErrors.length === 0) lastGood.set(uri, text);
    };
    const uris = [...current.keys()];
    const words = [...new Set([...current.values()].join('\n').match(/[A-Za-z_][\w.]*/g) ?? [])];
    const pick = random(7);
    for (let i = 0; i < 120; i++) {
      const uri = uris[pick(uris.length)] ?? '';
      if (i % 25 === 24) {
        // back to the original text, file by file
        for (const [u, t] of original) set(u, t);
      } else if (i % 17 === 16) {
        ws.removeFile(uri);
        current.delete(uri);
        lastGood.delete(uri);
        assertSameAsFresh(ws, current, lastGood, `edit ${i}: ${uri} removed`);
        set(uri, original.get(uri) ?? '');
      } else {
        set(uri, mutate(current.get(uri) ?? '', pick, words));
      }
      assertSameAsFresh(ws, current, lastGood, `edit ${i} of ${uri}`);
    }
  });
}

test('a file tree let go is parsed again on demand, the same tree for the same text', () => {
  const files = new Map(
    [...generateWorkspace({ processes: 2, subProcesses: 2, mapsPerSub: 10, stepsPerMap: 5 })].map(([n, t]) => [`file:///ws/${n}`, t]),
  );
  const ws = fresh(files);
  const first = [...files.keys()].find((u) => u.includes('/peta/')) ?? '';
  const parsed = ws.parsed(first);
  assert.ok(parsed);
  const before = parsed.doc;
  const expected: unknown = before?.toJS();
  // Every other tree is used after it: the first is let go.
  const used = [...files.keys()].filter((uri) => ws.parsed(uri)?.doc !== undefined);
  assert.equal(used.length, files.size);
  assert.equal(ws.parsed(first), parsed, 'the same parsed file while the text is the same');
  assert.notEqual(parsed.doc, before, 'parsed again');
  assert.deepStrictEqual(parsed.doc?.toJS(), expected);
  assert.deepStrictEqual(parsed.data, expected);
  const key = parsed.doc?.contents && isMap(parsed.doc.contents) ? (parsed.doc.contents.items[1]?.key as Scalar | undefined) : undefined;
  assert.equal(key?.range?.[0], parsed.text.indexOf('peta_lintas_fungsi'), 'node ranges as in the text');
});

test("an SOP renumbered in one file is seen at once by another file's keterkaitan that names it (format 1.1)", () => {
  const { instansi, proses, peta } = splitValid();
  const related = peta.replace(
    '  - kode: KECKLB.06.04.CFM.01\n',
    '    sop:\n      - kode: KECKLB.06.03.CFM.02.SOP.01\n        nama: Satu\n        keterkaitan: [KECKLB.06.04.CFM.02.SOP.01]\n  - kode: KECKLB.06.04.CFM.01\n',
  );
  const extra = (n: string): string =>
    `peta_lintas_fungsi:\n  - kode: KECKLB.06.04.CFM.02\n    nama: Lain\n    langkah:\n      - jenis: mulai\n        pelaksana: subbag_umum\n      - jenis: selesai\n        pelaksana: subbag_umum\n    sop:\n      - kode: KECKLB.06.04.CFM.02.SOP.${n}\n        nama: Dua\n`;
  const files: Files = new Map([
    ['file:///ws/instansi.ppb.yaml', instansi],
    ['file:///ws/proses.ppb.yaml', proses],
    ['file:///ws/peta.ppb.yaml', related],
    ['file:///ws/extra.ppb.yaml', extra('01')],
  ]);
  const ws = fresh(files);
  // What the SOPs lack for print (PPB306, PPB402) is beside the point here: the keterkaitan (PPB210).
  const codes = (): string[] =>
    snapshot(ws).flatMap(([uri, list]) =>
      list.filter((d) => d.code !== 'PPB306' && d.code !== 'PPB402').map((d) => `${uri.slice('file:///ws/'.length)} ${d.code}`),
    );
  assert.deepEqual(codes(), []);
  // Only the other file changes: the findings of peta.ppb.yaml must not be kept from before.
  ws.setFile('file:///ws/extra.ppb.yaml', extra('03'));
  files.set('file:///ws/extra.ppb.yaml', extra('03'));
  assert.deepEqual(codes(), ['peta.ppb.yaml PPB210']);
  assertSameAsFresh(ws, files, new Map(), 'after the renumbering');
});
