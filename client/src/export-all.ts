import * as vscode from 'vscode';
import { formatHolds, type ExportFormat } from '../../server/src/protocol/export-format';
import { PPB_GLOB } from '../../server/src/protocol/ppb-files';
import { DiagramsRequest } from '../../server/src/protocol/requests';
import { offerToSave, pickModelFolder, runCliProcess } from './cli-process';
import type { ExportFolder } from './export-folder';
import { say, userLang } from './lang';
import type { PpbLanguageServer } from './language-server';
import { exportScale } from './preview/export';
import { TEXT } from './texts';

const exists = (uri: vscode.Uri): Thenable<boolean> =>
  Promise.resolve(vscode.workspace.fs.stat(uri)).then(
    () => true,
    () => false,
  );

/**
 * The files the export would write in `out` that are already there. The names come from the
 * language server's catalog of the folder's model, the one rule `ppb export` names files by.
 */
async function existingTargets(
  server: PpbLanguageServer,
  folder: vscode.WorkspaceFolder,
  out: vscode.Uri,
  format: ExportFormat,
): Promise<string[]> {
  const [anyFile] = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, PPB_GLOB), '**/node_modules/**', 1);
  if (!anyFile) return [];
  const { diagrams } = await (await server.start()).sendRequest(DiagramsRequest, { uri: anyFile.toString() });
  const names = diagrams.filter((d) => formatHolds(format, d.kind)).map((d) => `${d.exportName}.${format}`);
  const there = await Promise.all(names.map((n) => exists(vscode.Uri.joinPath(out, n))));
  return names.filter((_, i) => there[i]);
}

/**
 * `ppb.export.all`: every map of a workspace folder into a folder the user picks, by
 * `ppb export` itself (same names, same drawing, files whole or absent). Existing files are
 * replaced only when the user says so. The files on disk are exported: unsaved edits are
 * offered to be saved first.
 */
export async function exportAll(
  extensionUri: vscode.Uri,
  log: vscode.LogOutputChannel,
  exportFolder: ExportFolder,
  server: PpbLanguageServer,
): Promise<void> {
  const folder = await pickModelFolder(TEXT.whichFolder, TEXT.noFolder);
  if (!folder) return;
  const picked = await vscode.window.showQuickPick(
    [
      { label: 'SVG', description: say(TEXT.formatSvg), format: 'svg' as const },
      { label: 'PNG', description: say(TEXT.formatPng(exportScale())), format: 'png' as const },
      { label: 'draw.io (.drawio)', description: say(TEXT.formatDrawio), format: 'drawio' as const },
      { label: 'BPMN 2.0 (.bpmn)', description: say(TEXT.formatBpmn), format: 'bpmn' as const },
      { label: 'Mermaid (.mmd)', description: say(TEXT.formatMmd), format: 'mmd' as const },
    ],
    { placeHolder: say(TEXT.exportEveryAs) },
  );
  if (!picked) return;
  const start = await exportFolder.initial(folder.uri);
  const target = await vscode.window.showOpenDialog({
    canSelectFiles: false,
    canSelectFolders: true,
    canSelectMany: false,
    ...(start ? { defaultUri: start } : {}),
    openLabel: say(TEXT.exportHere),
  });
  const out = target?.[0];
  if (!out) return;
  await exportFolder.remember(out);
  if (!(await offerToSave(folder, { unsaved: TEXT.unsaved, saveFirst: TEXT.saveAndExport, useSaved: TEXT.exportSaved }))) return;
  const there = await existingTargets(server, folder, out, picked.format);
  if (there.length > 0) {
    const replace = say(TEXT.replace);
    const answer = await vscode.window.showWarningMessage(
      say(TEXT.alreadyThere(there.length, out.fsPath, there.slice(0, 5).join(', '))),
      { modal: true },
      replace,
    );
    if (answer !== replace) return;
  }
  log.info(`Export of ${folder.uri.fsPath} to ${out.fsPath} as ${picked.format}`);
  const args = [
    folder.uri.fsPath,
    '--out',
    out.fsPath,
    '--format',
    picked.format,
    '--lang',
    userLang(),
    ...(picked.format === 'png' ? ['--scale', String(exportScale())] : []),
    ...(there.length > 0 ? ['--force'] : []),
  ];
  let code: number;
  try {
    code = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: say(TEXT.exportingAll), cancellable: true },
      (progress, token) => runCliProcess(extensionUri, folder.uri.fsPath, ['export', ...args], log, progress, token),
    );
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    log.error(`Export of every map failed: ${detail}`);
    void vscode.window.showErrorMessage(say(TEXT.exportFailed(detail)));
    return;
  }
  const showLog = say(TEXT.showLog);
  const answer =
    code === 0
      ? await vscode.window.showInformationMessage(say(TEXT.exportedAll(out.fsPath)), showLog)
      : await vscode.window.showErrorMessage(say(TEXT.exportIncomplete(code)), showLog);
  if (answer === showLog) log.show(true);
}
