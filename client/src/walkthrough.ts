import * as vscode from 'vscode';
import { say } from './lang';
import { TEXT } from './texts';
import { isPpbFileName, PPB_GLOB } from '../../server/src/protocol/ppb-files';

/** Set once a PPB file had an error and has none again: the walkthrough's "fix a mistake" step is done. */
export const MISTAKE_FIXED_CONTEXT = 'ppb.walkthrough.mistakeFixed';

const hasError = (uri: vscode.Uri): boolean =>
  vscode.languages.getDiagnostics(uri).some((d) => d.source === 'ppb' && d.severity === vscode.DiagnosticSeverity.Error);

/** Watches PPB's diagnostics: a file that had an error and has none again completes the step. */
export function watchMistakes(): vscode.Disposable {
  const broken = new Set<string>();
  return vscode.languages.onDidChangeDiagnostics((e) => {
    for (const uri of e.uris.filter((uri) => isPpbFileName(uri.path))) {
      const key = uri.toString();
      if (hasError(uri)) broken.add(key);
      else if (broken.delete(key)) void vscode.commands.executeCommand('setContext', MISTAKE_FIXED_CONTEXT, true);
    }
  });
}

/** A file of the model, preferring one that holds cross-functional maps (the richest to look at). */
async function sampleMap(): Promise<vscode.Uri | undefined> {
  const files = await vscode.workspace.findFiles(PPB_GLOB, '**/node_modules/**', 200);
  const sorted = [...files].sort((a, b) => a.path.localeCompare(b.path));
  for (const uri of sorted) {
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    if (/^peta_lintas_fungsi:/m.test(text)) return uri;
  }
  return sorted[0];
}

/**
 * The walkthrough's first step: a map of the workspace opened in the editor; with no PPB file
 * in the workspace, the Klambu sample written into a folder the user picks, then opened.
 */
export async function openSampleMap(extensionUri: vscode.Uri): Promise<void> {
  const found = await sampleMap();
  if (found) {
    await vscode.window.showTextDocument(found);
    return;
  }
  const create = say(TEXT.createSample);
  const answer = await vscode.window.showInformationMessage(say(TEXT.noModelHere), create);
  if (answer === create) await createSample(extensionUri);
}

/**
 * `ppb.sample.create`: the Klambu sample (shipped in the extension) written as `klambu/` into a
 * folder the user picks, then that folder opened. An existing `klambu/` is never written over.
 */
export async function createSample(extensionUri: vscode.Uri): Promise<void> {
  const picked = await vscode.window.showOpenDialog({
    canSelectFiles: false,
    canSelectFolders: true,
    canSelectMany: false,
    openLabel: say(TEXT.createSampleHere),
    title: say(TEXT.createSampleTitle),
  });
  const parent = picked?.[0];
  if (!parent) return;
  const target = vscode.Uri.joinPath(parent, 'klambu');
  const exists = await Promise.resolve(vscode.workspace.fs.stat(target)).then(
    () => true,
    () => false,
  );
  if (exists) {
    void vscode.window.showWarningMessage(say(TEXT.sampleExists(target.fsPath)));
    return;
  }
  // Copied into a temporary name, then renamed: the sample is whole or absent.
  const partial = vscode.Uri.joinPath(parent, `.klambu-${Date.now()}.partial`);
  try {
    await vscode.workspace.fs.copy(vscode.Uri.joinPath(extensionUri, 'samples', 'klambu'), partial, { overwrite: false });
    await vscode.workspace.fs.rename(partial, target, { overwrite: false });
  } catch (err) {
    await Promise.resolve(vscode.workspace.fs.delete(partial, { recursive: true })).then(undefined, () => undefined);
    void vscode.window.showErrorMessage(say(TEXT.sampleFailed(target.fsPath, err instanceof Error ? err.message : String(err))));
    return;
  }
  await vscode.commands.executeCommand('vscode.openFolder', target, { forceNewWindow: false });
}
