import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { EXTENSION_ID, openSample } from './helpers';

describe('activation', () => {
  it('activates on a Klambu map and registers every command it contributes', async () => {
    await openSample('instansi.ppb.yaml');
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext?.isActive, 'the extension is active');
    const contributed = (ext.packageJSON as { contributes: { commands: { command: string }[] } }).contributes.commands.map(
      (c) => c.command,
    );
    assert.ok(contributed.includes('ppb.preview.open'));
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepEqual(
      contributed.filter((c) => !registered.has(c)),
      [],
      'every contributed command is registered',
    );
  });

  it("the walkthrough's first step opens a cross-functional map of the workspace", async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('ppb.walkthrough.openMap');
    const doc = vscode.window.activeTextEditor?.document;
    assert.ok(doc, 'an editor is open');
    assert.match(doc.uri.path, /\.ppb\.yaml$/);
    assert.match(doc.getText(), /^peta_lintas_fungsi:/m);
  });

  it('leaves the files as YAML, so other YAML tools keep working', async () => {
    const editor = await openSample('proses.ppb.yaml');
    assert.equal(editor.document.languageId, 'yaml');
  });
});
