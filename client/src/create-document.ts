import * as vscode from 'vscode';
import { isPpbFileName } from '../../server/src/protocol/ppb-files';
import { offerToSave, pickModelFolder, runCliProcess } from './cli-process';
import { documentFormat } from '../../server/src/protocol/document-format';
import { DEFAULT_DOCUMENT_NAME, documentArgs } from './document-target';
import { say, userLang } from './lang';
import type { PpbLanguageServer } from './language-server';
import { TEXT } from './texts';

const exists = (uri: vscode.Uri): Thenable<boolean> =>
  Promise.resolve(vscode.workspace.fs.stat(uri)).then(
    () => true,
    () => false,
  );

/** The errors the language server reports in the folder's PPB files (0 when it reports none yet). */
function errorsIn(folder: vscode.WorkspaceFolder): number {
  return vscode.languages
    .getDiagnostics()
    .filter(([uri]) => isPpbFileName(uri.path) && vscode.workspace.getWorkspaceFolder(uri) === folder)
    .reduce((n, [, ds]) => n + ds.filter((d) => d.source === 'ppb' && d.severity === vscode.DiagnosticSeverity.Error).length, 0);
}

/** How `ppb dokumen` ended: its exit code and its last line of output (why it failed, if it did). */
interface Outcome {
  readonly code: number;
  readonly lastLine: string;
  readonly cancelled: boolean;
}

/** `ppb dokumen` run under a cancellable notification showing its progress lines. */
function runDocument(
  extensionUri: vscode.Uri,
  folder: vscode.WorkspaceFolder,
  out: vscode.Uri,
  force: boolean,
  draft: boolean,
  log: vscode.LogOutputChannel,
): Thenable<Outcome> {
  const args = documentArgs({ folder: folder.uri.fsPath, out: out.fsPath, lang: userLang(), force, draft });
  log.info(`Document of ${folder.uri.fsPath} to ${out.fsPath}${draft ? ' (draft)' : ''}`);
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: say(draft ? TEXT.creatingDraft : TEXT.creatingDocument), cancellable: true },
    async (progress, token) => {
      let lastLine = '';
      const code = await runCliProcess(
        extensionUri,
        folder.uri.fsPath,
        args,
        log,
        {
          report: (value) => {
            lastLine = value.message ?? lastLine;
            progress.report(value);
          },
        },
        token,
      );
      return { code, lastLine, cancelled: token.isCancellationRequested };
    },
  );
}

/** The written document: open it, or show it where it is. */
async function offerWritten(out: vscode.Uri, draft: boolean): Promise<void> {
  const message = say(draft ? TEXT.draftCreated(out.fsPath) : TEXT.documentCreated(out.fsPath));
  // Only a desktop VS Code on the same machine can open the file or show it in the OS's file manager.
  if (vscode.env.remoteName !== undefined || vscode.env.uiKind !== vscode.UIKind.Desktop) {
    const reveal = say(TEXT.revealInExplorer);
    if ((await vscode.window.showInformationMessage(message, reveal)) === reveal)
      await vscode.commands.executeCommand('revealInExplorer', out);
    return;
  }
  const open = say(TEXT.openDocument);
  const reveal = say(TEXT.revealInOs);
  const answer = await vscode.window.showInformationMessage(message, open, reveal);
  if (answer === open) await vscode.env.openExternal(out);
  else if (answer === reveal) await vscode.commands.executeCommand('revealFileInOS', out);
}

/**
 * `ppb.document.create`: the Peta Proses Bisnis document (.docx or .pdf) of a workspace folder's
 * model, written by `ppb dokumen` to a file the user picks. A model with errors gives no
 * document; the user may then ask for a draft, marked DRAF.
 */
export async function createDocument(extensionUri: vscode.Uri, log: vscode.LogOutputChannel, server?: PpbLanguageServer): Promise<void> {
  const folder = await pickModelFolder(TEXT.documentWhichFolder, TEXT.documentNoFolder);
  if (!folder) return;
  if (!(await offerToSave(folder, { unsaved: TEXT.documentUnsaved, saveFirst: TEXT.saveAndCreate, useSaved: TEXT.createFromSaved })))
    return;
  const out = await vscode.window.showSaveDialog({
    defaultUri: vscode.Uri.joinPath(folder.uri, DEFAULT_DOCUMENT_NAME),
    filters: { 'Word (DOCX)': ['docx'], PDF: ['pdf'] },
    saveLabel: say(TEXT.documentSaveLabel),
    title: say(TEXT.documentSaveTitle),
  });
  if (!out) return;
  if (!documentFormat(out.path)) {
    void vscode.window.showErrorMessage(say(TEXT.documentBadName(out.fsPath)));
    return;
  }
  // The save dialog has asked before replacing the file.
  const force = await exists(out);
  let draft = false;
  for (;;) {
    let outcome: Outcome;
    try {
      outcome = await runDocument(extensionUri, folder, out, force, draft, log);
    } catch (err) {
      const detail = err instanceof Error ? err.message : String(err);
      log.error(`The document could not be created: ${detail}`);
      void vscode.window.showErrorMessage(say(TEXT.documentCouldNotRun(detail)));
      return;
    }
    const { code, lastLine, cancelled } = outcome;
    log.info(`ppb dokumen ended with exit code ${code}`);
    if (cancelled) return;
    if (code === 0) return offerWritten(out, draft);
    if (code === 1 && !draft) {
      const problems = say(TEXT.showProblems);
      const createDraft = say(TEXT.createDraft);
      const answer = await vscode.window.showErrorMessage(say(TEXT.modelHasErrors(errorsIn(folder))), problems, createDraft);
      if (answer === problems) {
        // The Problems view lists what the language server finds.
        if (server) void server.start().then(undefined, () => undefined);
        await vscode.commands.executeCommand('workbench.actions.view.problems');
      }
      if (answer !== createDraft) return;
      draft = true;
      continue;
    }
    const showLog = say(TEXT.showLog);
    // The CLI's own errors start with "ppb:"; anything else (a stack frame) is left to the log.
    const reason = /^ppb:\s*(.+)$/.exec(lastLine)?.[1] ?? '';
    if ((await vscode.window.showErrorMessage(say(TEXT.documentFailed(code, reason)), showLog)) === showLog) log.show(true);
    return;
  }
}
