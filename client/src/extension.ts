import * as vscode from 'vscode';
import { CloseAction, ErrorAction, LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { COMMANDS } from './commands';
import { ExportFolder } from './export-folder';
import { say } from './lang';
import { PreviewManager } from './preview/manager';
import { RestartPolicy } from './restart-policy';
import { TEXT } from './texts';
import { watchMistakes } from './walkthrough';

let client: LanguageClient | undefined;

/** Starts the PPB language server for `*.ppb.yaml` files, which stay language `yaml`. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const log = vscode.window.createOutputChannel('PPB', { log: true });
  context.subscriptions.push(log);
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // By pattern, not language: the files stay `yaml` so the user's other YAML tools keep working.
    documentSelector: [
      { scheme: 'file', pattern: '**/*.ppb.yaml' },
      { scheme: 'file', pattern: '**/*.ppb.yml' },
      { scheme: 'untitled', language: 'yaml' },
    ],
    initializationOptions: { bahasa: vscode.workspace.getConfiguration('ppb').get('bahasa', 'auto') },
    outputChannel: log,
    // A crashed server is started again and re-sent the open files, so diagnostics come back.
    errorHandler: restartHandler(new RestartPolicy()),
  };
  client = new LanguageClient('ppb', 'PPB', serverOptions, clientOptions);
  const started = client.start();
  // The preview asks the server once it runs; its serializer must be registered during activation.
  const exportFolder = new ExportFolder(context.workspaceState);
  const preview = new PreviewManager(
    context.extensionUri,
    log,
    async () => {
      await started;
      return client;
    },
    exportFolder,
  );
  context.subscriptions.push(preview, watchMistakes());
  for (const [id, run] of Object.entries(COMMANDS)) {
    context.subscriptions.push(vscode.commands.registerCommand(id, (...args: unknown[]) => run({ client, log, preview, exportFolder, extensionUri: context.extensionUri }, ...args)));
  }
  try {
    await started;
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    log.error(detail);
    void vscode.window.showErrorMessage(say(TEXT.serverFailed(detail)));
  }
}

function restartHandler(policy: RestartPolicy): NonNullable<LanguageClientOptions['errorHandler']> {
  return {
    error: (_error, _message, count) => ({ action: policy.onError(count) === 'continue' ? ErrorAction.Continue : ErrorAction.Shutdown }),
    closed: () =>
      policy.onClosed() === 'restart'
        ? { action: CloseAction.Restart }
        : { action: CloseAction.DoNotRestart, message: say(TEXT.serverGaveUp(policy.maxRestarts + 1, policy.windowMs / 60_000)) },
  };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
