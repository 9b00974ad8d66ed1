import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { ppb } from '../support/ppb-cli';
import { REPO } from '../support/temp-model';
import { assertStandalone, catalogOf, missingLabels, openSvg } from './helpers';

const KLAMBU_MAPS = [
  'KECKLB.L0',
  'KECKLB.relasi',
  ...['01', '02', '03', '04', '05', '06'].map((n) => `KECKLB.${n}`),
  ...[
    '02.01.CFM.01',
    '02.02.CFM.01',
    '02.02.CFM.02',
    '03.01.CFM.01',
    '03.01.CFM.04',
    '04.01.CFM.01',
    '05.01.CFM.08',
    '05.01.CFM.09',
    '06.01.CFM.01',
    '06.02.CFM.01',
  ]
    .concat([
      '06.03.CFM.01',
      '06.03.CFM.02',
      '06.03.CFM.03',
      '06.03.CFM.04',
      '06.03.CFM.05',
      '06.04.CFM.01',
      '06.05.CFM.01',
      '06.05.CFM.02',
      '06.05.CFM.03',
    ])
    .concat(['06.06.CFM.01', '06.06.CFM.02', '06.06.CFM.03'])
    .map((c) => `KECKLB.${c}`),
];

/** Exports a model folder to SVG and checks each file against the diagram model. */
async function exportAndCheck(browser: Browser, model: string, out: string): Promise<string[]> {
  const r = ppb(['export', model, '--out', out, '--format', 'svg']);
  assert.equal(r.code, 0, r.stderr);
  const catalog = await catalogOf(path.resolve(REPO, model));
  const list = catalog.list();
  assert.deepEqual(readdirSync(out).sort(), list.map((d) => `${d.exportName}.svg`).sort());
  assert.equal(r.stderr.match(/^\[\d+\/\d+\] \S+\.svg$/gm)?.length, list.length, r.stderr);
  assert.match(r.stderr, new RegExp(`${list.length} of ${list.length} maps? written to `));
  // Four files at a time: each opens in a context of its own.
  const queue = [...list];
  const check = async (): Promise<void> => {
    for (let d = queue.shift(); d; d = queue.shift()) {
      const file = path.join(out, `${d.exportName}.svg`);
      assert.match(readFileSync(file, 'utf8'), /^<\?xml version="1\.0" encoding="UTF-8"/, file);
      const facts = await openSvg(browser, file);
      assertStandalone(facts, file);
      const diagram = catalog.get(d.id);
      assert.ok(diagram, d.id);
      assert.deepEqual(missingLabels(diagram, facts), [], `${d.exportName}: labels missing from the SVG`);
    }
  };
  await Promise.all([check(), check(), check(), check()]);
  return readdirSync(out).sort();
}

describe('ppb export --format svg', () => {
  let browser: Browser;
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'ppb-export-svg-'));
  before(async () => {
    browser = await launchChromium();
  });
  after(async () => {
    await browser.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  test('Klambu: the 30 maps, named by code, each a standalone SVG holding every label of its map', async () => {
    const files = await exportAndCheck(browser, 'samples/klambu', path.join(tmp, 'klambu'));
    assert.deepEqual(files, KLAMBU_MAPS.map((n) => `${n}.svg`).sort());
  });

  // Levels down to Level 3, split over three files; then four agencies written from public
  // material: BPOM variant codes, joint steps, `alur: bebas`, and connectors that end a path.
  for (const name of ['valid-kementerian-pora', 'variant-bpom-balai', 'valid-dpmptsp-izin', 'valid-puskesmas-layanan', 'valid-bps-pst']) {
    test(`a model written by someone else from FORMAT.md: ${name}`, async () => {
      const files = await exportAndCheck(browser, `test/fixtures/judged/${name}`, path.join(tmp, name));
      assert.ok(files.length >= 5, files.join(' '));
    });
  }
});
