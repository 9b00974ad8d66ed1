import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { ppb } from '../support/ppb-cli';
import { TempModel } from '../support/temp-model';
import { assertStandalone, catalogOf, labelsOf, missingLabels, openSvg } from './helpers';
import { hostileModel, PAYLOADS } from './hostile-model';

describe('hostile labels exported to SVG', () => {
  let browser: Browser;
  let model: TempModel;
  const out = mkdtempSync(path.join(os.tmpdir(), 'ppb-export-hostile-'));
  before(async () => {
    browser = await launchChromium();
    model = new TempModel();
    model.write('hostile.ppb.yaml', hostileModel());
  });
  after(async () => {
    await browser.close();
    model.dispose();
    rmSync(out, { recursive: true, force: true });
  });

  test('every map is drawn, every label shows literally, and the file opened as a document runs and loads nothing', async () => {
    const r = ppb(['export', model.dir, '--out', out]);
    assert.equal(r.code, 0, r.stderr);
    const catalog = await catalogOf(model.dir);
    const list = catalog.list();
    assert.deepEqual(readdirSync(out).sort(), list.map((d) => `${d.exportName}.svg`).sort());
    const shown = new Set<string>();
    for (const d of list) {
      const file = path.join(out, `${d.exportName}.svg`);
      const facts = await openSvg(browser, file);
      assertStandalone(facts, file);
      const diagram = catalog.get(d.id);
      assert.ok(diagram);
      assert.deepEqual(missingLabels(diagram, facts), [], d.exportName);
      for (const l of labelsOf(diagram)) shown.add(l);
      assert.doesNotMatch(readFileSync(file, 'utf8'), /<(script|iframe|img|a|math|foreignObject)\b/i, d.exportName);
    }
    // Each payload stood in some diagram as a label of its own.
    for (const p of PAYLOADS) assert.ok(shown.has(p.replace(/\s+/g, ' ').trim()), p.slice(0, 40));
  });
});
