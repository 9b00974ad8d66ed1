import { pathToFileURL } from 'node:url';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { LspTestClient } from '../test/support/lsp-client';
import { peakMemoryMb } from './processes';
import { since } from './stats';

export interface ColdServer {
  readonly client: LspTestClient;
  /** From spawning the server to the diagnostics of the last file of the folder. */
  readonly ms: number;
  readonly peakMb: number | undefined;
}

/** How long a whole workspace may take to load before the bench gives up on it. */
const COLD_TIMEOUT_MS = 600_000;

/**
 * Starts the built server (stdio, as any editor does) on `folder` and waits until every one of
 * its `files` PPB files has had its diagnostics published.
 */
export async function startOnFolder(folder: string, files: number): Promise<ColdServer> {
  const start = performance.now();
  const seen = new Set<string>();
  let done: () => void = () => undefined;
  const all = new Promise<void>((resolve) => (done = resolve));
  const note = (p: PublishDiagnosticsParams): void => {
    seen.add(p.uri);
    if (seen.size >= files) done();
  };
  const client = await LspTestClient.start({ folders: [folder] });
  client.onPublish = note;
  for (const uri of client.diagnostics.keys()) seen.add(uri);
  if (seen.size >= files) done();
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    all,
    new Promise(
      (_, reject) =>
        (timer = setTimeout(
          () => reject(new Error(`${folder}: ${seen.size} of ${files} files checked after ${COLD_TIMEOUT_MS / 1000} s`)),
          COLD_TIMEOUT_MS,
        )),
    ),
  ]);
  clearTimeout(timer);
  const ms = since(start);
  client.onPublish = undefined;
  return { client, ms, peakMb: peakMemoryMb(client.child.pid) };
}

export const fileUri = (file: string): string => pathToFileURL(file).href;
