import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  DefinitionRequest,
  DocumentSymbolRequest,
  HoverRequest,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  WorkspaceSymbolRequest,
  type DocumentSymbol,
  type Location,
  type MarkupContent,
  type Position,
  type SymbolInformation,
  type TextEdit,
} from 'vscode-languageserver-protocol';
import { splitValid } from '../unit/helpers';
import { LspTestClient } from '../support/lsp-client';
import { TempModel } from '../support/temp-model';

/** The position `at` characters into the first `needle` of a text. */
function positionOf(text: string, needle: string, at = 1): Position {
  const offset = text.indexOf(needle);
  if (offset < 0) throw new Error(`test setup: "${needle}" not found`);
  const before = text.slice(0, offset + at).split('\n');
  return { line: before.length - 1, character: before[before.length - 1]?.length ?? 0 };
}

function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const starts = [0, ...[...text.matchAll(/\n/g)].map((m) => (m.index ?? 0) + 1)];
  const offset = (p: Position): number => (starts[p.line] ?? text.length) + p.character;
  let out = text;
  for (const e of [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start))) {
    out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  }
  return out;
}

const markdown = (h: { contents: unknown } | null): string => (h?.contents as MarkupContent | undefined)?.value ?? '';

describe('navigation over stdio: a plain LSP client on a multi-file workspace', () => {
  const texts = splitValid();
  let model: TempModel;
  let client: LspTestClient;
  let uris: { instansi: string; proses: string; peta: string };

  before(async () => {
    model = new TempModel();
    uris = {
      instansi: model.write('instansi.ppb.yaml', texts.instansi),
      proses: model.write('proses/proses.ppb.yaml', texts.proses),
      peta: model.write('peta/kecklb-06.ppb.yaml', texts.peta),
    };
    model.write('bukan-ppb.yaml', 'pelaksana: camat\n');
    client = await LspTestClient.start({ folders: [model.dir], locale: 'en' });
    for (const uri of Object.values(uris)) assert.deepEqual(await client.waitFor(uri), []);
  });

  after(async () => {
    await client.stop();
    model.dispose();
  });

  const at = (file: keyof typeof uris, needle: string, offset = 1): { textDocument: { uri: string }; position: Position } => ({
    textDocument: { uri: uris[file] },
    position: positionOf(texts[file], needle, offset),
  });

  test('the server says what it serves', () => {
    const caps = client.initializeResult?.capabilities;
    assert.equal(caps?.hoverProvider, true);
    assert.equal(caps?.definitionProvider, true);
    assert.equal(caps?.referencesProvider, true);
    assert.deepEqual(caps?.renameProvider, { prepareProvider: true });
    assert.equal(caps?.documentSymbolProvider, true);
    assert.equal(caps?.workspaceSymbolProvider, true);
  });

  test("hover over a `pelaksana` id gives the unit's full name; over a `peta` code, the map's name", async () => {
    const unit = await client.connection.sendRequest(HoverRequest.type, at('peta', 'pelaksana: subbag_umum', 13));
    assert.equal((unit?.contents as MarkupContent).kind, 'markdown');
    assert.match(
      markdown(unit),
      /^\*\*`subbag_umum`\*\* · Subbagian Umum dan Kepegawaian\n\nUnit\n\nParent: Sekretariat Kecamatan \(`sekretariat`\) → Camat \(`camat`\)/,
    );
    const line = positionOf(texts.peta, 'pelaksana: subbag_umum').line;
    assert.deepEqual(unit?.range, { start: { line, character: 19 }, end: { line, character: 30 } });
    const code = await client.connection.sendRequest(HoverRequest.type, at('peta', 'peta: KECKLB.06.04.CFM.01', 10));
    assert.match(markdown(code), /^\*\*`KECKLB\.06\.04\.CFM\.01`\*\* · Pengadaan Sarana Kantor\n\nCross-functional map/);
  });

  test('hover speaks the language the ppb.bahasa setting asks for', async () => {
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { ppb: { bahasa: 'id' } } });
    try {
      const unit = await client.connection.sendRequest(HoverRequest.type, at('proses', 'pelaksana: [subbag_umum]', 14));
      assert.match(markdown(unit), /Unit kerja/);
      assert.match(markdown(unit), /Induk: Sekretariat Kecamatan/);
    } finally {
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { ppb: { bahasa: 'en' } } });
    }
  });

  test('definition across files', async () => {
    const found = (await client.connection.sendRequest(DefinitionRequest.type, at('peta', 'pelaksana: camat', 12))) as Location[];
    const line = positionOf(texts.instansi, '  camat:').line;
    assert.deepEqual(found, [{ uri: uris.instansi, range: { start: { line, character: 2 }, end: { line, character: 7 } } }]);
    const map = (await client.connection.sendRequest(DefinitionRequest.type, at('peta', 'proses: KECKLB.06', 9))) as Location[];
    assert.deepEqual(
      map.map((l) => [l.uri, l.range.start.line]),
      [[uris.proses, positionOf(texts.proses, 'kode: KECKLB.06\n').line]],
    );
    assert.deepEqual(await client.connection.sendRequest(DefinitionRequest.type, at('peta', 'nama: Penyediaan', 8)), []);
  });

  test('references across files, with and without the declaration', async () => {
    const params = at('instansi', '  camat:', 3);
    const all = await client.connection.sendRequest(ReferencesRequest.type, { ...params, context: { includeDeclaration: true } });
    const uses = await client.connection.sendRequest(ReferencesRequest.type, { ...params, context: { includeDeclaration: false } });
    assert.equal(all?.length, 6);
    assert.equal(uses?.length, 5);
    assert.deepEqual([...new Set(all?.map((l) => l.uri))].sort(), [uris.instansi, uris.peta, uris.proses].sort());
    assert.ok(uses?.every((l) => !(l.uri === uris.instansi && l.range.start.line === params.position.line)));
  });

  test('a unit renamed in one WorkspaceEdit changes every file, and the model stays clean', async () => {
    const prepared = await client.connection.sendRequest(PrepareRenameRequest.type, at('peta', 'ke: camat', 4));
    const line = positionOf(texts.peta, 'ke: camat').line;
    assert.deepEqual(prepared, { range: { start: { line, character: 8 }, end: { line, character: 13 } }, placeholder: 'camat' });
    const edit = await client.connection.sendRequest(RenameRequest.type, { ...at('peta', 'ke: camat', 4), newName: 'kepala' });
    const changes = edit?.changes ?? {};
    assert.deepEqual(Object.keys(changes).sort(), [uris.instansi, uris.peta, uris.proses].sort());
    assert.equal(Object.values(changes).flat().length, 6);
    // The client applies the edit to the three documents as one step.
    const renamed = {
      instansi: applyTextEdits(texts.instansi, changes[uris.instansi] ?? []),
      proses: applyTextEdits(texts.proses, changes[uris.proses] ?? []),
      peta: applyTextEdits(texts.peta, changes[uris.peta] ?? []),
    };
    for (const key of ['instansi', 'proses', 'peta'] as const) {
      assert.doesNotMatch(renamed[key], /\bcamat\b/);
      await client.open(uris[key], renamed[key]);
    }
    await client.settle();
    for (const uri of Object.values(uris)) assert.deepEqual(client.diagnostics.get(uri), [], uri);
    // Undo: the original texts again.
    for (const key of ['instansi', 'proses', 'peta'] as const) await client.change(uris[key], texts[key], 2);
    await client.settle();
    for (const uri of Object.values(uris)) assert.deepEqual(client.diagnostics.get(uri), [], uri);
    for (const uri of Object.values(uris)) await client.close(uri);
  });

  test('a refused rename answers an error that says why, in the user language', async () => {
    await assert.rejects(
      client.connection.sendRequest(RenameRequest.type, { ...at('peta', 'ke: camat', 4), newName: 'sekretariat' }),
      (e: { code?: number; message?: string }) =>
        e.code === -32803 && e.message === '`sekretariat` is already taken by unit Sekretariat Kecamatan. Choose another name.',
    );
    await assert.rejects(
      client.connection.sendRequest(RenameRequest.type, { ...at('proses', 'kode: KECKLB.06.03', 8), newName: 'KECKLB.05.03' }),
      (e: { message?: string }) => /only the last segment, a number, may change/.test(e.message ?? ''),
    );
    assert.equal(await client.connection.sendRequest(PrepareRenameRequest.type, at('peta', 'nama: Penyediaan', 8)), null);
  });

  test('document symbols: processes > sub-processes, and the organisation tree', async () => {
    const proses = (await client.connection.sendRequest(DocumentSymbolRequest.type, {
      textDocument: { uri: uris.proses },
    })) as DocumentSymbol[];
    assert.deepEqual(
      proses.map((s) => [s.name, s.detail, s.children?.map((c) => c.name)]),
      [['KECKLB.06', 'Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', ['KECKLB.06.03', 'KECKLB.06.04']]],
    );
    const top = proses[0];
    assert.ok(top && top.range.start.line <= top.selectionRange.start.line && top.selectionRange.end.line <= top.range.end.line);
    const instansi = (await client.connection.sendRequest(DocumentSymbolRequest.type, {
      textDocument: { uri: uris.instansi },
    })) as DocumentSymbol[];
    const camat = instansi.find((s) => s.name === 'camat');
    assert.deepEqual(
      camat?.children?.map((c) => [c.name, c.children?.map((g) => g.name)]),
      [['sekretariat', ['subbag_umum']]],
    );
    const peta = (await client.connection.sendRequest(DocumentSymbolRequest.type, {
      textDocument: { uri: uris.peta },
    })) as DocumentSymbol[];
    assert.deepEqual(
      peta.map((s) => [s.name, s.children?.length]),
      [
        ['KECKLB.06.03.CFM.02', 5],
        ['KECKLB.06.04.CFM.01', 4],
      ],
    );
  });

  test('workspace symbols: a name or a code, any case, across all files', async () => {
    const found = (await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'logistik' })) as SymbolInformation[];
    assert.deepEqual(
      found.map((s) => [s.name, s.location.uri, s.containerName]),
      [
        ['KECKLB.06.03.CFM.02 Penyediaan Bahan Logistik Kantor', uris.peta, undefined],
        ['susun Menyusun daftar kebutuhan bahan logistik', uris.peta, 'KECKLB.06.03.CFM.02'],
      ],
    );
    const code = (await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'KECKLB.06.03' })) as SymbolInformation[];
    assert.deepEqual(code.map((s) => s.location.uri).sort(), [uris.peta, uris.proses].sort());
  });

  test('a YAML file outside the model, and a position past the end, get no answer', async () => {
    const plain = model.uri('bukan-ppb.yaml');
    await client.open(plain, 'pelaksana: camat\n');
    assert.equal(
      await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: plain }, position: { line: 0, character: 12 } }),
      null,
    );
    assert.equal(
      await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: plain }, position: { line: 0, character: 12 } }),
      null,
    );
    assert.equal(await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: plain } }), null);
    await client.close(plain);
    assert.equal(
      await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: uris.peta }, position: { line: 9999, character: 0 } }),
      null,
    );
  });

  test('half-written YAML: answers from what the text holds and the last good model, and no crash', async () => {
    const broken = `${texts.peta}  - dari: [camat\n`;
    await client.open(uris.peta, broken);
    await client.waitFor(uris.peta, (d) => d.some((x) => x.code === 'PPB001'));
    const hover = await client.connection.sendRequest(HoverRequest.type, at('peta', 'pelaksana: subbag_umum', 13));
    assert.match(markdown(hover), /Subbagian Umum dan Kepegawaian/);
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, {
      textDocument: { uri: uris.peta },
    })) as DocumentSymbol[];
    assert.ok(symbols.length >= 2);
    await assert.rejects(
      client.connection.sendRequest(RenameRequest.type, { ...at('instansi', '  camat:', 3), newName: 'kepala' }),
      (e: { message?: string }) => /kecklb-06\.ppb\.yaml has a YAML syntax error/.test(e.message ?? ''),
    );
    // Every position of the broken file, for every request: answers or nulls, never an error.
    const lines = broken.split('\n');
    for (let line = 0; line < lines.length; line += 3) {
      const position = { line, character: 9 };
      const textDocument = { uri: uris.peta };
      await client.connection.sendRequest(HoverRequest.type, { textDocument, position });
      await client.connection.sendRequest(DefinitionRequest.type, { textDocument, position });
      await client.connection.sendRequest(ReferencesRequest.type, { textDocument, position, context: { includeDeclaration: true } });
      await client.connection
        .sendRequest(PrepareRenameRequest.type, { textDocument, position })
        .catch((e: { code?: number }) => assert.equal(e.code, -32803));
    }
    await client.change(uris.peta, texts.peta, 2);
    await client.waitFor(uris.peta, (d) => d.length === 0);
    await client.close(uris.peta);
  });
});
