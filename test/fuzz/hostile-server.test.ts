import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { HOSTILE } from '../support/hostile-files';
import { LspTestClient } from '../support/lsp-client';
import { REPO, TempModel } from '../support/temp-model';
import { Rng } from './mutate';
import { ANSWER_WITHIN_MS, newStats, outside, probeDocument } from './probe';

/** The server's peak resident memory in MB (Linux), or undefined elsewhere. */
function peakMb(pid: number | undefined): number | undefined {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? undefined : Math.round(Number(kb) / 1024);
  } catch {
    return undefined;
  }
}

describe('hostile files sent to ppb-language-server --stdio next to the Klambu sample', () => {
  let model: TempModel;
  let client: LspTestClient;
  const stats = newStats();

  before(async () => {
    model = TempModel.fromFolder(path.join(REPO, 'samples/klambu'));
    client = await LspTestClient.start({ folders: [model.dir], locale: 'en', captureStderr: true });
    await client.waitFor(model.uri('proses.ppb.yaml'));
  });

  after(async () => {
    await client.stop();
    model.dispose();
  });

  for (const h of HOSTILE) {
    test(`${h.name}: ${h.codes.join(', ') || 'checked'} within bounds, every request answered`, async (t) => {
      const uri = model.uri(`hostile-${h.name}.ppb.yaml`);
      const text = h.text();
      const started = Date.now();
      await client.open(uri, text);
      const d = await client.waitFor(uri, (x) => h.codes.every((c) => x.some((y) => y.code === c)), 30_000);
      const ms = Date.now() - started;
      assert.deepEqual(outside(text, d), []);
      const problems = await probeDocument(client, uri, text, new Rng(1), stats);
      assert.deepEqual(problems, []);
      t.diagnostic(
        `${h.name}: ${text.length.toLocaleString('en')} chars, diagnostics in ${ms} ms, server peak ${peakMb(client.child.pid)} MB`,
      );
      assert.ok(ms < 3 * ANSWER_WITHIN_MS, `${ms} ms to diagnose`);
      await client.close(uri);
    });
  }

  test('the sample is still served: an edit there is diagnosed, then cleared', async () => {
    const uri = model.uri('instansi.ppb.yaml');
    const text = readFileSync(path.join(model.dir, 'instansi.ppb.yaml'), 'utf8');
    await client.open(uri, text);
    const broken = text.replace('induk: camat', 'induk: camatt');
    await client.change(uri, broken, 2);
    const d = await client.waitFor(uri, (x) => x.some((y) => y.code === 'PPB207'));
    assert.deepEqual(outside(broken, d), []);
    await client.change(uri, text, 3);
    await client.waitFor(uri, (x) => x.length === 0);
    await client.close(uri);
  });

  test('the server stayed up, wrote nothing to stderr, answered everything within 5 s, and its memory stayed bounded', (t) => {
    assert.equal(client.child.exitCode, null);
    assert.equal(client.stderr, '');
    assert.ok(stats.slowestMs < ANSWER_WITHIN_MS, `${stats.slowest} took ${stats.slowestMs} ms`);
    const peak = peakMb(client.child.pid);
    t.diagnostic(`${stats.requests} requests, slowest ${stats.slowest} ${stats.slowestMs} ms, server peak memory ${peak} MB`);
    if (peak !== undefined) assert.ok(peak < 1024, `${peak} MB`);
  });
});

describe('hostile bytes on disk, never opened', () => {
  test('binary and non-UTF-8 files in the folder get PPB006 and the others are still checked', async () => {
    const model = TempModel.fromFolder(path.join(REPO, 'samples/klambu'));
    const bin = model.write('binary.ppb.yaml', '');
    const bad = model.write('latin1.ppb.yaml', '');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(
      path.join(model.dir, 'binary.ppb.yaml'),
      Buffer.from([0x00, 0x01, 0xff, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]),
    );
    writeFileSync(
      path.join(model.dir, 'latin1.ppb.yaml'),
      Buffer.from('unit:\n  kasi:\n    nama: Seksi Pemerintahan K\xe9camatan\n', 'latin1'),
    );
    const client = await LspTestClient.start({ folders: [model.dir], locale: 'id' });
    try {
      assert.deepEqual(
        (await client.waitFor(bin, (x) => x.length > 0)).map((d) => d.code),
        ['PPB006'],
      );
      assert.deepEqual(
        (await client.waitFor(bad, (x) => x.length > 0)).map((d) => d.code),
        ['PPB006'],
      );
      assert.deepEqual(await client.waitFor(model.uri('proses.ppb.yaml')), []);
    } finally {
      await client.stop();
      model.dispose();
    }
  });
});
