import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { LspTestClient } from '../test/support/lsp-client';
import { timedEdit } from './edits';
import { SINGLE_FILE_SHAPE } from './generate';
import { fileUri } from './our-server';
import { REPO } from './processes';
import { median } from './stats';
import type { BenchFolders } from './workspaces';

/** yaml-language-server waits this long after a change before it validates (its validationDelayMs). */
export const YAML_LS_DEBOUNCE_MS = 200;

const YAML_LS = path.join(REPO, 'node_modules/yaml-language-server/bin/yaml-language-server');
const SCHEMA = path.join(REPO, 'schemas/ppb.schema.json');

export interface SideBySide {
  readonly lines: number;
  readonly edits: number;
  /** Median ms from didChange to diagnostics. */
  readonly oursMs: number;
  readonly yamlLsMs: number;
  /** yaml-language-server's time less its debounce: the work it does. */
  readonly yamlLsWorkMs: number;
  /** ours / yaml-language-server's work: what the target is about. */
  readonly ratio: number;
  /** ours / yaml-language-server's whole time, as a user waits for it. */
  readonly ratioAsSeen: number;
  readonly yamlLsVersion: string;
}

/** yaml-language-server's settings: our schema for *.ppb.yaml, validation on, nothing fetched from the network. */
const yamlSettings = {
  validate: true,
  schemas: { [fileUri(SCHEMA)]: ['*.ppb.yaml'] },
  schemaStore: { enable: false },
  kubernetesCRDStore: { enable: false },
  hover: true,
  completion: true,
  format: { enable: false },
};

async function startYamlLs(folder: string): Promise<LspTestClient> {
  const client = await LspTestClient.start({
    folders: [folder],
    server: [YAML_LS],
    settings: yamlSettings,
    capabilities: {
      workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false } },
      textDocument: { publishDiagnostics: {} },
    },
  });
  // It pulls the sections yaml, http, [yaml] and editor, in that order.
  client.connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
    params.items.map((i) => (i.section === 'yaml' ? yamlSettings : i.section === 'http' ? { proxy: '', proxyStrictSSL: false } : {})),
  );
  await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
  return client;
}

/**
 * The same ~20,000-line single-file model in both servers, the same edits: a decision's `jenis`
 * made a value outside its set (a schema error on that line), then put back. Each edit is timed
 * from didChange to the diagnostics that show (or no longer show) the error on that line, so a
 * server that did not really validate would never answer and the run would fail.
 */
export async function sideBySide(folders: BenchFolders, edits: number): Promise<SideBySide> {
  const file = folders.singleFile(SINGLE_FILE_SHAPE);
  const uri = fileUri(file);
  const original = readFileSync(file, 'utf8');
  const lines = original.split('\n');
  // The decision of the map in the middle of the file.
  const line = lines.findIndex((l, i) => i > lines.length / 2 && l === '        jenis: keputusan');
  if (line < 0) throw new Error('no decision in the second half of the file');
  const broken = [...lines.slice(0, line), '        jenis: keputusan_baru', ...lines.slice(line + 1)].join('\n');
  const errorHere = (d: Diagnostic[]): boolean => d.some((x) => x.range.start.line === line);
  const noErrorHere = (d: Diagnostic[]): boolean => !errorHere(d);

  const run = async (client: LspTestClient): Promise<number[]> => {
    await client.open(uri, original);
    await client.waitFor(uri, (d) => d.length === 0, 120_000);
    const times: number[] = [];
    let version = 1;
    for (let i = 0; i < edits + 2; i++) {
      const ms =
        i % 2 === 0
          ? await timedEdit(client, uri, broken, ++version, errorHere)
          : await timedEdit(client, uri, original, ++version, noErrorHere);
      if (i >= 2) times.push(ms);
    }
    return times;
  };

  const ours = await LspTestClient.start({ folders: [path.dirname(file)] });
  let oursTimes: number[];
  try {
    oursTimes = await run(ours);
  } finally {
    await ours.stop();
  }
  const yamlLs = await startYamlLs(path.dirname(file));
  let theirTimes: number[];
  try {
    theirTimes = await run(yamlLs);
  } finally {
    await yamlLs.stop();
  }
  const oursMs = median(oursTimes);
  const yamlLsMs = median(theirTimes);
  const yamlLsWorkMs = Math.max(1, yamlLsMs - YAML_LS_DEBOUNCE_MS);
  const pkg = JSON.parse(readFileSync(path.join(REPO, 'node_modules/yaml-language-server/package.json'), 'utf8')) as { version: string };
  return {
    lines: lines.length,
    edits,
    oursMs,
    yamlLsMs,
    yamlLsWorkMs,
    ratio: oursMs / yamlLsWorkMs,
    ratioAsSeen: oursMs / yamlLsMs,
    yamlLsVersion: pkg.version,
  };
}
