import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { VALID, variant } from '../support/check';
import { LspTestClient, messageOf } from '../support/lsp-client';
import { REPO, TempModel } from '../support/temp-model';

const at = (key: string): number => VALID.indexOf(`\n${key}:`) + 1;
const INSTANSI = VALID.slice(0, at('proses'));
const PROSES = VALID.slice(at('proses'), at('peta_lintas_fungsi'));
const PETA = VALID.slice(at('peta_lintas_fungsi'));
const codes = (d: { code?: string | number }[]): (string | number | undefined)[] => d.map((x) => x.code);

describe('ppb-language-server --stdio with a workspace folder', () => {
  let model: TempModel;
  let client: LspTestClient;
  let instansi: string;
  let proses: string;
  let peta: string;

  before(async () => {
    model = new TempModel();
    instansi = model.write('instansi.ppb.yaml', INSTANSI);
    proses = model.write('proses.ppb.yaml', PROSES);
    peta = model.write('peta/kecklb-06.ppb.yaml', variant('pelaksana: camat\n', 'pelaksana: camatt\n', PETA));
    model.write('bukan-ppb.yaml', 'this: [is not checked');
    client = await LspTestClient.start({ folders: [model.dir], locale: 'en' });
  });

  after(async () => {
    await client.stop();
    model.dispose();
  });

  test('publishes diagnostics for every PPB file, none of them opened', async () => {
    assert.deepEqual(await client.waitFor(instansi), []);
    assert.deepEqual(await client.waitFor(proses), []);
    const d = await client.waitFor(peta, (x) => x.length > 0);
    assert.deepEqual(codes(d), ['PPB207']);
    assert.equal(d[0]?.source, 'ppb');
    assert.match(messageOf(d[0]), /Unknown unit or party `camatt`/);
    const line = PETA.split('\n').findIndex((l) => l.includes('pelaksana: camat'));
    assert.deepEqual(d[0]?.range, { start: { line, character: 19 }, end: { line, character: 25 } });
    assert.equal(client.diagnostics.has(model.uri('bukan-ppb.yaml')), false);
  });

  test('an edit in an open file updates its diagnostics, and fixing it clears them', async () => {
    await client.waitFor(peta, (x) => x.length === 1);
    await client.open(peta, variant('pelaksana: camat\n', 'pelaksana: camatt\n', PETA));
    await client.change(peta, PETA, 2);
    assert.deepEqual(await client.waitFor(peta, (x) => x.length === 0), []);
    await client.change(peta, variant('jenis: keputusan', 'jenis: keputsan', PETA), 3);
    const d = await client.waitFor(peta, (x) => x.length > 0);
    assert.deepEqual(codes(d), ['PPB103']);
    // Each says which text it was computed from; a file only on disk has no version.
    assert.equal(client.published.filter((p) => p.uri === peta).at(-1)?.version, 3);
    assert.equal(client.published.find((p) => p.uri === instansi)?.version, undefined);
  });

  test('an edit in one file re-checks the files that depend on it, opened or not', async () => {
    await client.change(peta, PETA, 4);
    await client.waitFor(peta, (x) => x.length === 0);
    // Remove unit `sekretariat` (used as a lane in the maps file and as a parent in this one).
    const without = variant('  sekretariat:\n    nama: Sekretariat Kecamatan\n    induk: camat\n    singkatan: Sekcam\n', '', INSTANSI);
    await client.open(instansi, INSTANSI);
    await client.change(instansi, without, 2);
    const d = await client.waitFor(peta, (x) => x.length > 0);
    assert.ok(d.length >= 2 && d.every((x) => x.code === 'PPB207'), JSON.stringify(d));
    const own = await client.waitFor(instansi, (x) => x.length > 0);
    assert.deepEqual(codes(own), ['PPB207']); // subbag_umum's induk
    await client.change(instansi, INSTANSI, 3);
    await client.waitFor(peta, (x) => x.length === 0);
    await client.close(instansi);
  });

  test('a YAML syntax error keeps the last good model for the other files', async () => {
    await client.open(instansi, INSTANSI);
    await client.change(instansi, `${INSTANSI}\n  broken: [unclosed\n`, 2);
    const own = await client.waitFor(instansi, (x) => x.length > 0);
    assert.ok(
      own.every((x) => x.code === 'PPB001'),
      JSON.stringify(own),
    );
    // The maps still resolve units declared in the broken file.
    await client.settle();
    assert.deepEqual(client.diagnostics.get(peta), []);
    await client.change(instansi, INSTANSI, 3);
    await client.waitFor(instansi, (x) => x.length === 0);
    await client.close(instansi);
  });

  test('files created, changed and deleted on disk are followed', async () => {
    const extra = model.write('extra.ppb.yaml', 'unit:\n  camat:\n    nama: Camat lagi\n');
    await client.filesChanged([{ uri: extra, type: 1 }]);
    const d = await client.waitFor(extra, (x) => x.length > 0);
    assert.deepEqual(codes(d), ['PPB204']);
    await client.waitFor(instansi, (x) => x.some((y) => y.code === 'PPB204'));

    model.write('extra.ppb.yaml', 'unit:\n  seksi_pmd:\n    nama: Seksi PMD\n');
    await client.filesChanged([{ uri: extra, type: 2 }]);
    await client.waitFor(extra, (x) => x.length === 0);
    await client.waitFor(instansi, (x) => x.length === 0);

    // Deleting the file that breaks the model clears its own diagnostics and its effect on others.
    model.write('extra.ppb.yaml', 'unit:\n  camat:\n    nama: Camat lagi\n');
    await client.filesChanged([{ uri: extra, type: 2 }]);
    await client.waitFor(instansi, (x) => x.some((y) => y.code === 'PPB204'));
    model.remove('extra.ppb.yaml');
    await client.filesChanged([{ uri: extra, type: 3 }]);
    await client.waitFor(instansi, (x) => x.length === 0);
    await client.waitFor(extra, (x) => x.length === 0);
  });
});

describe('the language of messages', () => {
  let model: TempModel;
  let file: string;

  before(() => {
    model = new TempModel();
    file = model.write('model.ppb.yaml', variant('kategori: pendukung', 'kategori: pendukungg'));
  });
  after(() => model.dispose());

  test('the locale sent at initialize picks Indonesian', async () => {
    const client = await LspTestClient.start({ folders: [model.dir], locale: 'id' });
    try {
      const d = await client.waitFor(file, (x) => x.length > 0);
      assert.match(messageOf(d[0]), /tidak boleh bernilai `pendukungg`/);
    } finally {
      await client.stop();
    }
  });

  test('the ppb.bahasa setting overrides the locale, and a change of it re-publishes', async () => {
    const client = await LspTestClient.start({ folders: [model.dir], locale: 'id', initializationOptions: { bahasa: 'en' } });
    try {
      const d = await client.waitFor(file, (x) => x.length > 0);
      assert.match(messageOf(d[0]), /cannot be `pendukungg`/);
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { ppb: { bahasa: 'id' } } });
      await client.waitFor(file, (x) => /tidak boleh bernilai/.test(messageOf(x[0])));
    } finally {
      await client.stop();
    }
  });

  test('a client that can be asked for settings is asked', async () => {
    const client = await LspTestClient.start({
      folders: [model.dir],
      locale: 'en',
      capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } } },
      settings: { bahasa: 'id' },
    });
    try {
      await client.waitFor(file, (x) => /tidak boleh bernilai/.test(messageOf(x[0])));
    } finally {
      await client.stop();
    }
  });
});

describe('over IPC, as the VS Code extension starts it', () => {
  test('diagnostics arrive for an unopened file', async () => {
    const model = new TempModel();
    const file = model.write('model.ppb.yaml', variant('Tidak: susun', 'Tidak: susunn'));
    const client = await LspTestClient.start({ folders: [model.dir], locale: 'en', transport: 'ipc' });
    try {
      const d = await client.waitFor(file, (x) => x.length > 0);
      assert.deepEqual(codes(d), ['PPB209']);
    } finally {
      await client.stop();
      model.dispose();
    }
  });
});

describe('the Klambu sample through the server', () => {
  test('every file of samples/klambu is published clean', async () => {
    const model = TempModel.fromFolder(path.join(REPO, 'samples/klambu'));
    const client = await LspTestClient.start({ folders: [model.dir], locale: 'en' });
    try {
      const names = readdirSync(model.dir, { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith('.ppb.yaml'));
      assert.ok(names.length >= 7, names.join(', '));
      for (const name of names) assert.deepEqual(await client.waitFor(model.uri(name)), [], name);
    } finally {
      await client.stop();
      model.dispose();
    }
  });
});

describe('a file opened while its folder is still being read', () => {
  let model: TempModel;
  let client: LspTestClient | undefined;

  before(() => {
    model = new TempModel();
    model.write('instansi.ppb.yaml', INSTANSI);
    model.write('proses.ppb.yaml', PROSES);
    // Enough files that reading them takes a while after `initialized`.
    for (let i = 0; i < 1500; i++) model.write(`isi/${String(i).padStart(4, '0')}.ppb.yaml`, 'versi: 1\n');
  });

  after(async () => {
    await client?.stop();
    model.dispose();
  });

  test('gets no diagnostics from the half-read model (no unit of an unread file is unknown)', async () => {
    const peta = model.write('peta.ppb.yaml', PETA);
    client = await LspTestClient.start({ folders: [model.dir], locale: 'en' });
    await client.open(peta, PETA);
    assert.deepEqual(await client.waitFor(peta), []);
    await client.settle();
    const forPeta = client.published.filter((p) => p.uri === peta);
    assert.ok(forPeta.length >= 1);
    assert.deepEqual(
      forPeta.flatMap((p) => codes(p.diagnostics)),
      [],
      'a publication came from the half-read model',
    );
  });
});
