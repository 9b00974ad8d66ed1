import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { SopsRequest } from '../../server/src/protocol/requests';
import { LspTestClient } from '../support/lsp-client';
import { REPO, TempModel } from '../support/temp-model';

describe('ppb/sops: the SOP AP documents of a map, laid out, for the preview', () => {
  let model: TempModel;
  let client: LspTestClient;
  let file: string;
  const MAP = 'KELSKM.01.01.CFM.01';

  before(async () => {
    model = TempModel.fromFolder(path.join(REPO, 'samples/belajar/09-sop'));
    file = model.uri('contoh.ppb.yaml');
    client = await LspTestClient.start({ folders: [model.dir] });
    await client.waitFor(file);
  });
  after(async () => {
    await client.stop();
    model.dispose();
  });

  test("a cross-functional map's declared SOPs, in order, each on A4 landscape pages of shapes", async () => {
    const r = await client.connection.sendRequest(SopsRequest, { uri: file, id: MAP });
    assert.ok(r.version > 0);
    assert.deepEqual(
      r.sops.map((s) => [s.kode, s.map, s.exportName, s.draft, s.width, s.height, s.pages.map((p) => p.kind)]),
      [
        [`${MAP}.SOP.01`, MAP, `${MAP}.SOP.01`, false, 297, 210, ['identity', 'procedure']],
        [`${MAP}.SOP.02`, MAP, `${MAP}.SOP.02`, false, 297, 210, ['identity', 'procedure']],
      ],
    );
    const texts = r.sops[0]?.pages[0]?.shapes.flatMap((s) => (s.kind === 'text' ? s.lines : [])) ?? [];
    assert.ok(texts.includes('NOMOR SOP') && texts.includes('470/012/SOP/2023'), JSON.stringify(texts));
    // A map's code in another spelling names the same map, as ppb/diagram takes it.
    const variant = await client.connection.sendRequest(SopsRequest, { uri: file, id: 'kelskm.1.1.cfm.1' });
    assert.deepEqual(
      variant.sops.map((s) => s.kode),
      r.sops.map((s) => s.kode),
    );
  });

  test('no SOP for a map that is not cross-functional, nor for an unknown one', async () => {
    for (const id of ['L0', 'relasi', 'KELSKM.01', 'NO.SUCH.CFM.01']) {
      const r = await client.connection.sendRequest(SopsRequest, { uri: file, id });
      assert.deepEqual(r.sops, [], id);
    }
  });

  test('while the model has an error every SOP is a draft (DRAF on each page); fixed, it is not', async () => {
    const text = readFileSync(path.join(model.dir, 'contoh.ppb.yaml'), 'utf8');
    await client.open(file, text.replace('disahkan_oleh: lurah', 'disahkan_oleh: lurahx'));
    await client.waitFor(file, (d) => d.some((x) => x.severity === 1));
    const broken = await client.connection.sendRequest(SopsRequest, { uri: file, id: MAP });
    assert.deepEqual(
      broken.sops.map((s) => s.draft),
      [true, true],
    );
    for (const page of broken.sops.flatMap((s) => s.pages))
      assert.ok(page.shapes.some((s) => s.kind === 'text' && s.lines.includes('DRAF')));
    await client.change(file, text, 2);
    await client.waitFor(file, (d) => !d.some((x) => x.severity === 1));
    const fixed = await client.connection.sendRequest(SopsRequest, { uri: file, id: MAP });
    assert.ok(fixed.version > broken.version);
    assert.deepEqual(
      fixed.sops.map((s) => s.draft),
      [false, false],
    );
  });
});
