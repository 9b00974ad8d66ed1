import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { LspTestClient } from '../support/lsp-client';
import { REPO, TempModel } from '../support/temp-model';
import { replayHint, runFuzz } from './fuzz-run';
import { Rng } from './mutate';
import { newStats, outside, probeDocument } from './probe';

/** The seed of `npm test`: fixed, so a run on a clean clone does what the last one did. */
const CI_SEED = 20261129;
const CI_MS = Number(process.env.PPB_FUZZ_MS ?? 60_000);

/** Documents a fuzz run once failed on, kept by `npm run fuzz`; each is replayed exactly. */
const REGRESSIONS = path.join(REPO, 'test/fuzz/regressions');

describe('fuzz regressions: each kept document next to the sample', () => {
  let model: TempModel;
  let client: LspTestClient;
  before(async () => {
    model = TempModel.fromFolder(path.join(REPO, 'samples/klambu'));
    client = await LspTestClient.start({ folders: [model.dir], captureStderr: true });
  });
  after(async () => {
    await client.stop();
    model.dispose();
  });

  for (const name of readdirSync(REGRESSIONS)
    .filter((f) => f.endsWith('.ppb.yaml'))
    .sort()) {
    test(name, async () => {
      const text = readFileSync(path.join(REGRESSIONS, name), 'utf8');
      const uri = model.uri(name);
      await client.open(uri, text);
      assert.deepEqual(await probeDocument(client, uri, text, new Rng(1), newStats()), []);
      await client.settle();
      assert.deepEqual(outside(text, client.diagnostics.get(uri) ?? []), []);
      assert.equal(client.stderr, '');
      await client.close(uri);
    });
  }
});

test(`fuzz: mutated samples over stdio for ${CI_MS / 1000} s (seed ${CI_SEED})`, { timeout: CI_MS + 120_000 }, async (t) => {
  const result = await runFuzz({ seed: CI_SEED, ms: CI_MS });
  t.diagnostic(
    `${result.iterations} mutations, ${result.stats.requests} requests, slowest ${result.stats.slowest} ${result.stats.slowestMs} ms`,
  );
  assert.equal(result.failure, undefined, replayHint(result));
  assert.ok(result.iterations >= 50, `only ${result.iterations} mutations ran`);
});
