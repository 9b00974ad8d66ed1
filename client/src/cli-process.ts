import { fork } from 'node:child_process';
import * as vscode from 'vscode';
import type { Localized } from '../../server/src/protocol/language';
import { isPpbFileName } from '../../server/src/protocol/ppb-files';
import { say } from './lang';

/**
 * The workspace folder whose model the CLI reads: the only one, or the one the user picks.
 * With no folder open, `noFolder` is shown; undefined when there is none or the pick is dismissed.
 */
export async function pickModelFolder(which: Localized, noFolder: Localized): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const folder = folders.length > 1 ? await vscode.window.showWorkspaceFolderPick({ placeHolder: say(which) }) : folders[0];
  if (!folder && folders.length === 0) void vscode.window.showWarningMessage(say(noFolder));
  return folder;
}

/** The buttons and message of `offerToSave`. */
export interface SaveOffer {
  /** The message, given how many files have unsaved changes. */
  readonly unsaved: (n: number) => Localized;
  readonly saveFirst: Localized;
  readonly useSaved: Localized;
}

/**
 * The CLI reads the files on disk: unsaved edits of the folder's PPB files are offered to be
 * saved first. False when the user dismisses the question.
 */
export async function offerToSave(folder: vscode.WorkspaceFolder, offer: SaveOffer): Promise<boolean> {
  const dirty = vscode.workspace.textDocuments.filter(
    (d) => d.isDirty && isPpbFileName(d.uri.path) && vscode.workspace.getWorkspaceFolder(d.uri) === folder,
  );
  if (dirty.length === 0) return true;
  const save = say(offer.saveFirst);
  const answer = await vscode.window.showWarningMessage(say(offer.unsaved(dirty.length)), { modal: true }, save, say(offer.useSaved));
  if (answer === undefined) return false;
  if (answer === save) await Promise.all(dirty.map((d) => d.save()));
  return true;
}

/**
 * The `ppb` CLI in a process of its own (`dist/cli-standalone.js`, the CLI with its dependencies
 * inside): the extension host holds no model and loads no browser driver. `args` start with the
 * verb. Its output lines go to the notification and the log; cancelling stops it. Resolves with
 * its exit code (130 when stopped by a signal).
 */
export function runCliProcess(
  extensionUri: vscode.Uri,
  cwd: string,
  args: readonly string[],
  log: vscode.LogOutputChannel,
  progress: vscode.Progress<{ message?: string }>,
  token: vscode.CancellationToken,
): Promise<number> {
  const cli = vscode.Uri.joinPath(extensionUri, 'dist', 'cli-standalone.js').fsPath;
  return new Promise((resolve, reject) => {
    const child = fork(cli, [...args], { cwd, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
    let pending = '';
    const onData = (chunk: Buffer): void => {
      pending += chunk.toString('utf8');
      const lines = pending.split(/\r?\n/);
      pending = lines.pop() ?? '';
      for (const line of lines.filter((l) => l.trim() !== '')) {
        log.info(line);
        progress.report({ message: line });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    const cancel = token.onCancellationRequested(() => child.kill());
    child.once('error', (err) => {
      cancel.dispose();
      reject(err);
    });
    // 'close', not 'exit': the last lines of output are read by then.
    child.once('close', (code, signal) => {
      cancel.dispose();
      if (pending.trim() !== '') {
        log.info(pending);
        progress.report({ message: pending });
      }
      resolve(code ?? (signal ? 130 : 1));
    });
  });
}
