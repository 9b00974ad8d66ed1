import * as vscode from 'vscode';
import type { PreviewFormat } from '../../../server/src/protocol/export-format';
import type { ExportFolder } from '../export-folder';
import type { PpbLanguageServer } from '../language-server';
import { onDidChangeLang, say } from '../lang';
import { TEXT } from '../texts';
import { exportShownMap } from './export';
import { PREVIEW_VIEW_TYPE, PreviewPanel, isPpbDocument, workspaceFolderUris, type PreviewHost } from './panel';
import { parsePreviewState } from './validate';
import { PPB_GLOB } from '../../../server/src/protocol/ppb-files';

/**
 * The PPB preview: one panel that follows the PPB editor in front, restored after a window
 * reload by its serializer. Created in `activate`; the commands reach it through their context.
 */
export class PreviewManager implements vscode.Disposable {
  private panel: PreviewPanel | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly host: PreviewHost;

  constructor(
    extensionUri: vscode.Uri,
    log: vscode.LogOutputChannel,
    server: PpbLanguageServer,
    private readonly exportFolder: ExportFolder,
  ) {
    this.host = {
      extensionUri,
      log,
      client: () => server.start(),
      exportFrom: (panel, format) => void exportShownMap(panel, format, log, exportFolder),
    };
    this.disposables.push(
      // Every change of the model redraws, whatever made it: typing, a file written on disk, a checkout.
      server.onModelChanged(({ scope, version }) => this.panel?.modelChanged(scope, version)),
      server.onDidStart(() => this.panel?.serverStarted()),
      onDidChangeLang(() => this.panel?.relabel()),
      vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
        deserializeWebviewPanel: (webviewPanel, state: unknown) => {
          this.adopt(webviewPanel, parsePreviewState(state, workspaceFolderUris()));
          return Promise.resolve();
        },
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor && isPpbDocument(editor.document)) void this.panel?.follow(editor.document.uri.toString(), editor.selection.active);
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        const doc = e.textEditor.document;
        const sel = e.selections[0];
        if (sel && isPpbDocument(doc) && doc.uri.toString() === this.panel?.uri) this.panel.scheduleFocus(doc.uri.toString(), sel.active);
      }),
    );
  }

  dispose(): void {
    this.panel?.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }

  private adopt(webviewPanel: vscode.WebviewPanel, initial: { uri?: string; diagramId?: string }): PreviewPanel {
    const editor = vscode.window.activeTextEditor;
    const uri = initial.uri ?? (editor && isPpbDocument(editor.document) ? editor.document.uri.toString() : undefined);
    const panel = new PreviewPanel(webviewPanel, this.host, { ...initial, ...(uri !== undefined ? { uri } : {}) });
    this.panel?.dispose();
    this.panel = panel;
    panel.onDidDispose(() => {
      if (this.panel === panel) this.panel = undefined;
    });
    return panel;
  }

  /**
   * `ppb.preview.open` / `ppb.preview.openToSide`: the preview of `resource`, or of the PPB
   * editor in front; on the map `mapId` (a code) when given, else on the map at the cursor.
   */
  async open(resource: vscode.Uri | undefined, toSide: boolean, mapId?: string): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    const inFront = resource?.toString() ?? (editor && isPpbDocument(editor.document) ? editor.document.uri.toString() : undefined);
    // No PPB file in front: an open preview keeps its model; a new one shows the workspace's.
    const doc = inFront ?? (this.panel?.uri === undefined ? (await firstPpbFile())?.toString() : undefined);
    const position = editor && editor.document.uri.toString() === doc ? editor.selection.active : undefined;
    const column = toSide ? vscode.ViewColumn.Beside : (editor?.viewColumn ?? vscode.ViewColumn.Active);
    let panel = this.panel;
    if (panel) panel.panel.reveal(column, true);
    else {
      const webviewPanel = vscode.window.createWebviewPanel(
        PREVIEW_VIEW_TYPE,
        say(TEXT.previewTitle),
        { viewColumn: column, preserveFocus: toSide },
        { enableFindWidget: false, retainContextWhenHidden: false },
      );
      panel = this.adopt(webviewPanel, {});
    }
    if (doc !== undefined) await panel.follow(doc, mapId === undefined ? position : undefined);
    else await panel.refresh();
    if (mapId !== undefined) await panel.open(mapId);
  }

  /** `ppb.export.image`, and the preview's own export buttons; `target` skips the save dialog. */
  async exportImage(format?: PreviewFormat, target?: vscode.Uri): Promise<void> {
    if (!this.panel) {
      const open = say(TEXT.openPreview);
      const choice = await vscode.window.showWarningMessage(say(TEXT.openPreviewFirst), open);
      if (choice === open) await this.open(undefined, true);
      return;
    }
    await exportShownMap(this.panel, format, this.host.log, this.exportFolder, target);
  }
}

/** With no PPB editor in front, the preview shows the model of the workspace's first PPB file rather than nothing. */
async function firstPpbFile(): Promise<vscode.Uri | undefined> {
  const [found] = await vscode.workspace.findFiles(PPB_GLOB, '**/node_modules/**', 1);
  return found;
}
