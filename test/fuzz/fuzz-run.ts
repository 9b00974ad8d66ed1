import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspTestClient } from '../support/lsp-client';
import { REPO } from '../support/temp-model';
import { mutate, Rng } from './mutate';
import { newStats, outside, probeDocument, type ProbeStats } from './probe';

const SAMPLES = path.join(REPO, 'samples/klambu');
const JUDGED = path.join(REPO, 'test/fixtures/judged');

const yamlFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ppb.yaml'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();

export interface FuzzOptions {
  readonly seed: number;
  /** Stop after this many mutations (a replay), or … */
  readonly iterations?: number;
  /** … after this long (a timed run); whichever comes first. */
  readonly ms?: number;
}

export interface FuzzResult {
  readonly seed: number;
  readonly iterations: number;
  readonly stats: ProbeStats;
  /** The first failure: the seed and the iteration replay it. */
  readonly failure?: { iteration: number; what: string; problems: string[]; text: string };
}

/**
 * Mutates the Klambu sample files one edit at a time and sends each as an edit to the built
 * server over stdio, then every request about that document; after each, the server must be
 * alive, have answered everything within 5 s without an error, logged no error, and every
 * diagnostic of every open file must lie inside that file's current text.
 */
export async function runFuzz(options: FuzzOptions): Promise<FuzzResult> {
  const rng = new Rng(options.seed);
  const files = yamlFiles(SAMPLES);
  const originals = files.map((f) => readFileSync(f, 'utf8'));
  const donors = [...originals, ...yamlFiles(JUDGED).map((f) => readFileSync(f, 'utf8'))];
  const uris = files.map((f) => pathToFileURL(f).href);
  const texts = [...originals];
  const versions = texts.map(() => 1);
  const stats = newStats();
  const logged: string[] = [];
  const client = await LspTestClient.start({ folders: [SAMPLES], locale: rng.int(2) === 0 ? 'id' : 'en', captureStderr: true });
  client.connection.onNotification('window/logMessage', (m: { type: number; message: string }) => {
    if (m.type === 1) logged.push(m.message);
  });
  const deadline = Date.now() + (options.ms ?? Infinity);
  let iteration = 0;
  try {
    for (const [i, uri] of uris.entries()) await client.open(uri, texts[i] ?? '');
    for (; iteration < (options.iterations ?? Infinity) && Date.now() < deadline; iteration++) {
      const k = rng.int(uris.length);
      const uri = uris[k] as string;
      let what: string;
      if (rng.int(20) === 0) {
        texts[k] = originals[k] ?? '';
        what = 'reset to the sample';
      } else {
        const edits = [];
        for (let n = 1 + rng.int(3); n > 0; n--) {
          const m = mutate(rng, texts[k] ?? '', donors);
          texts[k] = m.text;
          edits.push(m.what);
        }
        what = edits.join('; ');
      }
      const text = texts[k] ?? '';
      versions[k] = (versions[k] ?? 1) + 1;
      await client.change(uri, text, versions[k] ?? 2);
      const problems = await probeDocument(client, uri, text, rng, stats);
      // A server that stops publishing (a hang) is a failure of this document, kept for replay.
      await client
        .settle()
        .catch((err: unknown) => problems.push(`the server did not publish diagnostics for a new document: ${String(err)}`));
      for (const [j, u] of uris.entries())
        problems.push(...outside(texts[j] ?? '', client.diagnostics.get(u) ?? []).map((p) => `${path.basename(files[j] ?? '')}: ${p}`));
      if (client.child.exitCode !== null || client.child.signalCode !== null)
        problems.push(`the server exited (${client.child.exitCode ?? client.child.signalCode})`);
      if (client.stderr !== '') problems.push(`the server wrote to stderr: ${client.stderr.slice(0, 500)}`);
      if (logged.length > 0) problems.push(`the server logged errors: ${logged.join(' | ').slice(0, 500)}`);
      if (problems.length > 0)
        return {
          seed: options.seed,
          iterations: iteration + 1,
          stats,
          failure: { iteration, what: `${path.basename(files[k] ?? '')}: ${what}`, problems, text },
        };
    }
    return { seed: options.seed, iterations: iteration, stats };
  } finally {
    await client.stop();
  }
}

/** How to replay a failure, printed with it. */
export function replayHint(r: FuzzResult): string {
  return (
    `fuzz seed ${r.seed} failed at iteration ${r.failure?.iteration} (${r.failure?.what}): ${r.failure?.problems.join('\n  ')}\n` +
    `replay: npm run fuzz -- --seed ${r.seed} --iterations ${r.iterations}`
  );
}
