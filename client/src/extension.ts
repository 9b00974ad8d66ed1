import * as vscode from 'vscode';
import { COMMANDS } from './commands';
import { ExportFolder } from './export-folder';
import { PpbLanguageServer } from './language-server';
import { PreviewManager } from './preview/manager';
import { watchMistakes } from './walkthrough';

let server: PpbLanguageServer | undefined;

/**
 * Activation: the commands, the preview's host side (its serializer must be registered now),
 * and the language server for `*.ppb.yaml` files (which stay language `yaml`), started once the
 * workspace holds one or one is opened.
 */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const log = vscode.window.createOutputChannel('PPB', { log: true });
  const ppb = new PpbLanguageServer(context, log);
  server = ppb;
  const exportFolder = new ExportFolder(context.workspaceState);
  const preview = new PreviewManager(context.extensionUri, log, ppb, exportFolder);
  context.subscriptions.push(log, ppb, preview, watchMistakes());
  for (const [id, run] of Object.entries(COMMANDS)) {
    context.subscriptions.push(
      vscode.commands.registerCommand(id, (...args: unknown[]) =>
        run({ server: ppb, log, preview, exportFolder, extensionUri: context.extensionUri }, ...args),
      ),
    );
  }
  await ppb.startWhenNeeded();
}

export async function deactivate(): Promise<void> {
  await server?.stop();
  server = undefined;
}
