import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic, Position, ServerCapabilities } from 'vscode-languageserver-protocol';
import type { LspTestClient } from '../test/support/lsp-client';
import { BASE_SHAPE, mapCount, mapFileName } from './generate';
import { fileUri, startOnFolder } from './our-server';
import { percentile, since } from './stats';
import type { BenchFolders } from './workspaces';

export interface Latency {
  readonly p50: number;
  readonly p95: number;
  readonly count: number;
}

export interface FeatureLatency extends Latency {
  /** Answers that held something (a hover, a location, completion items). */
  readonly answered: number;
}

export interface EditResult {
  readonly maps: number;
  readonly edit: Latency;
  readonly hover: FeatureLatency | 'not served';
  readonly completion: FeatureLatency | 'not served';
  readonly definition: FeatureLatency | 'not served';
}

const latency = (times: readonly number[]): Latency => ({ p50: percentile(times, 50), p95: percentile(times, 95), count: times.length });

/** A step's performer in a map file: `        pelaksana: unit_NN` (steps stand eight spaces in). */
const STEP_PERFORMER = /^( {8}pelaksana: )(unit_\d+)$/m;

/** Where the unit id of the first step performer stands, and the text with it replaced. */
export function performerEdit(text: string, replacement: string): { position: Position; edited: string } {
  const m = STEP_PERFORMER.exec(text);
  if (!m || m[1] === undefined) throw new Error('no step performer in the map file');
  const offset = m.index + m[1].length;
  const line = text.slice(0, offset).split('\n').length - 1;
  const character = offset - (text.lastIndexOf('\n', offset - 1) + 1);
  return {
    position: { line, character: character + 1 },
    edited: text.slice(0, offset) + replacement + text.slice(offset + (m[2]?.length ?? 0)),
  };
}

/** Sends one full-text change and resolves when the server publishes diagnostics that pass `check`. */
export async function timedEdit(
  client: LspTestClient,
  uri: string,
  text: string,
  version: number,
  check: (d: Diagnostic[]) => boolean,
): Promise<number> {
  const start = performance.now();
  const published = client.waitFor(uri, check, 60_000);
  await client.change(uri, text, version);
  await published;
  return since(start);
}

const PROVIDERS = { hover: 'hoverProvider', completion: 'completionProvider', definition: 'definitionProvider' } as const satisfies Record<
  string,
  keyof ServerCapabilities
>;

const hasContent = (answer: unknown): boolean =>
  answer !== null &&
  answer !== undefined &&
  !(Array.isArray(answer) && answer.length === 0) &&
  !(typeof answer === 'object' && 'items' in answer && Array.isArray(answer.items) && answer.items.length === 0);

async function timedRequests(client: LspTestClient, method: string, params: object, count: number): Promise<FeatureLatency> {
  const times: number[] = [];
  let answered = 0;
  for (let i = 0; i < count + 5; i++) {
    const start = performance.now();
    const answer: unknown = await client.connection.sendRequest(method, params);
    if (i < 5) continue; // warm-up
    times.push(since(start));
    if (hasContent(answer)) answered++;
  }
  return { ...latency(times), answered };
}

/**
 * In the 500-map workspace, one map file open: `edits` edits that alternately name an unknown
 * unit and put the right one back, each timed from didChange to its diagnostics; then hover,
 * definition (on a step's unit id) and completion (on a blank `pelaksana: `), when served.
 */
export async function editLatency(folders: BenchFolders, edits: number, requests: number): Promise<EditResult> {
  const folder = folders.workspace(BASE_SHAPE);
  const file = path.join(folder, mapFileName(1, 1, 1));
  const uri = fileUri(file);
  const original = readFileSync(file, 'utf8');
  const { client } = await startOnFolder(folder, 1 + BASE_SHAPE.processes + mapCount(BASE_SHAPE));
  try {
    await client.open(uri, original);
    await client.waitFor(uri, (d) => d.length === 0);
    const { position, edited: unknownUnit } = performerEdit(original, 'unit_tak_dikenal');
    const flagged = (d: Diagnostic[]): boolean => d.some((x) => x.code === 'PPB207' && x.range.start.line === position.line);
    const clean = (d: Diagnostic[]): boolean => d.length === 0;
    let version = 1;
    const times: number[] = [];
    for (let i = 0; i < edits + 4; i++) {
      const ms =
        i % 2 === 0
          ? await timedEdit(client, uri, unknownUnit, ++version, flagged)
          : await timedEdit(client, uri, original, ++version, clean);
      if (i >= 4) times.push(ms); // the first edits warm the server up
    }
    const caps = client.initializeResult?.capabilities ?? {};
    const served = (f: keyof typeof PROVIDERS): boolean => Boolean(caps[PROVIDERS[f]]);
    const at = { textDocument: { uri }, position };
    const hover = served('hover') ? await timedRequests(client, 'textDocument/hover', at, requests) : 'not served';
    const definition = served('definition') ? await timedRequests(client, 'textDocument/definition', at, requests) : 'not served';
    let completion: FeatureLatency | 'not served' = 'not served';
    if (served('completion')) {
      const { edited: blank } = performerEdit(original, '');
      const line = blank.split('\n')[position.line] ?? '';
      await timedEdit(client, uri, blank, ++version, (d) => d.length > 0); // a blank performer is flagged
      completion = await timedRequests(
        client,
        'textDocument/completion',
        { textDocument: { uri }, position: { line: position.line, character: line.length } },
        requests,
      );
    }
    return { maps: mapCount(BASE_SHAPE), edit: latency(times), hover, completion, definition };
  } finally {
    await client.stop();
  }
}
