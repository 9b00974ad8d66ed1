import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import type { CodeAction, CodeLens, Diagnostic, Range, TextEdit } from 'vscode-languageserver-protocol';
import { VALID, variant } from '../support/check';
import { LspTestClient } from '../support/lsp-client';
import { REPO, TempModel } from '../support/temp-model';

/** What an editor does with a WorkspaceEdit's text edits: positions to offsets, last first. */
function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const offset = (p: Range['start']): number => (starts[p.line] ?? text.length) + p.character;
  return [...edits]
    .sort((a, b) => offset(b.range.start) - offset(a.range.start))
    .reduce((t, e) => t.slice(0, offset(e.range.start)) + e.newText + t.slice(offset(e.range.end)), text);
}

const codeActions = (
  client: LspTestClient,
  uri: string,
  range: Range,
  diagnostics: Diagnostic[],
  only?: string[],
): Promise<CodeAction[] | null> =>
  client.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri },
    range,
    context: { diagnostics, ...(only ? { only } : {}) },
  });

const codeLenses = (client: LspTestClient, uri: string): Promise<CodeLens[] | null> =>
  client.connection.sendRequest('textDocument/codeLens', { textDocument: { uri } });

const has =
  (code: string) =>
  (d: Diagnostic[]): boolean =>
    d.some((x) => x.code === code);

describe('quick fixes and code lenses over stdio, on a multi-file model written by someone else', () => {
  let model: TempModel;
  let client: LspTestClient;
  let peta: string;
  let units: string;

  before(async () => {
    model = TempModel.fromFolder(path.join(REPO, 'test/fixtures/judged/defect-unknown-unit-cross-file'));
    peta = model.uri('peta/umum.ppb.yaml');
    units = model.uri('organisasi/unit.ppb.yaml');
    client = await LspTestClient.start({ folders: [model.dir], locale: 'en' });
  });
  after(async () => {
    await client.stop();
    model.dispose();
  });

  test('the server says it offers quick fixes and code lenses', () => {
    const caps = client.initializeResult?.capabilities;
    assert.deepEqual(caps?.codeActionProvider, { codeActionKinds: ['quickfix'] });
    assert.ok(caps?.codeLensProvider);
  });

  test('an unknown unit in a file never opened: "declare unit" edits the file of the units; applied, the error goes', async () => {
    const published = await client.waitFor(peta, has('PPB207'));
    const d = published.find((x) => x.code === 'PPB207');
    assert.ok(d);
    const actions = (await codeActions(client, peta, d.range, [d], ['quickfix'])) ?? [];
    assert.deepEqual(
      actions.map((a) => [a.title, a.kind, a.isPreferred]),
      [
        ['Declare unit `seksi_pendataan`', 'quickfix', true],
        ['Declare stakeholder `seksi_pendataan`', 'quickfix', false],
      ],
    );
    const declare = actions[0];
    assert.deepEqual(declare?.diagnostics, [d], 'tied to the very diagnostic the client holds');
    assert.deepEqual(Object.keys(declare?.edit?.changes ?? {}), [units]);
    const before = readFileSync(fileURLToPath(units), 'utf8');
    const after = applyEdits(before, declare?.edit?.changes?.[units] ?? []);
    assert.ok(after.includes('    induk: bidang_pelayanan\n  seksi_pendataan:\n    nama:\n\npemangku_kepentingan:'), after);
    await client.open(units, after);
    await client.waitFor(peta, (x) => !has('PPB207')(x));
    const left = await client.waitFor(units, has('PPB102'));
    assert.deepEqual(
      left.map((x) => x.code),
      ['PPB102'],
      'the name is left to fill in',
    );
    await client.change(units, after.replace('    nama:\n\npemangku', '    nama: Seksi Pendataan\n\npemangku'), 2);
    assert.deepEqual(await client.waitFor(units, (x) => x.length === 0), []);
    await client.close(units);
    await client.settle();
  });

  test('a step outside the lanes: the lane is added, in the same file, and the model checks clean', async () => {
    const perizinan = model.uri('peta/perizinan.ppb.yaml');
    const text = readFileSync(fileURLToPath(perizinan), 'utf8');
    const moved = variant(
      '        nama: Mengembalikan berkas untuk dilengkapi\n        pelaksana: bidang_pelayanan\n',
      '        nama: Mengembalikan berkas untuk dilengkapi\n        pelaksana: subbag_umum\n',
      text,
    );
    await client.open(perizinan, moved);
    const d = (await client.waitFor(perizinan, has('PPB208'))).find((x) => x.code === 'PPB208');
    assert.ok(d);
    // A client may ask at the cursor only, sending no diagnostics: the server knows its own.
    const actions = (await codeActions(client, perizinan, { start: d.range.start, end: d.range.start }, [])) ?? [];
    assert.deepEqual(
      actions.map((a) => a.title),
      ['Add `subbag_umum` to the lanes of map DPMPTSP.01.02.CFM.01'],
    );
    const fixed = applyEdits(moved, actions[0]?.edit?.changes?.[perizinan] ?? []);
    assert.ok(fixed.includes('    pelaksana: [bidang_pelayanan, seksi_verifikasi, kepala, subbag_umum]\n'), fixed);
    await client.change(perizinan, fixed, 2);
    assert.deepEqual(await client.waitFor(perizinan, (x) => x.length === 0), []);
    await client.close(perizinan);
  });

  test('no quick fix where there is no diagnostic, nor for other kinds of action', async () => {
    const published = await client.waitFor(peta);
    const d = published.find((x) => x.code === 'PPB207');
    const zero = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    assert.deepEqual(await codeActions(client, peta, zero, []), []);
    if (d) assert.deepEqual(await codeActions(client, peta, d.range, [d], ['source.organizeImports']), []);
    // Other YAML files an editor sends (nvim-lspconfig attaches by filetype `yaml`) get nothing.
    assert.deepEqual(await codeLenses(client, model.uri('docker-compose.yaml')), []);
    assert.deepEqual(await codeActions(client, model.uri('docker-compose.yaml'), zero, []), []);
  });

  test('code lenses above each map of the file: its size, and "Open preview" with the map\'s code', async () => {
    const lenses = (await codeLenses(client, peta)) ?? [];
    const text = readFileSync(fileURLToPath(peta), 'utf8');
    const line = text.split('\n').findIndex((l) => l.includes('kode: DPMPTSP.02.01.CFM.01'));
    assert.deepEqual(
      lenses.map((l) => [l.range.start.line, l.command?.title, l.command?.command, l.command?.arguments]),
      [
        [line, '4 steps · 2 lanes · 0 decisions', '', undefined],
        [line, 'Open preview', 'ppb.preview.open', ['DPMPTSP.02.01.CFM.01']],
      ],
    );
  });

  test('a file that does not parse: no fix, no lens, no crash; the server answers on', async () => {
    const broken = 'peta_lintas_fungsi:\n  - kode: "DPMPTSP.02.01.CFM.01\n    pelaksana: [seksi_pendataan\n';
    await client.open(peta, broken);
    await client.waitFor(peta, has('PPB001'));
    const all = { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } };
    assert.deepEqual(await codeActions(client, peta, all, []), []);
    assert.deepEqual(await codeLenses(client, peta), []);
    await client.close(peta);
    await client.waitFor(peta, has('PPB207'));
    assert.equal(((await codeLenses(client, peta)) ?? []).length, 2, 'back to the text on disk');
  });
});

test('titles in Indonesian when `ppb.bahasa` is `id`', async () => {
  const model = new TempModel();
  const file = model.write('m.ppb.yaml', variant('        pelaksana: camat\n', '        pelaksana: camatt\n'));
  const client = await LspTestClient.start({ folders: [model.dir], locale: 'en', initializationOptions: { bahasa: 'id' } });
  try {
    const d = (await client.waitFor(file, has('PPB207'))).find((x) => x.code === 'PPB207');
    assert.ok(d);
    const actions = (await codeActions(client, file, d.range, [d])) ?? [];
    assert.equal(actions[0]?.title, 'Ganti dengan `camat` (Camat)');
    assert.equal(actions[0]?.isPreferred, true);
    assert.equal(
      applyEdits(variant('        pelaksana: camat\n', '        pelaksana: camatt\n'), actions[0]?.edit?.changes?.[file] ?? []),
      VALID,
    );
    const lenses = (await codeLenses(client, file)) ?? [];
    assert.deepEqual(lenses.map((l) => l.command?.title).slice(0, 2), ['5 langkah · 3 jalur · 1 keputusan', 'Buka pratinjau']);
  } finally {
    await client.stop();
    model.dispose();
  }
});
