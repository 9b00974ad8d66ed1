// Hover, completion, go to definition and rename, through VS Code's own commands: what the
// editor shows the user. The language server provides them (server/src/lsp/*-handlers.ts).
import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { codeOf, hoverText, openSample, positionOf, ppbDiagnostics, sample, waitFor } from './helpers';

const FILE = 'peta-lintas-fungsi/kecklb-06.ppb.yaml';
/** The performer of the first step of KECKLB.06.01.CFM.01 (line 15). */
const STEP_PERFORMER = 'pelaksana: subbag_umum\n        masukan: [SK kenaikan pangkat';
const VALUE = 'pelaksana: '.length;

const targetOf = (l: vscode.Location | vscode.LocationLink): { uri: vscode.Uri; range: vscode.Range } =>
  'targetUri' in l ? { uri: l.targetUri, range: l.targetSelectionRange ?? l.targetRange } : { uri: l.uri, range: l.range };

describe('language features', () => {
  it('hover on a unit id shows the unit', async () => {
    const { document: doc } = await openSample(FILE);
    const at = positionOf(doc, STEP_PERFORMER, VALUE + 3);
    const text = await waitFor('a hover on subbag_umum', async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at);
      const shown = hoverText(hovers ?? []);
      return shown.includes('Subbagian Umum dan Kepegawaian') && shown;
    });
    assert.match(text, /Subbagian Umum dan Kepegawaian/);
  });

  it('completion on a pelaksana value offers the unit ids', async () => {
    const { document: doc } = await openSample(FILE);
    const at = positionOf(doc, STEP_PERFORMER, VALUE);
    const labels = await waitFor('unit ids among the completions', async () => {
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, at);
      // Words of the document (kind Text) are not the server's answer.
      const ours = (list?.items ?? [])
        .filter((i) => i.kind !== vscode.CompletionItemKind.Text)
        .map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
      return ours.includes('subbag_keuangan') && ours;
    });
    for (const unit of ['subbag_umum', 'subbag_keuangan', 'sekretariat', 'camat'])
      assert.ok(labels.includes(unit), `${unit} is offered (got ${labels.slice(0, 20).join(', ')})`);
  });

  it('go to definition of a unit id lands on its declaration in instansi.ppb.yaml', async () => {
    const { document: doc } = await openSample(FILE);
    const at = positionOf(doc, STEP_PERFORMER, VALUE + 3);
    const found = await waitFor('a definition of subbag_umum', async () => {
      const result = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
        'vscode.executeDefinitionProvider',
        doc.uri,
        at,
      );
      return result && result.length > 0 && result.map(targetOf);
    });
    assert.equal(found.length, 1, 'one declaration');
    const target = found[0]!;
    assert.equal(target.uri.toString(), sample('instansi.ppb.yaml').toString());
    const instansi = await vscode.workspace.openTextDocument(target.uri);
    assert.equal(target.range.start.line, positionOf(instansi, '  subbag_umum:\n').line);
    assert.equal(
      instansi.getText(new vscode.Range(target.range.start, target.range.start.translate(0, 'subbag_umum'.length))),
      'subbag_umum',
    );
  });

  it('rename of a unit id edits every file of the model', async () => {
    const { document: doc } = await openSample(FILE);
    const at = positionOf(doc, STEP_PERFORMER, VALUE + 3);
    const edit = await waitFor('a rename edit', async () => {
      const e = await vscode.commands.executeCommand<vscode.WorkspaceEdit | undefined>(
        'vscode.executeDocumentRenameProvider',
        doc.uri,
        at,
        'subbag_umpeg',
      );
      return e && e.size > 0 && e;
    });
    const perFile = new Map(edit.entries().map(([uri, edits]) => [vscode.workspace.asRelativePath(uri), edits]));
    // samples/klambu: the declaration, 5 references in proses.ppb.yaml, 101 in kecklb-06.
    assert.deepEqual([...perFile].map(([f, e]) => [f, e.length]).sort(), [
      ['instansi.ppb.yaml', 1],
      ['peta-lintas-fungsi/kecklb-06.ppb.yaml', 101],
      ['proses.ppb.yaml', 5],
    ]);
    for (const [file, edits] of perFile) {
      const d = await vscode.workspace.openTextDocument(sample(file));
      for (const e of edits) {
        assert.equal(d.getText(e.range), 'subbag_umum', `${file}:${e.range.start.line + 1} replaces the id itself`);
        assert.equal(e.newText, 'subbag_umpeg');
      }
    }
    assert.ok(await vscode.workspace.applyEdit(edit), 'VS Code applies the rename');
    const files = [...perFile.keys()].map(sample);
    await waitFor('the renamed model to check clean', () => files.every((f) => !ppbDiagnostics(f).some((d) => codeOf(d) === 'PPB207')));
    // Back to the sample's text for the tests after this one.
    const back = await vscode.commands.executeCommand<vscode.WorkspaceEdit>(
      'vscode.executeDocumentRenameProvider',
      doc.uri,
      at,
      'subbag_umum',
    );
    assert.ok(back && (await vscode.workspace.applyEdit(back)));
    assert.equal(doc.getText().includes('subbag_umpeg'), false);
  });
});
