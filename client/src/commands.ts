import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { exportAll } from './export-all';
import type { PreviewManager } from './preview/manager';

export interface CommandContext {
  readonly client: LanguageClient | undefined;
  readonly log: vscode.LogOutputChannel;
  readonly preview: PreviewManager;
  readonly extensionUri: vscode.Uri;
}

/** An editor title button passes the file's URI; the palette passes nothing. */
const resourceOf = (arg: unknown): vscode.Uri | undefined => (arg instanceof vscode.Uri ? arg : undefined);

/** Every command of the extension, registered once in `activate`; titles live in package.nls*.json. */
export const COMMANDS: Record<string, (ctx: CommandContext, ...args: unknown[]) => Promise<void>> = {
  'ppb.restartServer': async ({ client, log }) => {
    if (!client) return;
    log.info('Restarting the PPB language server');
    await client.restart();
    void vscode.window.showInformationMessage(vscode.l10n.t('PPB: language server restarted.'));
  },
  'ppb.preview.open': ({ preview }, arg) => preview.open(resourceOf(arg), false),
  'ppb.preview.openToSide': ({ preview }, arg) => preview.open(resourceOf(arg), true),
  'ppb.export.image': ({ preview }) => preview.exportImage(),
  'ppb.export.all': ({ extensionUri, log }) => exportAll(extensionUri, log),
};
