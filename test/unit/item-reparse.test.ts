import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { isNode, parseAllDocuments, visit, type Document } from 'yaml';
import { generateSingleFile } from '../../bench/generate';
import { PpbWorkspace } from '../../server/src/service';
import { reparseItem } from '../../server/src/service/item-reparse';
import { LIMITS } from '../../server/src/service/limits';
import { parseFile } from '../../server/src/service/parse';
import { REPO } from '../support/temp-model';

const OPTIONS = { prettyErrors: false, uniqueKeys: false } as const;

function parse(text: string): Document.Parsed {
  const doc = parseAllDocuments(text, OPTIONS);
  assert.ok(Array.isArray(doc) && doc[0]);
  return doc[0];
}

/** Every node's kind, range and comments, in tree order: two trees with the same list stand for the same text alike. */
function shape(doc: Document.Parsed): string[] {
  const out: string[] = [];
  visit(doc, (key, node) => {
    if (isNode(node))
      out.push(
        `${String(key)} ${node.constructor.name} ${JSON.stringify(node.range)} ${JSON.stringify([node.commentBefore, node.comment])}`,
      );
  });
  return out;
}

function assertSameTree(actual: Document.Parsed, text: string, what: string): void {
  const expected = parse(text);
  assert.deepStrictEqual(actual.toJS(), expected.toJS(), what);
  assert.deepStrictEqual(shape(actual), shape(expected), what);
  assert.deepStrictEqual(actual.range, expected.range, what);
}

const MODEL = generateSingleFile({ processes: 3, subProcesses: 2, mapsPerSub: 2, stepsPerMap: 6 });

/** Edits inside a map of the middle of the list: a value changed, a line added, a step removed. */
const EDITS: readonly [string, (t: string) => string][] = [
  ['a value', (t) => t.replace('nama: Mengerjakan tahap 02 peta 02.01.01', 'nama: Menyusun laporan')],
  ['a longer value', (t) => t.replace('waktu: 1 hari\n', 'waktu: 10 hari kerja sejak berkas diterima lengkap\n')],
  [
    'a new key',
    (t) => t.replace('    nama: Peta lintas fungsi 02.01.02\n', '    nama: Peta lintas fungsi 02.01.02\n    keterangan: baru\n'),
  ],
  ['a step removed', (t) => t.replace(/( {6}- id: l02\n(?: {8}.*\n)+)(?= {6}- id: l03)/, '')],
  ['a value outside the schema', (t) => t.replace('        jenis: keputusan\n', '        jenis: keputusan_baru\n')],
  ['a process value', (t) => t.replace('nama: Sub proses 02.01', 'nama: Sub proses yang baru')],
];

test('an edit inside one list item is parsed as that item alone, to the same tree as a whole parse', () => {
  for (const [what, edit] of EDITS) {
    const text = edit(MODEL);
    assert.notEqual(text, MODEL, `${what}: the edit applies`);
    const spliced = reparseItem({ text: MODEL, doc: parse(MODEL) }, text, OPTIONS);
    assert.ok(spliced, `${what}: parsed as one item`);
    assertSameTree(spliced, text, what);
  }
});

test('edit after edit on the same tree stays the same as a whole parse, line table included', () => {
  let text = MODEL;
  let base = parseFile('file:///a.ppb.yaml', text);
  for (const [what, edit] of EDITS) {
    const next = edit(text);
    const doc = base.doc;
    assert.ok(doc);
    const parsed = parseFile('file:///a.ppb.yaml', next, { text, doc });
    assert.equal(parsed.doc, doc, `${what}: the old tree, changed`);
    assertSameTree(doc, next, what);
    assert.deepStrictEqual(parsed.lineCounter.lineStarts, parseFile('file:///b.ppb.yaml', next).lineCounter.lineStarts, what);
    assert.deepStrictEqual(parsed.data, parse(next).toJS(), what);
    text = next;
    base = parsed;
  }
});

test('a comment above the first item does not stop an edit of it from being parsed alone', () => {
  const klambu = readFileSync(path.join(REPO, 'samples/klambu/proses.ppb.yaml'), 'utf8');
  const text = klambu.replace('nama: Penyelenggaraan Pemerintahan dan Pelayanan Publik', 'nama: Penyelenggaraan');
  const spliced = reparseItem({ text: klambu, doc: parse(klambu) }, text, OPTIONS);
  assert.ok(spliced);
  assertSameTree(spliced, text, 'first item');
});

test('comments that close an item, such as a heading above the next one, stay with the next item', () => {
  const klambu = readFileSync(path.join(REPO, 'samples/klambu/proses.ppb.yaml'), 'utf8');
  const heading = '\n  # ------------------------------------------------------------ proses manajemen\n';
  assert.ok(klambu.includes(heading));
  const cases: [string, string][] = [
    [
      'an item closed by a heading',
      klambu.replace('keluaran: [Kesepakatan damai, Laporan penanganan konflik sosial kepada Bupati]', 'keluaran: [Kesepakatan damai]'),
    ],
    [
      "a heading and a comment at the list's indentation",
      klambu
        .replace(heading, `${heading.slice(0, -1)}\n# catatan di tepi\n\n`)
        .replace('nama: Penyelenggaraan Pemerintahan dan Pelayanan Publik', 'nama: Penyelenggaraan'),
    ],
  ];
  for (const [what, text] of cases) {
    const before = what.startsWith('a heading and')
      ? text.replace('nama: Penyelenggaraan\n', 'nama: Penyelenggaraan Pemerintahan dan Pelayanan Publik\n')
      : klambu;
    const spliced = reparseItem({ text: before, doc: parse(before) }, text, OPTIONS);
    assert.ok(spliced, `${what}: parsed as one item`);
    assertSameTree(spliced, text, what);
  }
});

test('every one-line edit of the samples, in files with comments of every indentation, parses alone only to the tree a whole parse gives', () => {
  const dir = path.join(REPO, 'samples/klambu');
  const files = [
    'instansi.ppb.yaml',
    'proses.ppb.yaml',
    ...readdirSync(path.join(dir, 'peta-lintas-fungsi')).map((f) => `peta-lintas-fungsi/${f}`),
  ];
  // Comments closing items at every indentation, and blank lines, next to the samples' own headings.
  const commented = (t: string): string =>
    t.replace(
      /\n(?= *- )/g,
      (_, i: number) => ['\n', '\n# tepi\n', '\n      # dalam\n', '\n\n    # sejajar\n', '\n  # judul\n\n'][i % 5] ?? '\n',
    );
  let alone = 0;
  let edits = 0;
  for (const file of files) {
    for (const before of [readFileSync(path.join(dir, file), 'utf8'), commented(readFileSync(path.join(dir, file), 'utf8'))]) {
      const doc = parse(before);
      const lines = before.split('\n');
      lines.forEach((line, i) => {
        const m = /^( *(?:- )?[a-z_]+: )(\S.*)$/.exec(line);
        if (!m) return;
        const text = [...lines.slice(0, i), `${m[1]}Nilai baru ${i}`, ...lines.slice(i + 1)].join('\n');
        edits++;
        const spliced = reparseItem({ text: before, doc: parse(before) }, text, OPTIONS);
        if (!spliced) return;
        alone++;
        assertSameTree(spliced, text, `${file} line ${i + 1}`);
      });
      assert.ok(doc);
    }
  }
  assert.ok(edits > 500 && alone > edits / 2, `${alone} of ${edits} edits parsed alone`);
});

test('edits one item cannot hold are left to a whole parse', () => {
  const klambu = readFileSync(path.join(REPO, 'samples/klambu/proses.ppb.yaml'), 'utf8');
  const cases: [string, string, string][] = [
    ['two items at once', MODEL, MODEL.replace('Peta lintas fungsi 01.01.01', 'A').replace('Peta lintas fungsi 01.01.02', 'B')],
    ['the last item', MODEL, MODEL.replace('Peta lintas fungsi 03.02.02', 'Peta terakhir')],
    ['a list indicator', MODEL, MODEL.replace('  - kode: KECBEN.02.01.CFM.02', '  -  kode: KECBEN.02.01.CFM.02')],
    ['a new item in between', MODEL, MODEL.replace('  - kode: KECBEN.02.01.CFM.02', '  - kode: X\n  - kode: KECBEN.02.01.CFM.02')],
    ['a syntax error', MODEL, MODEL.replace('nama: Peta lintas fungsi 02.01.01', 'nama: "Peta lintas')],
    ['an anchor', MODEL, MODEL.replace('nama: Peta lintas fungsi 02.01.01', 'nama: &n Peta lintas fungsi 02.01.01')],
    [
      'a comment between items',
      klambu,
      klambu.replace('# ------------------------------------------------------------ proses manajemen', '# proses manajemen'),
    ],

    ['nothing changed', MODEL, MODEL],
  ];
  for (const [what, before, after] of cases) {
    assert.equal(reparseItem({ text: before, doc: parse(before) }, after, OPTIONS), undefined, what);
  }
  // And the workspace's parse of those still gives a whole parse's tree.
  const doc = parse(MODEL);
  const next = MODEL.replace('Peta lintas fungsi 01.01.01', 'A').replace('Peta lintas fungsi 01.01.02', 'B');
  const parsed = parseFile('file:///a.ppb.yaml', next, { text: MODEL, doc });
  assert.notEqual(parsed.doc, doc);
  assert.ok(parsed.doc);
  assertSameTree(parsed.doc, next, 'whole parse');
});

test('an edit inside one item that crosses a limit is refused as a whole parse refuses it, and the next edit parses again', () => {
  const uri = 'file:///a.ppb.yaml';
  const ws = new PpbWorkspace();
  ws.setFile(uri, MODEL);
  const inItem = (value: string): string => MODEL.replace('nama: Peta lintas fungsi 02.01.01', `nama: ${value}`);
  const cases: [string, string, string][] = [
    ['a NUL character', inItem('Peta\u0000'), 'PPB006'],
    ['nesting past the limit', inItem(`${'['.repeat(150)}${']'.repeat(150)}`), 'PPB005'],
    ['a file over the size limit', inItem('x'.repeat(LIMITS.maxFileChars)), 'PPB004'],
  ];
  for (const [what, text, code] of cases) {
    ws.setFile(uri, MODEL.replace('Peta lintas fungsi 01.01.01', 'Peta sebelum'));
    ws.diagnostics();
    ws.setFile(uri, text.replace('Peta lintas fungsi 01.01.01', 'Peta sebelum'));
    assert.deepEqual(
      ws
        .diagnostics()
        .get(uri)
        ?.map((d) => d.code),
      [code],
      what,
    );
    assert.equal(ws.parsed(uri)?.doc, undefined, `${what}: not parsed`);
    ws.setFile(uri, MODEL);
    assert.deepEqual(ws.diagnostics().get(uri), [], `${what}: then checked again`);
    assertSameTree(ws.parsed(uri)?.doc as Document.Parsed, MODEL, what);
  }
});
