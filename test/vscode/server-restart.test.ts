// The language client's answer to a crash (client/src/extension.ts, restartHandler): the server
// process is killed for real and the client, not the test, starts another. Giving up after too
// many crashes leaves the server stopped: test/code-server/e2e.test.ts checks that, last.
import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { languageServers } from '../support/server-processes';
import { codeOf, hoverText, listDiagnostics, openSample, positionOf, ppbDiagnostics, replaceText, waitFor } from './helpers';

const FILE = 'peta-lintas-fungsi/kecklb-06.ppb.yaml';
const GOOD = 'pelaksana: subbag_umum\n        masukan: [SK kenaikan pangkat';
const BROKEN = 'pelaksana: subbag_umun\n        masukan: [SK kenaikan pangkat';

describe('the language server, killed', () => {
  it('is started again by the client, which sends it the open files: an unsaved error is cleared, then marked again, and hovers answer', async () => {
    const { document: doc } = await openSample(FILE);
    // Unsaved: only the client, re-sending the open files, can give it to a new server.
    await replaceText(doc, GOOD, BROKEN);
    const explain = (): string => listDiagnostics(doc.uri);
    const marked = (): boolean => ppbDiagnostics(doc.uri).some((d) => codeOf(d) === 'PPB207' && doc.getText(d.range) === 'subbag_umun');
    await waitFor('PPB207 on the misspelt unit', marked, explain);
    const servers = await waitFor("the language server among the extension host's children", () => {
      const found = languageServers(process.pid);
      return found.length > 0 && found;
    });
    const [first] = servers;
    assert.ok(first !== undefined && servers.length === 1, `one language server (${servers.join(', ')})`);

    // The clearing may last only until the new server answers: caught as it happens.
    let cleared = false;
    const watch = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === doc.uri.toString()) && ppbDiagnostics(doc.uri).length === 0) cleared = true;
    });
    try {
      process.kill(first, 'SIGKILL');
      await waitFor('the diagnostics of the dead server to be cleared', () => cleared, explain);
      const second = await waitFor(
        'a new language server',
        () => languageServers(process.pid).find((pid) => pid !== first),
        () => `servers: ${languageServers(process.pid).join(', ') || 'none'}`,
      );
      assert.ok(!languageServers(process.pid).includes(first), 'the killed server is gone');
      await waitFor(`PPB207 again, from the new server (${second})`, marked, explain);
    } finally {
      watch.dispose();
    }
    const at = positionOf(doc, 'pelaksana: subbag_umum', 'pelaksana: '.length + 3);
    let shown = '';
    await waitFor(
      'a hover on subbag_umum from the new server',
      async () => {
        shown = hoverText((await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at)) ?? []);
        return shown.includes('Subbagian Umum dan Kepegawaian');
      },
      () =>
        `hover "${shown}" at ${at.line + 1}:${at.character + 1}, servers: ${languageServers(process.pid).join(', ') || 'none'}, ${listDiagnostics(doc.uri)}`,
    );
  });
});
