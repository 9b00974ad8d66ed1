import { existsSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { runExport, type ExportFormat } from '../../server/src/cli/export';
import { exportFiles } from '../../server/src/cli/file-name';
import { loadModel, modelsOf } from '../../server/src/cli/load-model';
import { PpbWorkspace, type Localized } from '../../server/src/service';
import type { ExportFolder } from './export-folder';
import { say, userLang } from './lang';
import { exportScale } from './preview/export';
import { TEXT } from './texts';

/** The files `ppb export` would write in `out` that are already there. */
async function existingTargets(folder: string, out: string, format: ExportFormat): Promise<string[]> {
  const problems: Localized[] = [];
  const ws = new PpbWorkspace();
  await loadModel(ws, (await modelsOf([folder], problems, folder)).flat(), problems, folder);
  return exportFiles(out, ws.diagrams().list().map((d) => d.exportName), format).filter((f) => existsSync(f));
}

/**
 * `ppb.export.all`: every map of a workspace folder into a folder the user picks, by
 * `ppb export` itself (same names, same drawing, files whole or absent). Existing files are
 * replaced only when the user says so. The files on disk are exported: unsaved edits are
 * offered to be saved first.
 */
export async function exportAll(extensionUri: vscode.Uri, log: vscode.LogOutputChannel, exportFolder: ExportFolder): Promise<void> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const folder = folders.length > 1 ? await vscode.window.showWorkspaceFolderPick({ placeHolder: say(TEXT.whichFolder) }) : folders[0];
  if (!folder) {
    if (folders.length === 0) void vscode.window.showWarningMessage(say(TEXT.noFolder));
    return;
  }
  const picked = await vscode.window.showQuickPick(
    [
      { label: 'SVG', description: say(TEXT.formatSvg), format: 'svg' as const },
      { label: 'PNG', description: say(TEXT.formatPng(exportScale())), format: 'png' as const },
      { label: 'Mermaid (.mmd)', description: say(TEXT.formatMmd), format: 'mmd' as const },
    ],
    { placeHolder: say(TEXT.exportEveryAs) },
  );
  if (!picked) return;
  const start = await exportFolder.initial(folder.uri);
  const target = await vscode.window.showOpenDialog({ canSelectFiles: false, canSelectFolders: true, canSelectMany: false, ...(start ? { defaultUri: start } : {}), openLabel: say(TEXT.exportHere) });
  const out = target?.[0];
  if (!out) return;
  await exportFolder.remember(out);
  const dirty = vscode.workspace.textDocuments.filter((d) => d.isDirty && /\.ppb\.ya?ml$/i.test(d.uri.path) && vscode.workspace.getWorkspaceFolder(d.uri) === folder);
  if (dirty.length > 0) {
    const save = say(TEXT.saveAndExport);
    const answer = await vscode.window.showWarningMessage(say(TEXT.unsaved(dirty.length)), { modal: true }, save, say(TEXT.exportSaved));
    if (answer === undefined) return;
    if (answer === save) await Promise.all(dirty.map((d) => d.save()));
  }
  const there = await existingTargets(folder.uri.fsPath, out.fsPath, picked.format);
  if (there.length > 0) {
    const replace = say(TEXT.replace);
    const shown = there.slice(0, 5).map((f) => path.basename(f)).join(', ');
    const answer = await vscode.window.showWarningMessage(say(TEXT.alreadyThere(there.length, out.fsPath, shown)), { modal: true }, replace);
    if (answer !== replace) return;
  }
  log.info(`Export of ${folder.uri.fsPath} to ${out.fsPath} as ${picked.format}`);
  const code = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: say(TEXT.exportingAll) }, (progress) =>
    runExport({
      path: folder.uri.fsPath,
      out: out.fsPath,
      format: picked.format,
      maps: [],
      force: there.length > 0,
      scale: exportScale(),
      lang: userLang(),
      cwd: folder.uri.fsPath,
      chromePath: process.env.CHROME_PATH,
      bundlePath: vscode.Uri.joinPath(extensionUri, 'dist', 'media', 'export.js').fsPath,
      say: (line) => {
        log.info(line);
        progress.report({ message: line });
      },
    }),
  );
  const showLog = say(TEXT.showLog);
  const answer =
    code === 0
      ? await vscode.window.showInformationMessage(say(TEXT.exportedAll(out.fsPath)), showLog)
      : await vscode.window.showErrorMessage(say(TEXT.exportIncomplete(code)), showLog);
  if (answer === showLog) log.show(true);
}
