import { existsSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { runExport, type ExportFormat } from '../../server/src/cli/export';
import { exportFiles } from '../../server/src/cli/file-name';
import { loadModel, modelsOf } from '../../server/src/cli/load-model';
import { PpbWorkspace, type Lang, type Localized } from '../../server/src/service';
import { exportScale } from './preview/export';

/** The language of `ppb export`'s lines: the `ppb.bahasa` setting, else VS Code's. */
function language(): Lang {
  const chosen = vscode.workspace.getConfiguration('ppb').get<string>('bahasa', 'auto');
  if (chosen === 'id' || chosen === 'en') return chosen;
  return vscode.env.language.toLowerCase().startsWith('id') ? 'id' : 'en';
}

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
export async function exportAll(extensionUri: vscode.Uri, log: vscode.LogOutputChannel): Promise<void> {
  const t = vscode.l10n.t;
  const folders = vscode.workspace.workspaceFolders ?? [];
  const folder = folders.length > 1 ? await vscode.window.showWorkspaceFolderPick({ placeHolder: t('Export the maps of which folder?') }) : folders[0];
  if (!folder) {
    if (folders.length === 0) void vscode.window.showWarningMessage(t('PPB: open the folder of a PPB model to export all its maps.'));
    return;
  }
  const picked = await vscode.window.showQuickPick(
    [
      { label: 'SVG', description: t('vector, for documents and further editing'), format: 'svg' as const },
      { label: 'PNG', description: t('picture at {0}× its size', exportScale()), format: 'png' as const },
      { label: 'Mermaid (.mmd)', description: t('the diagram text'), format: 'mmd' as const },
    ],
    { placeHolder: t('Export every map as') },
  );
  if (!picked) return;
  const target = await vscode.window.showOpenDialog({ canSelectFiles: false, canSelectFolders: true, canSelectMany: false, defaultUri: folder.uri, openLabel: t('Export here') });
  const out = target?.[0];
  if (!out) return;
  const dirty = vscode.workspace.textDocuments.filter((d) => d.isDirty && /\.ppb\.ya?ml$/i.test(d.uri.path) && vscode.workspace.getWorkspaceFolder(d.uri) === folder);
  if (dirty.length > 0) {
    const save = t('Save and Export');
    const answer = await vscode.window.showWarningMessage(t('{0} PPB files have unsaved changes; the export reads the files on disk.', dirty.length), { modal: true }, save, t('Export Saved Version'));
    if (answer === undefined) return;
    if (answer === save) await Promise.all(dirty.map((d) => d.save()));
  }
  const there = await existingTargets(folder.uri.fsPath, out.fsPath, picked.format);
  if (there.length > 0) {
    const replace = t('Replace');
    const shown = there.slice(0, 5).map((f) => path.basename(f)).join(', ');
    const answer = await vscode.window.showWarningMessage(t('{0} files already exist in {1} ({2}). Replace them?', there.length, out.fsPath, shown), { modal: true }, replace);
    if (answer !== replace) return;
  }
  log.info(`Export of ${folder.uri.fsPath} to ${out.fsPath} as ${picked.format}`);
  const code = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: t('PPB: exporting every map') }, (progress) =>
    runExport({
      path: folder.uri.fsPath,
      out: out.fsPath,
      format: picked.format,
      maps: [],
      force: there.length > 0,
      scale: exportScale(),
      lang: language(),
      cwd: folder.uri.fsPath,
      chromePath: process.env.CHROME_PATH,
      bundlePath: vscode.Uri.joinPath(extensionUri, 'dist', 'media', 'export.js').fsPath,
      say: (line) => {
        log.info(line);
        progress.report({ message: line });
      },
    }),
  );
  const showLog = t('Show Log');
  const answer =
    code === 0
      ? await vscode.window.showInformationMessage(t('PPB: every map was exported to {0}.', out.fsPath), showLog)
      : await vscode.window.showErrorMessage(t('PPB: the export did not complete (exit code {0}); the log says why.', code), showLog);
  if (answer === showLog) log.show(true);
}
