import assert from 'node:assert/strict';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { LspTestClient } from '../support/lsp-client';
import { REPO, TempModel } from '../support/temp-model';

/**
 * What the extension's client does when the server dies: it starts a new one the same way (IPC)
 * and re-sends the open files. This kills the server for real and does that by hand; the
 * client's decision to restart is the RestartPolicy's (test/unit/restart-policy.test.ts).
 */
describe('a killed server, started again on the same folder, gives the same diagnostics', () => {
  let model: TempModel;
  let first: LspTestClient;
  let broken: string;
  let edited: string;

  before(async () => {
    model = TempModel.fromFolder(path.join(REPO, 'samples/klambu'));
    broken = model.write('extra.ppb.yaml', 'unit:\n  seksi_baru:\n    nama: Seksi Baru\n    induk: camatt\n');
    first = await LspTestClient.start({ folders: [model.dir], transport: 'ipc', locale: 'en' });
  });

  after(async () => {
    await first.stop();
    model.dispose();
  });

  test('diagnostics of files on disk and of an open edit come back after SIGKILL', async () => {
    const before = await first.waitFor(broken, (d) => d.length > 0);
    assert.deepEqual(before.map((d) => d.code), ['PPB207']);
    edited = model.uri('instansi.ppb.yaml');
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(path.join(model.dir, 'instansi.ppb.yaml'), 'utf8').replace('induk: camat', 'induk: camat_x');
    await first.open(edited, text);
    const openBefore = await first.waitFor(edited, (d) => d.some((x) => x.code === 'PPB207'));

    const exited = new Promise((resolve) => first.child.once('exit', (code, signal) => resolve(signal)));
    first.child.kill('SIGKILL');
    assert.equal(await exited, 'SIGKILL');

    const second = await LspTestClient.start({ folders: [model.dir], transport: 'ipc', locale: 'en' });
    try {
      assert.deepEqual(await second.waitFor(broken, (d) => d.length > 0), before);
      await second.open(edited, text); // the client re-sends what the editor has open
      assert.deepEqual(await second.waitFor(edited, (d) => d.some((x) => x.code === 'PPB207')), openBefore);
    } finally {
      await second.stop();
    }
  });
});
