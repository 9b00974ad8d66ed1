import assert from 'node:assert/strict';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { readFileSync, writeFileSync } from 'node:fs';
import {
  DiagramRequest,
  DiagramsRequest,
  FocusRequest,
  ModelChangedNotification,
  type ModelChangedParams,
} from '../../server/src/protocol/requests';
import { within } from '../support/within';
import { VALID } from '../support/check';
import { LspTestClient } from '../support/lsp-client';
import { REPO, TempModel } from '../support/temp-model';

describe('the diagram requests of ppb-language-server', () => {
  let model: TempModel;
  let client: LspTestClient;
  let file: string;

  before(async () => {
    model = TempModel.fromFolder(path.join(REPO, 'samples/belajar/03-banyak-berkas'));
    file = model.uri('peta.ppb.yaml');
    client = await LspTestClient.start({ folders: [model.dir], locale: 'id' });
    await client.waitFor(file);
  });
  after(async () => {
    await client.stop();
    model.dispose();
  });

  test('ppb/modelChanged announces a change made on disk, with the folder and the new version', async () => {
    const before = (await client.connection.sendRequest(DiagramsRequest, { uri: file })).version;
    const announced = new Promise<ModelChangedParams>((resolve) => {
      const sub = client.connection.onNotification(ModelChangedNotification, (p) => {
        sub.dispose();
        resolve(p);
      });
    });
    // As a checkout would: the file rewritten on disk, the editor told by the file watcher.
    const disk = path.join(model.dir, 'peta.ppb.yaml');
    const text = readFileSync(disk, 'utf8');
    writeFileSync(disk, `${text}\n# changed on disk\n`);
    await client.filesChanged([{ uri: file, type: 2 }]);
    const p = await within(15_000, 'ppb/modelChanged', announced);
    assert.equal(p.scope, model.uri('').replace(/\/$/, ''));
    assert.ok(p.version > before, `version ${p.version} after ${before}`);
    assert.equal((await client.connection.sendRequest(DiagramsRequest, { uri: file })).version, p.version);
  });

  test('ppb/diagrams lists the maps of the folder with source locations', async () => {
    const { version, diagrams } = await client.connection.sendRequest(DiagramsRequest, { uri: file });
    assert.ok(version > 0);
    assert.deepEqual(diagrams.map((d) => d.kind).slice(0, 2), ['level0', 'relasi']);
    const cfm = diagrams.find((d) => d.kind === 'cfm');
    assert.ok(cfm?.source);
    assert.equal(cfm.source.uri, file);
    assert.ok(cfm.source.range.start.line > 0);
  });

  test('ppb/diagram returns one diagram; ppb/focus finds the map and node at a position', async () => {
    const list = await client.connection.sendRequest(DiagramsRequest, { uri: file });
    const id = list.diagrams.find((d) => d.kind === 'cfm')?.id ?? '';
    const r = await client.connection.sendRequest(DiagramRequest, { uri: file, id });
    assert.ok(r.diagram && r.diagram.nodes.length >= 3);
    const step = r.diagram.nodes[1];
    assert.ok(step?.source);
    const focus = await client.connection.sendRequest(FocusRequest, { uri: file, position: step.source.range.start });
    assert.deepEqual(focus, { diagramId: id, nodeId: step.id });
    const missing = await client.connection.sendRequest(DiagramRequest, { uri: file, id: 'NO.SUCH' });
    assert.equal(missing.diagram, null);
  });

  test("a YAML syntax error comes with the answer, in the user's language, and the diagrams stay", async () => {
    const instansi = model.uri('instansi.ppb.yaml');
    await client.open(instansi, 'versi: 1\ninstansi: [tidak ditutup\n');
    await client.waitFor(instansi, (d) => d.length > 0);
    const r = await client.connection.sendRequest(DiagramsRequest, { uri: file });
    assert.equal(r.syntaxError?.location.uri, instansi);
    assert.match(r.syntaxError?.message ?? '', /Kesalahan penulisan YAML/);
    assert.ok(r.diagrams.length >= 3, 'the last good model still gives the diagrams');
    await client.close(instansi);
  });
});

test('the valid base model served over the protocol has its four kinds of map', async () => {
  const model = new TempModel();
  const file = model.write('m.ppb.yaml', VALID);
  const client = await LspTestClient.start({ folders: [model.dir] });
  try {
    await client.waitFor(file);
    const r = await client.connection.sendRequest(DiagramsRequest, { uri: file });
    assert.deepEqual([...new Set(r.diagrams.map((d) => d.kind))], ['level0', 'relasi', 'level1', 'cfm']);
  } finally {
    await client.stop();
    model.dispose();
  }
});
