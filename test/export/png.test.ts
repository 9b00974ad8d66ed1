import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { ppb } from '../support/ppb-cli';
import { pngChunks, pngSize } from '../support/png';
import { pngInk } from './helpers';

/** Level 0, a Level 1 and a cross-functional map (the Relasi, 7,256 pixels wide at 2×, is slow to check). */
const MAPS = ['KECKLB.L0', 'KECKLB.06', 'KECKLB.06.03.CFM.02'];

function svgSize(file: string): { width: number; height: number } {
  const head = readFileSync(file, 'utf8').slice(0, 2000);
  const width = Number(/<svg[^>]*\swidth="(\d+)"/.exec(head)?.[1]);
  const height = Number(/<svg[^>]*\sheight="(\d+)"/.exec(head)?.[1]);
  return { width, height };
}

describe('ppb export --format png', () => {
  let browser: Browser;
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'ppb-export-png-'));
  const svgDir = path.join(tmp, 'svg');
  before(async () => {
    browser = await launchChromium();
    const r = ppb(['export', 'samples/klambu', '--out', svgDir, ...MAPS.flatMap((m) => ['--map', m])]);
    assert.equal(r.code, 0, r.stderr);
  });
  after(async () => {
    await browser.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  // The default scale on three kinds of map; a fractional scale rounds up to whole pixels.
  for (const [scale, maps] of [
    [2, MAPS],
    [1.5, ['KECKLB.06.03.CFM.02']],
  ] as const) {
    test(`scale ${scale}: each PNG is the SVG's size × ${scale}, says its density, and is not blank`, async () => {
      const out = path.join(tmp, `png-${scale}`);
      const args = ['export', 'samples/klambu', '--out', out, '--format', 'png', ...maps.flatMap((m) => ['--map', m])];
      const r = ppb(scale === 2 ? args : [...args, '--scale', String(scale)]);
      assert.equal(r.code, 0, r.stderr);
      assert.deepEqual(readdirSync(out).sort(), maps.map((m) => `${m}.png`).sort());
      for (const m of maps) {
        const png = readFileSync(path.join(out, `${m}.png`));
        const svg = svgSize(path.join(svgDir, `${m}.svg`));
        assert.ok(svg.width > 0 && svg.height > 0, m);
        assert.deepEqual(pngSize(png), { width: Math.ceil(svg.width * scale), height: Math.ceil(svg.height * scale) }, m);
        const chunks = pngChunks(png);
        assert.equal(chunks[1], 'pHYs', m);
        assert.equal(png.readUInt32BE(8 + 25 + 8), Math.round((96 * scale) / 0.0254), `${m}: pixels per metre`);
        const ink = await pngInk(browser, png);
        assert.deepEqual({ width: ink.width, height: ink.height }, pngSize(png), `${m}: Chromium decodes it`);
        // Shapes, and dark lines and text: far more than a stray pixel.
        assert.ok(ink.inked > ink.sampled * 0.01, `${m}: ${ink.inked} of ${ink.sampled} pixels differ from the background`);
        assert.ok(ink.dark > ink.sampled * 0.002, `${m}: ${ink.dark} of ${ink.sampled} pixels dark`);
      }
    });
  }
});
