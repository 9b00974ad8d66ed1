import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { CompletionItem, CompletionList, Position, TextEdit } from 'vscode-languageserver-protocol';
import { LspTestClient } from '../support/lsp-client';
import { expandSnippet } from '../support/snippet-text';
import { REPO, TempModel } from '../support/temp-model';

/** A model of several files written by someone else from FORMAT.md alone. */
const DINKES = path.join(REPO, 'test/fixtures/judged/valid-dinkes-split');

/** The text with `|` removed, and the LSP position where it stood. */
function caret(marked: string): { text: string; position: Position } {
  const at = marked.indexOf('|');
  const before = marked.slice(0, at).split('\n');
  return {
    text: marked.slice(0, at) + marked.slice(at + 1),
    position: { line: before.length - 1, character: (before[before.length - 1] ?? '').length },
  };
}

function insert(text: string, after: string, added: string): string {
  const at = text.indexOf(after);
  assert.ok(at >= 0, `"${after}" not in the fixture`);
  return text.slice(0, at + after.length) + added + text.slice(at + after.length);
}

const SNIPPETS = {
  workspace: { didChangeWatchedFiles: { dynamicRegistration: true } },
  textDocument: { completion: { completionItem: { snippetSupport: true } } },
};

describe('completion over stdio, on a multi-file model written by someone else', () => {
  let model: TempModel;
  let client: LspTestClient;
  const versions = new Map<string, number>();

  before(async () => {
    model = TempModel.fromFolder(DINKES);
    client = await LspTestClient.start({ folders: [model.dir], locale: 'en', capabilities: SNIPPETS });
    await client.waitFor(model.uri('proses/level0.ppb.yaml'));
  });
  after(async () => {
    await client.stop();
    model.dispose();
  });

  /** Opens (or changes) `file` to the marked text and asks for completion where `|` stands. */
  async function completeIn(
    file: string,
    marked: string,
    trigger?: string,
  ): Promise<{ items: CompletionItem[]; text: string; position: Position }> {
    const uri = model.uri(file);
    const { text, position } = caret(marked);
    const version = (versions.get(uri) ?? 0) + 1;
    versions.set(uri, version);
    if (version === 1) await client.open(uri, text, version);
    else await client.change(uri, text, version);
    const context = trigger ? { triggerKind: 2, triggerCharacter: trigger } : { triggerKind: 1 };
    const list = await client.connection.sendRequest<CompletionList | null>('textDocument/completion', {
      textDocument: { uri },
      position,
      context,
    });
    return { items: list?.items ?? [], text, position };
  }

  test('the server offers completion, opened by a space, a dot and a dash', () => {
    assert.deepEqual(client.initializeResult?.capabilities.completionProvider?.triggerCharacters, [' ', '.', '-']);
  });

  test("unit ids with their names; a step's lanes first", async () => {
    const original = readFileSync(path.join(DINKES, 'peta/pendukung/keuangan.ppb.yaml'), 'utf8');
    const marked = insert(
      original,
      '        keluaran: [Draf SPM terparaf]\n',
      '        lanjut: sah\n      - nama: Mengarsipkan SPM\n        pelaksana: |\n',
    );
    const { items, position } = await completeIn('peta/pendukung/keuangan.ppb.yaml', marked, ' ');
    const byLabel = new Map(items.map((i) => [i.label, i]));
    assert.equal(byLabel.get('seksi_perizinan')?.detail, 'Seksi Perizinan dan Akreditasi Fasilitas Kesehatan');
    assert.equal(byLabel.get('bidang_yankes')?.detail, 'Bidang Pelayanan dan Sumber Daya Kesehatan');
    const sorted = [...items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? '')).map((i) => i.label);
    assert.deepEqual(sorted.slice(0, 3), ['subbag_keuangan', 'sekretariat', 'kadinkes']);
    const edit = byLabel.get('kadinkes')?.textEdit as TextEdit | undefined;
    assert.deepEqual(edit?.range, { start: position, end: position });
    assert.equal(edit?.newText, 'kadinkes');
    assert.equal(byLabel.get('kadinkes')?.kind, 18);
  });

  test('the next free code on a blank line of a sub-process list, with the gaps kept', async () => {
    const original = readFileSync(path.join(DINKES, 'proses/level0.ppb.yaml'), 'utf8');
    const marked = insert(original, '        keluaran: [Surat rekomendasi]\n', '      |\n');
    const { items } = await completeIn('proses/level0.ppb.yaml', marked);
    const first = items[0];
    assert.equal(first?.label, 'new sub-process');
    assert.equal(first?.insertTextFormat, 2);
    const edit = first?.textEdit as TextEdit;
    const { text, stops } = expandSnippet(edit.newText);
    assert.equal(stops[0]?.placeholder, 'DINKESGBG.01.06');
    assert.match(text, /^- kode: DINKESGBG\.01\.06\n {8}nama: \n/);

    const typed = insert(original, '        keluaran: [Surat rekomendasi]\n', '      - kode: |\n');
    const code = (await completeIn('proses/level0.ppb.yaml', typed, ' ')).items[0];
    assert.equal(code?.label, 'DINKESGBG.01.06');
    assert.equal(code?.preselect, true);
  });

  test('enum values with their meaning, mid-word, replacing the whole word', async () => {
    const original = readFileSync(path.join(DINKES, 'proses/level0.ppb.yaml'), 'utf8');
    const marked = original.replace('kategori: utama\n    sasaran: [SS.1.1]', 'kategori: ut|ma\n    sasaran: [SS.1.1]');
    const { items, position } = await completeIn('proses/level0.ppb.yaml', marked);
    const utama = items.find((i) => i.label === 'utama');
    assert.match((utama?.documentation as { value: string } | undefined)?.value ?? '', /^Core process/);
    assert.deepEqual((utama?.textEdit as TextEdit).range, {
      start: { line: position.line, character: position.character - 2 },
      end: { line: position.line, character: position.character + 2 },
    });
  });

  test('a file that does not parse still gets keys and ids', async () => {
    const original = readFileSync(path.join(DINKES, 'proses/level0.ppb.yaml'), 'utf8');
    const marked = insert(original, '    pelanggan: [puskesmas]\n', '    pemasok: [puskesmas, "unclosed\n    pel|\n');
    const uri = model.uri('proses/level0.ppb.yaml');
    const { items } = await completeIn('proses/level0.ppb.yaml', marked);
    await client.waitFor(uri, (d) => d.some((x) => x.code === 'PPB001'));
    assert.ok(
      items.some((i) => i.label === 'pelaksana'),
      items.map((i) => i.label).join(', '),
    );
    const ids = await completeIn(
      'proses/level0.ppb.yaml',
      insert(original, '    pelanggan: [puskesmas]\n', '    pemasok: [puskesmas, "unclosed\n    pelaksana: [|]\n'),
    );
    assert.ok(ids.items.some((i) => i.label === 'bidang_p2p' && i.detail === 'Bidang Pencegahan dan Pengendalian Penyakit'));
  });
});

describe('completion for a plain client in Indonesian, without snippets', () => {
  let model: TempModel;
  let client: LspTestClient;

  before(async () => {
    model = TempModel.fromFolder(DINKES);
    client = await LspTestClient.start({ folders: [model.dir], locale: 'id' });
    await client.waitFor(model.uri('proses/level0.ppb.yaml'));
  });
  after(async () => {
    await client.stop();
    model.dispose();
  });

  test('texts in Indonesian, and a new item as plain text with its next free code', async () => {
    const uri = model.uri('proses/pendukung.ppb.yaml');
    const original = readFileSync(path.join(DINKES, 'proses/pendukung.ppb.yaml'), 'utf8');
    const { text, position } = caret(insert(original, '        keluaran: [Laporan keuangan]\n', '      - |\n'));
    await client.open(uri, text);
    const list = await client.connection.sendRequest<CompletionList | null>('textDocument/completion', { textDocument: { uri }, position });
    const items = list?.items ?? [];
    const snippet = items.find((i) => i.label === 'sub proses baru');
    assert.ok(snippet, items.map((i) => i.label).join(', '));
    assert.equal(snippet.insertTextFormat, 1);
    assert.match((snippet.textEdit as TextEdit).newText, /^kode: DINKESGBG\.04\.03\n {8}nama: \n {8}pelaksana: \[\]\n/);
    assert.equal(items.find((i) => i.label === 'pelanggan')?.detail, 'Pelanggan');
  });
});
