import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  State,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { isPpbFileName, PPB_GLOB } from '../../server/src/protocol/ppb-files';
import { ModelChangedNotification, type ModelChangedParams } from '../../server/src/protocol/requests';
import { say } from './lang';
import { RestartPolicy } from './restart-policy';
import { TEXT } from './texts';

function restartHandler(policy: RestartPolicy): NonNullable<LanguageClientOptions['errorHandler']> {
  return {
    error: (_error, _message, count) => ({ action: policy.onError(count) === 'continue' ? ErrorAction.Continue : ErrorAction.Shutdown }),
    closed: () =>
      policy.onClosed() === 'restart'
        ? { action: CloseAction.Restart }
        : { action: CloseAction.DoNotRestart, message: say(TEXT.serverGaveUp(policy.maxRestarts + 1, policy.windowMs / 60_000)) },
  };
}

/**
 * The PPB language server, started when there is something for it to do: the workspace holds
 * a PPB file, one is opened, or a command needs it. A workspace of other YAML files starts none.
 */
export class PpbLanguageServer implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private starting: Promise<LanguageClient> | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly modelChanged = new vscode.EventEmitter<ModelChangedParams>();
  /** `ppb/modelChanged`: a model changed, whatever changed it (an edit, a file on disk). */
  readonly onModelChanged = this.modelChanged.event;
  private readonly started = new vscode.EventEmitter<void>();
  /** The server runs (again): model versions start anew after a restart. */
  readonly onDidStart = this.started.event;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  /** The client once the server runs; started on the first call. */
  start(): Promise<LanguageClient> {
    this.starting ??= this.launch();
    return this.starting;
  }

  private async launch(): Promise<LanguageClient> {
    const serverModule = this.context.asAbsolutePath('dist/server.js');
    const serverOptions: ServerOptions = {
      run: { module: serverModule, transport: TransportKind.ipc },
      debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
    };
    const clientOptions: LanguageClientOptions = {
      // By pattern, not language: the files stay `yaml` so the user's other YAML tools keep working.
      documentSelector: [
        { scheme: 'file', pattern: PPB_GLOB },
        { scheme: 'untitled', language: 'yaml' },
      ],
      initializationOptions: { bahasa: vscode.workspace.getConfiguration('ppb').get('bahasa', 'auto') },
      outputChannel: this.log,
      // A crashed server is started again and re-sent the open files, so diagnostics come back.
      errorHandler: restartHandler(new RestartPolicy()),
    };
    const client = new LanguageClient('ppb', 'PPB', serverOptions, clientOptions);
    this.client = client;
    // Registered once: the client keeps its handlers across restarts of the server.
    this.disposables.push(
      client.onNotification(ModelChangedNotification, (p) => this.modelChanged.fire(p)),
      client.onDidChangeState((e) => {
        if (e.newState === State.Running) this.started.fire();
      }),
    );
    try {
      await client.start();
    } catch (err) {
      const detail = err instanceof Error ? err.message : String(err);
      this.log.error(detail);
      void vscode.window.showErrorMessage(say(TEXT.serverFailed(detail)));
    }
    return client;
  }

  /** The client if the server was started. */
  get running(): LanguageClient | undefined {
    return this.client;
  }

  /** Starts the server now if the workspace holds a PPB file or one is open, else when one opens. */
  async startWhenNeeded(): Promise<void> {
    const open = (doc: vscode.TextDocument): boolean => isPpbFileName(doc.uri.path);
    if (vscode.workspace.textDocuments.some(open) || (await vscode.workspace.findFiles(PPB_GLOB, '**/node_modules/**', 1)).length > 0) {
      void this.start();
      return;
    }
    const watch = vscode.workspace.onDidOpenTextDocument((doc) => {
      if (!open(doc)) return;
      watch.dispose();
      void this.start();
    });
    this.disposables.push(watch);
  }

  async restart(): Promise<void> {
    if (!this.client) {
      await this.start();
      return;
    }
    this.log.info('Restarting the PPB language server');
    await this.client.restart();
    void vscode.window.showInformationMessage(say(TEXT.serverRestarted));
  }

  async stop(): Promise<void> {
    for (const d of this.disposables.splice(0)) d.dispose();
    this.modelChanged.dispose();
    this.started.dispose();
    await this.client?.stop();
    this.client = undefined;
  }

  dispose(): void {
    void this.stop();
  }
}
