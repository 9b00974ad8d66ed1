import * as vscode from 'vscode';
import { PREVIEW_OPEN_COMMAND } from '../../server/src/protocol/commands';
import { createDocument } from './create-document';
import { exportAll } from './export-all';
import type { ExportFolder } from './export-folder';
import type { PpbLanguageServer } from './language-server';
import type { PreviewManager } from './preview/manager';
import { createSample, openSampleMap } from './walkthrough';

export interface CommandContext {
  readonly server: PpbLanguageServer;
  readonly log: vscode.LogOutputChannel;
  readonly preview: PreviewManager;
  readonly extensionUri: vscode.Uri;
  readonly exportFolder: ExportFolder;
}

/** An editor title button passes the file's URI; the palette passes nothing. */
const resourceOf = (arg: unknown): vscode.Uri | undefined => (arg instanceof vscode.Uri ? arg : undefined);
/** A map's code (the server's "Open preview" code lens): the preview opens on that map. */
const mapOf = (arg: unknown): string | undefined => (typeof arg === 'string' && arg.trim() !== '' ? arg.trim() : undefined);

/** Every command of the extension, registered once in `activate`; titles live in package.nls*.json. */
export const COMMANDS: Record<string, (ctx: CommandContext, ...args: unknown[]) => Promise<void>> = {
  'ppb.restartServer': ({ server }) => server.restart(),
  [PREVIEW_OPEN_COMMAND]: ({ preview }, arg) => preview.open(resourceOf(arg), false, mapOf(arg)),
  'ppb.preview.openToSide': ({ preview }, arg) => preview.open(resourceOf(arg), true),
  // An optional target file (.png, .svg or .drawio) skips the save dialog.
  'ppb.export.image': ({ preview }, arg) => preview.exportImage(undefined, resourceOf(arg)),
  'ppb.export.all': ({ extensionUri, log, exportFolder, server }) => exportAll(extensionUri, log, exportFolder, server),
  'ppb.document.create': ({ extensionUri, log, server }) => createDocument(extensionUri, log, server),
  'ppb.walkthrough.openMap': ({ extensionUri }) => openSampleMap(extensionUri),
  'ppb.sample.create': ({ extensionUri }) => createSample(extensionUri),
};
