import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { Location } from 'vscode-languageserver-protocol';
import type { Diagram, DiagramSummary } from '../../../server/src/protocol/diagram';
import {
  DiagramRequest,
  DiagramsRequest,
  FocusRequest,
  SopsRequest,
  inScope,
  type DiagramsResult,
} from '../../../server/src/protocol/requests';
import type { PreviewFormat } from '../../../server/src/protocol/export-format';
import type { SopSheets } from '../../../server/src/protocol/sop-sheet';
import { assertNever, type HostMessage, type SopPageRef, type WebviewMessage } from '../../../server/src/protocol/webview';
import { say, userLang } from '../lang';
import { TEXT } from '../texts';
import { previewHtml } from './html';
import { previewStrings } from './strings';
import { parseWebviewMessage } from './validate';
import { isPpbFileName } from '../../../server/src/protocol/ppb-files';

export const PREVIEW_VIEW_TYPE = 'ppb.preview';

/** What a panel needs from the extension. */
export interface PreviewHost {
  readonly extensionUri: vscode.Uri;
  readonly log: vscode.LogOutputChannel;
  /** The running language client, once it has started. */
  client(): Promise<LanguageClient | undefined>;
  /** The user asked to export (toolbar button). */
  exportFrom(panel: PreviewPanel, format: PreviewFormat): void;
}

export const isPpbDocument = (doc: vscode.TextDocument): boolean => isPpbFileName(doc.uri.path);

export function workspaceFolderUris(): string[] {
  return (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.toString());
}

const TYPING_DELAY = 300;
const CURSOR_DELAY = 100;
/** A selection change this soon after our own reveal is the reveal's, not the user's. */
const REVEAL_GRACE = 1500;
const EXPORT_TIMEOUT = 300_000;

/** What the webview drew for an export: SVG text, or PNG base64 at `scale`. */
export interface ExportedImage {
  readonly data: string;
  readonly scale: number;
}

/** What the panel shows, as an export and the panel's title name it: a map, or an SOP AP page. */
export type ShownPicture = Pick<DiagramSummary<Location>, 'id' | 'code' | 'title' | 'exportName'>;

/** An SOP AP page as `ppb sop --format svg` names its file: `<export name>-<page>`. */
export function sopPicture(sheets: SopSheets, page: number): ShownPicture {
  const id = `${sheets.exportName}-${page}`;
  return { id, code: sheets.kode, title: sheets.nama, exportName: id };
}

interface PendingExport {
  resolve(image: ExportedImage): void;
  reject(err: Error): void;
  readonly timer: ReturnType<typeof setTimeout>;
}

/**
 * One preview panel: follows a PPB model (through any of its documents), shows one map at a
 * time, follows typing and the cursor, reveals what is clicked. Updates travel by message; the
 * page's HTML is set once.
 */
export class PreviewPanel implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private ready = false;
  private readonly outbox: HostMessage[] = [];
  /** The document whose model is shown. */
  uri: string | undefined;
  /** The map on screen, and what the catalog says of it. */
  diagramId: string | undefined;
  private shown: Diagram<Location> | undefined;
  private catalog: readonly DiagramSummary<Location>[] = [];
  /** The SOPs last sent to the webview, and the page of one it shows (over the map `shown`). */
  private sops: readonly SopSheets[] = [];
  private sopShown: ShownPicture | undefined;
  private sopTicket = 0;
  /** The map around the cursor when it last moved: the panel follows the cursor across maps. */
  private cursorMap: string | undefined;
  private revealed: { uri: string; at: number } | undefined;
  private showVersion = 0;
  /** The newest model version an answer or a `ppb/modelChanged` brought: older answers are stale. */
  private modelVersion = 0;
  private ticket = 0;
  private exportId = 0;
  private readonly exports = new Map<number, PendingExport>();
  private typingTimer: ReturnType<typeof setTimeout> | undefined;
  private cursorTimer: ReturnType<typeof setTimeout> | undefined;
  private isDisposed = false;
  private readonly disposed = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.disposed.event;

  constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly host: PreviewHost,
    initial: { uri?: string; diagramId?: string },
  ) {
    this.uri = initial.uri;
    this.diagramId = initial.diagramId;
    const media = vscode.Uri.joinPath(host.extensionUri, 'media');
    const dist = vscode.Uri.joinPath(host.extensionUri, 'dist', 'media');
    panel.webview.options = { enableScripts: true, enableCommandUris: false, localResourceRoots: [dist, media] };
    panel.webview.html = previewHtml({
      cspSource: panel.webview.cspSource,
      scriptUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(dist, 'preview.js')).toString(),
      rendererUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(dist, 'export.js')).toString(),
      styleUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(media, 'preview.css')).toString(),
      lang: userLang(),
    });
    this.disposables.push(
      panel.webview.onDidReceiveMessage((raw: unknown) => this.receive(raw)),
      panel.onDidDispose(() => this.dispose()),
      panel.onDidChangeViewState(({ webviewPanel }) => {
        if (webviewPanel.visible) this.scheduleRefresh(0);
      }),
    );
    this.updateTitle();
  }

  dispose(): void {
    if (this.isDisposed) return;
    this.isDisposed = true;
    clearTimeout(this.typingTimer);
    clearTimeout(this.cursorTimer);
    for (const [, p] of this.exports) {
      clearTimeout(p.timer);
      p.reject(new Error('The preview was closed'));
    }
    this.exports.clear();
    for (const d of this.disposables.splice(0)) d.dispose();
    this.panel.dispose();
    this.disposed.fire();
    this.disposed.dispose();
  }

  /** `ppb.bahasa` changed: the page's words, the title and any notice are said again. */
  relabel(): void {
    this.post({ type: 'strings', strings: previewStrings(userLang()) });
    this.updateTitle();
    this.scheduleRefresh(0);
  }

  /** What is on screen (its export name, title): the SOP AP page shown, else the map. */
  get current(): ShownPicture | undefined {
    return this.shown && (this.sopShown ?? this.shown);
  }

  private post(m: HostMessage): void {
    if (!this.ready) {
      this.outbox.push(m);
      return;
    }
    void this.panel.webview.postMessage(m);
  }

  /** Where a reveal may lead: the workspace folders, or the folder of a file opened on its own. */
  private allowedFolders(): string[] {
    const folders = workspaceFolderUris();
    if (this.uri === undefined || vscode.workspace.getWorkspaceFolder(vscode.Uri.parse(this.uri))) return folders;
    return [...folders, vscode.Uri.joinPath(vscode.Uri.parse(this.uri), '..').toString()];
  }

  private receive(raw: unknown): void {
    const m = parseWebviewMessage(raw, this.allowedFolders());
    if (!m) {
      this.host.log.warn(`Preview: ignored a malformed message from the webview: ${JSON.stringify(raw)?.slice(0, 300)}`);
      return;
    }
    this.handle(m);
  }

  private handle(m: WebviewMessage): void {
    switch (m.type) {
      case 'ready':
        this.ready = true;
        void this.panel.webview.postMessage({ type: 'strings', strings: previewStrings(userLang()) } satisfies HostMessage);
        for (const queued of this.outbox.splice(0)) void this.panel.webview.postMessage(queued);
        this.scheduleRefresh(0);
        break;
      case 'reveal':
        void this.reveal(m.location);
        break;
      case 'open':
        void this.open(m.diagramId);
        break;
      case 'sopRequest':
        void this.sendSops(m.diagramId);
        break;
      case 'sopShown':
        this.showingSop(m.sop);
        break;
      case 'exportRequest':
        this.host.exportFrom(this, m.format);
        break;
      case 'exportResult':
        this.settle(m.requestId, (p) => p.resolve({ data: m.data, scale: m.scale }));
        break;
      case 'rendered':
        if (m.drawn) this.host.log.info(`Preview: ${m.diagramId} drawn in ${m.ms} ms`);
        break;
      case 'error':
        if (m.requestId !== undefined) this.settle(m.requestId, (p) => p.reject(new Error(m.message)));
        else this.host.log.warn(`Preview: ${m.message}`);
        break;
      default:
        assertNever(m);
    }
  }

  /** The SOP AP documents of a map, for the webview's SOP AP view; an answer a newer request overtook is dropped. */
  private async sendSops(diagramId: string): Promise<void> {
    const uri = this.uri;
    if (uri === undefined) return;
    const ticket = ++this.sopTicket;
    const answer = await this.request((c) => c.sendRequest(SopsRequest, { uri, id: diagramId }));
    if (!answer || ticket !== this.sopTicket || uri !== this.uri || answer.version < this.modelVersion) return;
    this.sops = answer.sops;
    this.post({ type: 'sops', diagramId, sops: answer.sops });
  }

  /** The webview shows an SOP AP page (one the host sent), or a map again. */
  private showingSop(sop: SopPageRef | null): void {
    const sheets = sop && this.sops.find((s) => s.kode === sop.kode);
    this.sopShown = sheets && sop.page <= sheets.pages.length ? sopPicture(sheets, sop.page) : undefined;
    this.updateTitle();
  }

  private settle(requestId: number, act: (p: PendingExport) => void): void {
    const p = this.exports.get(requestId);
    if (!p) return;
    this.exports.delete(requestId);
    clearTimeout(p.timer);
    act(p);
  }

  /** The shown map rendered for export: SVG text, or PNG bytes as base64. */
  requestExport(format: PreviewFormat, scale: number): Promise<ExportedImage> {
    const requestId = ++this.exportId;
    return new Promise<ExportedImage>((resolve, reject) => {
      const timer = setTimeout(
        () => this.settle(requestId, (p) => p.reject(new Error('The preview did not answer in time'))),
        EXPORT_TIMEOUT,
      );
      this.exports.set(requestId, { resolve, reject, timer });
      this.post({ type: 'export', requestId, format, scale });
    });
  }

  /** Shows the model of `uri` (the map around `position`, else the one shown, else Level 0). */
  async follow(uri: string, position?: vscode.Position): Promise<void> {
    const changed = uri !== this.uri;
    this.uri = uri;
    if (position) await this.focus(uri, position, true);
    else if (changed) await this.refresh();
  }

  /** `ppb/modelChanged`: the model of `scope` is at `version` now; redraw if it is ours. */
  modelChanged(scope: string, version: number): void {
    if (this.uri === undefined || !inScope(this.uri, scope) || version <= this.modelVersion) return;
    this.scheduleRefresh();
  }

  /** A (re)started server counts its model versions from the start again. */
  serverStarted(): void {
    this.modelVersion = 0;
    this.scheduleRefresh(0);
  }

  scheduleRefresh(delay = TYPING_DELAY): void {
    clearTimeout(this.typingTimer);
    this.typingTimer = setTimeout(() => void this.refresh(), delay);
  }

  scheduleFocus(uri: string, position: vscode.Position): void {
    clearTimeout(this.cursorTimer);
    this.cursorTimer = setTimeout(() => void this.focus(uri, position, false), CURSOR_DELAY);
  }

  private async request<T>(run: (client: LanguageClient) => Promise<T>): Promise<T | undefined> {
    try {
      const client = await this.host.client();
      return client ? await run(client) : undefined;
    } catch (err) {
      this.host.log.warn(`Preview: ${err instanceof Error ? err.message : String(err)}`);
      return undefined;
    }
  }

  /** The cursor moved: highlight its node; when it entered another map, show that map. */
  private async focus(uri: string, position: vscode.Position, force: boolean): Promise<void> {
    const focus = await this.request((c) =>
      c.sendRequest(FocusRequest, { uri, position: { line: position.line, character: position.character } }),
    );
    if (!focus || uri !== this.uri) return;
    const ours = this.revealed && this.revealed.uri === uri && Date.now() - this.revealed.at < REVEAL_GRACE;
    const entered = focus.diagramId !== this.cursorMap;
    this.cursorMap = focus.diagramId;
    if (!ours && (force || entered || this.diagramId === undefined) && focus.diagramId !== this.diagramId) {
      await this.open(focus.diagramId, focus.nodeId);
      return;
    }
    if (focus.diagramId === this.diagramId) this.post({ type: 'highlight', diagramId: focus.diagramId, nodeId: focus.nodeId ?? null });
  }

  /** The list of maps and the map on screen, anew from the server (after typing). */
  async refresh(): Promise<void> {
    const uri = this.uri;
    if (uri === undefined) return this.notice(say(TEXT.noPpbFile));
    const ticket = ++this.ticket;
    const list = await this.request((c) => c.sendRequest(DiagramsRequest, { uri }));
    // `ticket`: an answer to a request that a newer one overtook is dropped; `version`: an answer
    // older than one already shown (the server answers in order, but a restart starts anew).
    if (!list || ticket !== this.ticket || list.version < this.modelVersion) return;
    this.modelVersion = list.version;
    if (this.banner(list.syntaxError)) return; // the YAML is broken: keep the last good drawing
    this.catalog = list.diagrams;
    this.post({ type: 'catalog', uri, diagrams: list.diagrams });
    const id = this.diagramId !== undefined && list.diagrams.some((d) => d.id === this.diagramId) ? this.diagramId : list.diagrams[0]?.id;
    if (id === undefined) return this.notice(say(TEXT.noMapYet));
    await this.load(id, undefined, ticket);
  }

  /** Opens a map of the model (navigator, breadcrumb, a node's link, the cursor). */
  async open(diagramId: string, highlight?: string): Promise<void> {
    await this.load(diagramId, highlight, ++this.ticket);
  }

  private async load(diagramId: string, highlight: string | undefined, ticket: number): Promise<void> {
    const uri = this.uri;
    if (uri === undefined) return;
    const one = await this.request((c) => c.sendRequest(DiagramRequest, { uri, id: diagramId }));
    if (!one || ticket !== this.ticket || one.version < this.modelVersion) return;
    this.modelVersion = one.version;
    if (this.banner(one.syntaxError)) return;
    if (!one.diagram) {
      const known = this.catalog.find((d) => d.id === diagramId);
      return this.notice(say(TEXT.mapGone(known?.code ?? diagramId)));
    }
    this.diagramId = diagramId;
    this.shown = one.diagram;
    this.post({ type: 'show', version: ++this.showVersion, diagram: one.diagram, ...(highlight !== undefined ? { highlight } : {}) });
    this.updateTitle();
  }

  /**
   * The banner of a syntax error, or none. True when the YAML is broken and a drawing is on
   * screen: it stays, as the last good one. With nothing on screen yet, the best the server could
   * build is shown under the banner rather than a blank panel.
   */
  private banner(error: DiagramsResult['syntaxError']): boolean {
    if (!error) {
      this.post({ type: 'banner', banner: null });
      return false;
    }
    const file = vscode.workspace.asRelativePath(vscode.Uri.parse(error.location.uri));
    const text = say(TEXT.yamlError(file, error.location.range.start.line + 1, error.message));
    this.post({ type: 'banner', banner: { text, location: error.location } });
    return this.shown !== undefined;
  }

  private notice(text: string): void {
    this.shown = undefined;
    this.sopShown = undefined;
    this.post({ type: 'notice', version: ++this.showVersion, text });
    this.updateTitle();
  }

  private updateTitle(): void {
    const d = this.current;
    this.panel.title = say(d ? TEXT.previewTitleOf(d.code ?? d.title) : TEXT.previewTitle);
  }

  /** Opens the file at the node's definition, beside the preview rather than over it. */
  private async reveal(location: Location): Promise<void> {
    const uri = vscode.Uri.parse(location.uri, true);
    const { start, end } = location.range;
    const range = new vscode.Range(start.line, start.character, end.line, end.character);
    const mine = this.panel.viewColumn;
    const editors = vscode.window.visibleTextEditors.filter((e) => e.viewColumn !== undefined && e.viewColumn !== mine);
    const column = (editors.find((e) => e.document.uri.toString() === location.uri) ?? editors[0])?.viewColumn ?? vscode.ViewColumn.Beside;
    this.revealed = { uri: location.uri, at: Date.now() };
    try {
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc, {
        viewColumn: column,
        selection: new vscode.Range(range.start, range.start),
        preserveFocus: false,
      });
    } catch (err) {
      void vscode.window.showErrorMessage(say(TEXT.cannotOpen(location.uri, err instanceof Error ? err.message : String(err))));
    }
  }
}
