import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

export interface CommandContext {
  readonly client: LanguageClient | undefined;
  readonly log: vscode.LogOutputChannel;
}

/** Every command of the extension, registered once in `activate`; titles live in package.nls*.json. */
export const COMMANDS: Record<string, (ctx: CommandContext) => Promise<void>> = {
  'ppb.restartServer': async ({ client, log }) => {
    if (!client) return;
    log.info('Restarting the PPB language server');
    await client.restart();
    void vscode.window.showInformationMessage(vscode.l10n.t('PPB: language server restarted.'));
  },
};
