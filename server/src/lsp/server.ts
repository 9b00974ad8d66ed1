import { readFile } from 'node:fs/promises';
import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  TextDocuments,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type Connection,
  type InitializeResult,
  type WorkspaceFolder,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { findPpbFiles } from '../node/ppb-files';
import { readTexts } from '../node/read-texts';
import { ModelChangedNotification } from '../protocol/requests';
import { DEFAULT_SETTINGS, readSettings, SETTINGS_SECTION, type PpbSettings } from '../protocol/settings';
import { langOfSetting } from '../protocol/language';
import { isPpbFileName, PPB_GLOB } from '../protocol/ppb-files';
import type { Lang, PpbWorkspace } from '../service';
import { registerCodeActionHandlers } from './code-action-handlers';
import { COMPLETION_TRIGGERS, registerCompletionHandlers } from './completion-handlers';
import { registerDiagramRequests } from './diagram-requests';
import { FolderModels } from './folder-models';
import { NAVIGATION_CAPABILITIES, registerNavigationHandlers } from './navigation-handlers';
import { toLspDiagnostic } from './to-lsp';

/** Wires the pure service to a connection: documents, files on disk, settings, diagnostics. */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const models = new FolderModels();
  /** What each file last received, so unchanged diagnostics are not sent again. */
  const published = new Map<string, string>();
  /** The version of each model last announced with `ppb/modelChanged`. */
  const announced = new WeakMap<PpbWorkspace, number>();
  const dirty = new Set<PpbWorkspace>();
  /** Folders still being read from disk: their diagnostics wait, or a file opened meanwhile would show every unit of the unread files as unknown. */
  const loading = new Set<PpbWorkspace>();
  let folders: WorkspaceFolder[] = [];
  let locale: string | undefined;
  let settings: PpbSettings = DEFAULT_SETTINGS;
  let canPullConfiguration = false;
  let canRegisterWatchers = false;
  let canWatchFolders = false;
  let clientCapabilities: ClientCapabilities = {};
  let scheduled: NodeJS.Immediate | undefined;

  const lang = (): Lang => langOfSetting(settings.bahasa, locale);

  const publish = (force = false): void => {
    scheduled = undefined;
    const targets = (force ? models.all() : [...dirty]).filter((ws) => !loading.has(ws));
    for (const ws of targets) dirty.delete(ws);
    for (const ws of targets) {
      for (const [uri, list] of ws.diagnostics()) {
        const diagnostics = list.map((d) => toLspDiagnostic(ws, d, lang()));
        const key = JSON.stringify(diagnostics);
        if (!force && published.get(uri) === key) continue;
        published.set(uri, key);
        // The version of the open text they were computed from, so a client can drop stale ones.
        void connection.sendDiagnostics({ uri, version: documents.get(uri)?.version, diagnostics });
      }
      const scope = models.scopeOf(ws);
      if (scope !== undefined && announced.get(ws) !== ws.version) {
        announced.set(ws, ws.version);
        void connection.sendNotification(ModelChangedNotification, { scope, version: ws.version });
      }
    }
  };

  /** Coalesces a burst of changes (typing, a checkout touching many files) into one check. */
  const schedule = (ws: PpbWorkspace): void => {
    dirty.add(ws);
    scheduled ??= setImmediate(() => publish());
  };

  const clear = (uri: string): void => {
    if (!published.has(uri)) return;
    published.delete(uri);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
  };

  const readFromDisk = async (uri: string): Promise<string | undefined> => {
    try {
      return await readFile(URI.parse(uri).fsPath, 'utf8');
    } catch {
      return undefined;
    }
  };

  const loadFolder = async (folder: WorkspaceFolder): Promise<void> => {
    const ws = models.addFolder(folder.uri);
    loading.add(ws);
    const started = Date.now();
    let files: string[] | undefined;
    try {
      files = await findPpbFiles(URI.parse(folder.uri).fsPath, (dir, err) =>
        connection.console.warn(
          lang() === 'id' ? `PPB: folder ${dir} tidak dapat dibaca: ${String(err)}` : `PPB: cannot read folder ${dir}: ${String(err)}`,
        ),
      );
      for await (const read of readTexts(files)) {
        const uri = URI.file(read.file).toString();
        // The editor's text wins over the disk (checked after the read: it may open meanwhile).
        if ('text' in read && !documents.get(uri)) ws.setFile(uri, read.text);
      }
      for (const doc of documents.all()) {
        if (isPpbFileName(doc.uri) && models.modelFor(doc.uri) === ws) ws.setFile(doc.uri, doc.getText());
      }
    } finally {
      loading.delete(ws);
      schedule(ws);
    }
    connection.console.info(
      lang() === 'id'
        ? `PPB: ${files.length} berkas di ${folder.name || folder.uri} dimuat dalam ${Date.now() - started} ms`
        : `PPB: loaded ${files.length} files of ${folder.name || folder.uri} in ${Date.now() - started} ms`,
    );
  };

  const refreshSettings = async (pushed?: unknown): Promise<void> => {
    if (canPullConfiguration) {
      settings = readSettings(await connection.workspace.getConfiguration(SETTINGS_SECTION));
    } else if (pushed !== undefined) {
      settings = readSettings((pushed as Record<string, unknown> | null)?.[SETTINGS_SECTION]);
    }
  };

  connection.onInitialize((params): InitializeResult => {
    locale = params.locale;
    const caps = params.capabilities;
    clientCapabilities = caps;
    canPullConfiguration = caps.workspace?.configuration === true;
    canRegisterWatchers = caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    canWatchFolders = caps.workspace?.workspaceFolders === true;
    folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: '' }] : []);
    settings = readSettings(params.initializationOptions);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: ['quickfix'] },
        codeLensProvider: { resolveProvider: false },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
        ...NAVIGATION_CAPABILITIES,
        completionProvider: { triggerCharacters: COMPLETION_TRIGGERS },
      },
      serverInfo: { name: 'ppb-language-server', version: '0.1.0' },
    };
  });

  connection.onInitialized(async () => {
    if (canPullConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION });
      await refreshSettings();
    }
    if (canRegisterWatchers) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: PPB_GLOB }] });
    }
    if (canWatchFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(async ({ added, removed }) => {
        for (const f of removed) models.removeFolder(f.uri).forEach(clear);
        for (const f of added) await loadFolder(f);
      });
    }
    for (const f of folders) await loadFolder(f);
  });

  connection.onDidChangeConfiguration(async ({ settings: pushed }) => {
    const before = lang();
    await refreshSettings(pushed);
    if (lang() !== before) publish(true);
  });

  documents.onDidChangeContent(({ document }) => {
    if (!isPpbFileName(document.uri)) return;
    const ws = models.modelFor(document.uri);
    if (ws.setFile(document.uri, document.getText())) schedule(ws);
    else if (!published.has(document.uri)) schedule(ws);
  });

  documents.onDidClose(async ({ document }) => {
    const uri = document.uri;
    if (!isPpbFileName(uri)) return;
    const ws = models.modelFor(uri);
    // Back to the disk's text; a file gone from disk, or outside every folder, leaves the model.
    const text = models.isInFolder(uri) ? await readFromDisk(uri) : undefined;
    if (documents.get(uri)) return; // opened again while the disk was read: the editor's text stands
    if (text === undefined) {
      ws.removeFile(uri);
      models.forgetLoose(uri);
      clear(uri);
      schedule(ws);
    } else if (ws.setFile(uri, text)) {
      schedule(ws);
    }
  });

  connection.onDidChangeWatchedFiles(async ({ changes }) => {
    for (const change of changes) {
      if (!isPpbFileName(change.uri)) continue;
      const ws = models.modelFor(change.uri);
      if (change.type === FileChangeType.Deleted) {
        if (documents.get(change.uri)) continue; // still open: the editor's text stands
        if (ws.removeFile(change.uri)) schedule(ws);
        clear(change.uri);
        continue;
      }
      if (documents.get(change.uri)) continue;
      const text = await readFromDisk(change.uri);
      if (text !== undefined && !documents.get(change.uri) && ws.setFile(change.uri, text)) schedule(ws);
    }
  });

  registerDiagramRequests(connection, models, lang);
  registerNavigationHandlers(connection, models, lang);
  registerCodeActionHandlers(connection, models, lang);
  registerCompletionHandlers(connection, models, lang, () => clientCapabilities);

  documents.listen(connection);
  connection.listen();
}
