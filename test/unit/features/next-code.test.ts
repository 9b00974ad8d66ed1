import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { PpbWorkspace } from '../../../server/src/service';
import { nextCode, nextFreeCode, nextProcessCode } from '../../../server/src/service/features/next-code';
import type { ModelIndex } from '../../../server/src/service/model-index';
import { VALID } from '../../support/check';
import { REPO } from '../../support/temp-model';

function modelOf(files: Record<string, string>): ModelIndex {
  const ws = new PpbWorkspace();
  for (const [name, text] of Object.entries(files)) ws.setFile(`file:///ws/${name}`, text);
  return ws.index();
}

function fixture(folder: string, file: string): string {
  return readFileSync(path.join(REPO, 'test/fixtures/judged', folder, file), 'utf8');
}

const MAPS = (codes: string[]): string =>
  `peta_lintas_fungsi:\n${codes.map((c) => `  - kode: ${c}\n    nama: Peta ${c}\n    langkah: []\n`).join('')}`;

describe('nextFreeCode', () => {
  test('a sub-process: after the highest child', () => {
    const model = modelOf({ 'm.ppb.yaml': VALID });
    assert.equal(nextFreeCode(model, 'KECKLB.06', 'sub'), 'KECKLB.06.05');
    assert.equal(nextFreeCode(model, 'KECKLB.06.03', 'sub'), 'KECKLB.06.03.01');
  });

  test('a map: KECKLB.06.03 with CFM.01..05 gets CFM.06', () => {
    const model = modelOf({
      'm.ppb.yaml': VALID,
      'p.ppb.yaml': MAPS(['KECKLB.06.03.CFM.01', 'KECKLB.06.03.CFM.03', 'KECKLB.06.03.CFM.04', 'KECKLB.06.03.CFM.05']),
    });
    assert.equal(nextFreeCode(model, 'KECKLB.06.03', 'map'), 'KECKLB.06.03.CFM.06');
    assert.equal(nextFreeCode(model, 'KECKLB.06.04', 'map'), 'KECKLB.06.04.CFM.02');
    assert.equal(nextFreeCode(model, 'KECKLB.06', 'map'), 'KECKLB.06.CFM.01');
  });

  test('gaps are not filled: the next after the highest', () => {
    const model = modelOf({ 'm.ppb.yaml': VALID, 'p.ppb.yaml': MAPS(['KECKLB.06.04.CFM.04']) });
    assert.equal(nextFreeCode(model, 'KECKLB.06.04', 'map'), 'KECKLB.06.04.CFM.05');
    const dinkes = modelOf({ 'l.ppb.yaml': fixture('valid-dinkes-split', 'proses/level0.ppb.yaml') });
    assert.equal(nextFreeCode(dinkes, 'DINKESGBG.01', 'sub'), 'DINKESGBG.01.06');
  });

  test('the parent as the model writes it, whatever spelling is asked', () => {
    const model = modelOf({ 'm.ppb.yaml': VALID });
    assert.equal(nextFreeCode(model, 'kecklb.6', 'sub'), 'KECKLB.06.05');
  });

  test('variants keep their form: POM-05.01.CFM.01, BPSDM-5.2.5_CFM.01', () => {
    const bbpom = modelOf({ 'b.ppb.yaml': fixture('variant-bbpom', 'bbpom.ppb.yaml') });
    assert.equal(nextFreeCode(bbpom, 'POM-05.01', 'map'), 'POM-05.01.CFM.02');
    assert.equal(nextFreeCode(bbpom, 'POM.5.1', 'map'), 'POM-05.01.CFM.02');
    assert.equal(nextFreeCode(bbpom, 'POM-05', 'sub'), 'POM-05.02');
    assert.equal(nextFreeCode(bbpom, 'POM.06', 'map'), 'POM.06.CFM.03');
    const bpsdm = modelOf({ 'b.ppb.yaml': fixture('variant-bpsdm-pupr', 'bpsdm.ppb.yaml') });
    assert.equal(nextFreeCode(bpsdm, 'BPSDM-5.2.5', 'map'), 'BPSDM-5.2.5_CFM.02');
    assert.equal(nextFreeCode(bpsdm, 'BPSDM-5.2', 'sub'), 'BPSDM-5.2.06');
  });

  test('printed forms keep their form: POM-05.01/CFM.02 after a slash, POM-05.01CFM.02 when glued', () => {
    const sample = fixture('variant-bbpom', 'bbpom.ppb.yaml');
    assert.ok(sample.includes('  - kode: POM-05.01.CFM.01\n'));
    const slash = modelOf({ 'b.ppb.yaml': sample.replace('  - kode: POM-05.01.CFM.01\n', '  - kode: POM-05.01/CFM.01\n') });
    assert.equal(nextFreeCode(slash, 'POM-05.01', 'map'), 'POM-05.01/CFM.02');
    const glued = modelOf({ 'b.ppb.yaml': sample.replace('  - kode: POM-05.01.CFM.01\n', '  - kode: POM-05.01CFM.01\n') });
    assert.equal(nextFreeCode(glued, 'POM-05.01', 'map'), 'POM-05.01CFM.02');
  });

  test('undefined for an unknown parent, a map as parent, and once 99 is taken', () => {
    const model = modelOf({ 'm.ppb.yaml': VALID, 'p.ppb.yaml': MAPS(['KECKLB.06.03.CFM.99']) });
    assert.equal(nextFreeCode(model, 'KECKLB.09', 'sub'), undefined);
    assert.equal(nextFreeCode(model, 'KECKLB.06.03.CFM.02', 'map'), undefined);
    assert.equal(nextFreeCode(model, 'KECKLB.06.03', 'map'), undefined);
    const almost = modelOf({ 'm.ppb.yaml': VALID, 'p.ppb.yaml': MAPS(['KECKLB.06.03.CFM.98']) });
    assert.equal(nextFreeCode(almost, 'KECKLB.06.03', 'map'), 'KECKLB.06.03.CFM.99');
  });

  test('on the Klambu sample', () => {
    const dir = path.join(REPO, 'samples/klambu');
    const model = modelOf({
      'instansi.ppb.yaml': readFileSync(path.join(dir, 'instansi.ppb.yaml'), 'utf8'),
      'proses.ppb.yaml': readFileSync(path.join(dir, 'proses.ppb.yaml'), 'utf8'),
      'kecklb-06.ppb.yaml': readFileSync(path.join(dir, 'peta-lintas-fungsi/kecklb-06.ppb.yaml'), 'utf8'),
      'kecklb-03.ppb.yaml': readFileSync(path.join(dir, 'peta-lintas-fungsi/kecklb-03.ppb.yaml'), 'utf8'),
    });
    assert.equal(nextFreeCode(model, 'KECKLB.06.03', 'map'), 'KECKLB.06.03.CFM.06');
    assert.equal(nextFreeCode(model, 'KECKLB.03.01', 'map'), 'KECKLB.03.01.CFM.05');
    assert.equal(nextFreeCode(model, 'KECKLB.06', 'sub'), 'KECKLB.06.07');
    assert.equal(nextProcessCode(model), 'KECKLB.07');
  });
});

describe('nextCode and nextProcessCode', () => {
  test('from the parent and the codes taken, as text', () => {
    assert.equal(nextCode('KECKLB', [], 'sub'), 'KECKLB.01');
    assert.equal(
      nextCode('KECKLB.06.03', ['KECKLB.06.03.CFM.09', 'KECKLB.06.03.CFM.10', 'KECKLB.06.04.CFM.20'], 'map'),
      'KECKLB.06.03.CFM.11',
    );
    assert.equal(nextCode('KECKLB.06', ['KECKLB.06.03.01', 'KECKLB.06.02'], 'sub'), 'KECKLB.06.03');
    assert.equal(nextCode('KECKLB.06', ['KECKLB.06.99'], 'sub'), undefined);
  });

  test('a Level 0 code needs one prefix', () => {
    assert.equal(nextProcessCode(modelOf({ 'm.ppb.yaml': VALID })), 'KECKLB.07');
    assert.equal(nextProcessCode(modelOf({ 'm.ppb.yaml': 'proses: []\n' })), undefined);
  });
});
