import * as vscode from 'vscode';
import { PREVIEW_FORMATS, type PreviewFormat } from '../../../server/src/protocol/export-format';
import type { ExportFolder } from '../export-folder';
import { say } from '../lang';
import { TEXT } from '../texts';
import { writeWhole } from '../write-whole';
import type { PreviewPanel } from './panel';
import { exportBytes } from './validate';

/** `ppb.export.scale`: how many device pixels a PNG has per CSS pixel of the drawing. */
export function exportScale(): number {
  const v = vscode.workspace.getConfiguration('ppb').get<number>('export.scale', 2);
  return Number.isFinite(v) && v >= 0.5 && v <= 8 ? v : 2;
}

const FILTER_NAMES: Record<PreviewFormat, string> = { png: 'PNG', svg: 'SVG', drawio: 'draw.io' };

function folderOf(panel: PreviewPanel): vscode.Uri | undefined {
  if (panel.uri === undefined) return vscode.workspace.workspaceFolders?.[0]?.uri;
  const doc = vscode.Uri.parse(panel.uri);
  return vscode.workspace.getWorkspaceFolder(doc)?.uri ?? vscode.Uri.joinPath(doc, '..');
}

/**
 * `ppb.export.image`: the map on screen as PNG, SVG or draw.io, through a save dialog whose default
 * name is the map's export name (`KECKLB.L0`, `KECKLB.06.03.CFM.02`). A `target` given with the
 * command (keybindings, tasks, tests) is written without the dialog; its extension picks the format.
 */
export async function exportShownMap(
  panel: PreviewPanel,
  preferred: PreviewFormat | undefined,
  log: vscode.LogOutputChannel,
  exportFolder: ExportFolder,
  given?: vscode.Uri,
): Promise<void> {
  const shown = panel.current;
  if (!shown) {
    void vscode.window.showWarningMessage(say(TEXT.nothingShown));
    return;
  }
  const first = preferred ?? 'png';
  const folder = await exportFolder.initial(folderOf(panel));
  const name = `${shown.exportName}.${first}`;
  // The format asked for first: the dialog's file type list starts with it.
  const order: PreviewFormat[] = [first, ...PREVIEW_FORMATS.filter((f) => f !== first)];
  const filters = Object.fromEntries(order.map((f) => [FILTER_NAMES[f], [f]]));
  // The dialog asks before replacing a file: that consent is the only way one is overwritten.
  const target =
    given ??
    (await vscode.window.showSaveDialog({
      title: say(TEXT.exportMapTitle(shown.code ?? shown.title)),
      saveLabel: say(TEXT.exportButton),
      filters,
      ...(folder ? { defaultUri: vscode.Uri.joinPath(folder, name) } : {}),
    }));
  if (!target) return;
  if (!given) await exportFolder.remember(vscode.Uri.joinPath(target, '..'));
  const ext = /\.([^./\\]+)$/.exec(target.path)?.[1]?.toLowerCase();
  const format: PreviewFormat = PREVIEW_FORMATS.find((f) => f === ext) ?? first;
  try {
    const image = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: say(TEXT.exporting(shown.exportName)) },
      () => panel.requestExport(format, exportScale()),
    );
    const bytes = exportBytes(format, image.data);
    if (!bytes) throw new Error(say(TEXT.noValidImage(format.toUpperCase())));
    // As `ppb export` writes them: the PNG says its density (the rasterizer put it in), the file
    // is whole or absent, and replaces one only because the save dialog asked.
    await writeWhole(target, bytes);
    log.info(`Exported ${shown.id} to ${target.toString()} (${bytes.length} bytes)`);
    void vscode.window.showInformationMessage(say(TEXT.saved(vscode.workspace.asRelativePath(target))));
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    log.error(`Export of ${shown.id} failed: ${detail}`);
    void vscode.window.showErrorMessage(say(TEXT.exportFailed(detail)));
  }
}
