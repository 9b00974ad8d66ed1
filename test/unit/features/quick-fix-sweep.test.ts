import assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { PpbWorkspace, type PpbDiagnostic, type PpbTextEdit } from '../../../server/src/service';
import { codeActions, type PpbCodeAction } from '../../../server/src/service/features/code-actions';
import { applyAsClient } from '../../support/client-edits';
import { familyCopied, familyMisprefixed, referencesUnpadded, type ModelTexts } from '../../support/defect-variants';
import { REPO } from '../../support/temp-model';
import { folderWorkspace, JUDGED_FOLDERS, validator } from './fixtures';

/**
 * Every quick fix the server offers, on every sample and fixture model and on defects made from
 * the clean ones (codes in variant spellings too), applied as a client applies its WorkspaceEdit:
 * the diagnostic it is for goes, and no error appears anywhere in the model. The one exception
 * is what a fix writes for the author to fill in and says so in its title (`nama:` of a declared
 * unit, `keluaran: []`), reported where it stands (PPB102, PPB105).
 */

const FILL_IN = new Set(['PPB102', 'PPB105']);

function workspaceOf(texts: ModelTexts): PpbWorkspace {
  const ws = new PpbWorkspace(validator());
  for (const [uri, text] of texts) ws.setFile(uri, text);
  return ws;
}

const textsOf = (ws: PpbWorkspace): ModelTexts => new Map(ws.uris().map((uri) => [uri, ws.parsed(uri)?.text ?? ''] as const));

/**
 * Where an offset of a file's text before the edits stands after them. An insertion right at the
 * offset may go before or after what stood there, so both places are given.
 */
function movedTo(edits: readonly PpbTextEdit[], uri: string, offset: number): number[] {
  let before = 0;
  let at = 0;
  for (const e of edits.filter((x) => x.uri === uri).sort((a, b) => a.start - b.start)) {
    const delta = e.newText.length - (e.end - e.start);
    if (e.end < offset || (e.end === offset && e.start < offset)) before += delta;
    else if (e.start === offset && e.end === offset) at += delta;
    else if (e.start < offset) return [e.start + before];
  }
  return [offset + before, offset + before + at];
}

/** Where the fix's own text stands afterwards, file by file: a placeholder it writes is looked for there. */
function written(edits: readonly PpbTextEdit[]): { uri: string; start: number; end: number }[] {
  return edits.map((e) => {
    const start = Math.min(...movedTo(edits, e.uri, e.start));
    return { uri: e.uri, start, end: start + e.newText.length };
  });
}

const describeDiagnostic = (d: PpbDiagnostic, ws: PpbWorkspace): string =>
  `${d.uri.split('/').slice(3).join('/')} ${d.code} "${ws.parsed(d.uri)?.text.slice(d.start, d.end) ?? ''}"`;

/** Applies one fix as a client would and checks the model afterwards; returns what went wrong. */
function problemsOf(ws: PpbWorkspace, before: readonly PpbDiagnostic[], action: PpbCodeAction): string[] {
  const after = workspaceOf(applyAsClient(ws, action.edits));
  const found = [...after.diagnostics().values()].flat();
  const { diagnostic: d, edits } = action;
  const problems: string[] = [];
  const where = movedTo(edits, d.uri, d.start);
  if (found.some((x) => x.uri === d.uri && x.code === d.code && where.includes(x.start)))
    problems.push(`leaves ${describeDiagnostic(d, ws)}`);
  const unmatched = [...before];
  const own = written(edits);
  for (const x of found.filter((f) => f.severity === 'error')) {
    const i = unmatched.findIndex((b) => b.uri === x.uri && b.code === x.code && movedTo(edits, b.uri, b.start).includes(x.start));
    if (i >= 0) {
      unmatched.splice(i, 1);
      continue;
    }
    const placeholder = FILL_IN.has(x.code) && own.some((w) => w.uri === x.uri && x.start >= w.start && x.end <= w.end);
    if (!placeholder) problems.push(`adds ${describeDiagnostic(x, after)}`);
  }
  return problems;
}

/** Applies every fix offered for every diagnostic of a model; returns how many were applied. */
function sweep(name: string, texts: ModelTexts): number {
  const ws = workspaceOf(texts);
  const before = [...ws.diagnostics().values()].flat();
  let applied = 0;
  const problems: string[] = [];
  for (const d of before) {
    for (const action of codeActions(ws, d.uri, d.start, d.end, 'en').filter((a) => a.diagnostic === d)) {
      applied++;
      for (const p of problemsOf(ws, before, action)) problems.push(`${name}: "${action.title}" for ${describeDiagnostic(d, ws)} ${p}`);
    }
  }
  assert.deepEqual(problems, []);
  return applied;
}

const ppbFolder = (relative: string): ModelTexts => textsOf(folderWorkspace(relative, 'm').ws);

const SAMPLES = [
  'samples/klambu',
  ...readdirSync(path.join(REPO, 'samples/belajar'))
    .sort()
    .map((f) => `samples/belajar/${f}`),
].filter((f) => statSync(path.join(REPO, f)).isDirectory());
const FIXTURES = ['test/fixtures/golden', ...JUDGED_FOLDERS.map((f) => `test/fixtures/judged/${f}`)];
/** Models that check clean or nearly so: defects are made from them. */
const CLEAN = [
  ...SAMPLES.filter((f) => !f.endsWith('salah-umum')),
  'test/fixtures/golden',
  ...JUDGED_FOLDERS.filter((f) => /^(valid|variant)-/.test(f)).map((f) => `test/fixtures/judged/${f}`),
];

describe('every quick fix, applied as a client applies it, removes its diagnostic and adds no error', () => {
  test('on the samples and the fixtures as they are', (t) => {
    let applied = 0;
    for (const folder of [...SAMPLES, ...FIXTURES]) applied += sweep(folder, ppbFolder(folder));
    t.diagnostic(`${applied} fixes applied on ${SAMPLES.length + FIXTURES.length} models`);
    assert.ok(applied >= 30, `only ${applied} fixes offered`);
  });

  const made: [string, (ws: PpbWorkspace) => ModelTexts | undefined, number][] = [
    ['a Level 0 family copied without renumbering (PPB203)', familyCopied, 100],
    ['a Level 0 family under another prefix (PPB201)', familyMisprefixed, 50],
  ];
  for (const [what, make, least] of made) {
    for (const spelling of ['as written', 'references unpadded'] as const) {
      test(`${what}, ${spelling}`, (t) => {
        let applied = 0;
        let models = 0;
        for (const folder of CLEAN) {
          const clean = workspaceOf(ppbFolder(folder));
          const defect = make(spelling === 'as written' ? clean : workspaceOf(referencesUnpadded(clean)));
          if (!defect) continue;
          models++;
          applied += sweep(`${folder} (${what}, ${spelling})`, defect);
        }
        t.diagnostic(`${applied} fixes applied on ${models} models`);
        assert.ok(applied >= least, `only ${applied} fixes offered`);
      });
    }
  }
});
