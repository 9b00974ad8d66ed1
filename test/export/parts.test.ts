import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, test } from 'node:test';
import { deflateSync } from 'node:zlib';
import { findBrowser } from '../../server/src/cli/browser';
import { exportFiles } from '../../server/src/cli/file-name';
import { writeFileAtomic } from '../../server/src/cli/write-file';
import { safeBaseName, uniqueExportNames } from '../../server/src/service/diagram/export-name';
import { mediaModule } from '../support/media-module';
import { pngChunks, pngPixels, pngSize, readPng } from '../support/png';

const { paintStyle, svgPaint } = mediaModule<{
  paintStyle: (prop: 'fill' | 'stroke', css: string, opacity?: number) => string;
  svgPaint: (css: string) => { color: string; opacity: number };
}>('media/src/export/paint.ts');
const density = mediaModule<{ withDensity: (png: Uint8Array, scale: number) => Uint8Array }>('media/src/export/png-density.ts');
const withDensity = (png: Buffer, scale: number): Buffer => Buffer.from(density.withDensity(png, scale));

describe('finding a browser', () => {
  const on =
    (...present: string[]) =>
    (file: string): boolean =>
      present.includes(file);
  const candidates = ['/usr/bin/chromium', '/usr/bin/google-chrome', '/usr/bin/chromium-browser'];

  test("Debian's chromium first, then Chrome, in the order given", () => {
    assert.deepEqual(findBrowser(undefined, candidates, on('/usr/bin/google-chrome', '/usr/bin/chromium')), {
      found: true,
      path: '/usr/bin/chromium',
    });
    assert.deepEqual(findBrowser(undefined, candidates, on('/usr/bin/chromium-browser')), {
      found: true,
      path: '/usr/bin/chromium-browser',
    });
  });

  test('CHROME_PATH, when set, is what the user asked for: it wins, and a wrong one is reported', () => {
    assert.deepEqual(findBrowser('/opt/chrome', candidates, on('/opt/chrome', '/usr/bin/chromium')), { found: true, path: '/opt/chrome' });
    assert.deepEqual(findBrowser('/nonexistent', candidates, on('/usr/bin/chromium')), { found: false, badEnv: '/nonexistent' });
    assert.deepEqual(findBrowser('', candidates, on('/usr/bin/chromium')), { found: true, path: '/usr/bin/chromium' });
  });

  test('nothing found: no path, nothing downloaded', () => {
    assert.deepEqual(findBrowser(undefined, candidates, on()), { found: false });
  });
});

describe('file names from codes', () => {
  test('codes stay as they are', () => {
    for (const name of ['KECKLB.L0', 'KECKLB.relasi', 'KECKLB.06', 'KECKLB.06.03.CFM.02', 'POM-05.01.CFM.01', 'BPSDM-5.2.5_CFM.01'])
      assert.equal(safeBaseName(name), name);
  });

  test('anything else becomes a plain name: no separator, no run of dots, no leading dot, no device', () => {
    const cases: [string, string][] = [
      ['../../x', '____x'],
      ['KECKLB.06/../../evil', 'KECKLB.06_____evil'],
      ['..', '_'],
      ['.hidden', '_hidden'],
      ['-rf', '_rf'],
      ['C:\\Windows\\x', 'C__Windows_x'],
      ['a b*c?', 'a_b_c_'],
      ['ꦗꦮ', '__'],
      ['', '_'],
      ['CON', '_CON'],
      ['nul.L0', '_nul.L0'],
    ];
    for (const [code, name] of cases) assert.equal(safeBaseName(code), name, code);
    assert.equal(safeBaseName('x'.repeat(500)).length, 200);
  });

  test('every file stands in the folder, and two codes that clean up alike get two names', () => {
    const dir = path.resolve('/tmp/out');
    const files = exportFiles(dir, uniqueExportNames(['A/B', 'A_B', 'a_b', '../../etc/passwd']), 'svg');
    assert.deepEqual(
      files.map((f) => path.relative(dir, f)),
      ['A_B.svg', 'A_B_2.svg', 'a_b_3.svg', '____etc_passwd.svg'],
    );
    for (const f of files) assert.equal(path.dirname(f), dir);
  });

  test('a name that would leave the folder is refused, not written', () => {
    assert.throws(() => exportFiles('/tmp/out', ['../x'], 'svg'), /unsafe file name/);
  });
});

function chunk(type: string, data: Buffer): Buffer {
  const b = Buffer.alloc(12 + data.length);
  b.writeUInt32BE(data.length, 0);
  b.write(type, 4, 'latin1');
  data.copy(b, 8);
  b.writeUInt32BE(crc(b.subarray(4, 8 + data.length)), 8 + data.length);
  return b;
}

/** A PNG of 8-bit RGB (`colour` 2) or RGBA (6) lines, each already led by its filter byte. */
function pngOf(width: number, height: number, colour: 2 | 6, lines: Buffer, extra: Buffer[] = []): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, colour, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from('89504e470d0a1a0a', 'hex'),
    chunk('IHDR', ihdr),
    ...extra.map((e) => chunk('pHYs', e)),
    chunk('IDAT', deflateSync(lines)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A 2×1 PNG as zlib writes it, a white pixel and a black one, to add a density to. */
const tinyPng = (extra: Buffer[] = []): Buffer => pngOf(2, 1, 2, Buffer.from([0, 255, 255, 255, 0, 0, 0]), extra);

/** `rgba` as the lines of a PNG that all use `filter`, by the book (PNG 1.2, section 6). */
function filtered(width: number, height: number, rgba: Uint8Array, filter: number): Buffer {
  const stride = width * 4;
  const at = (y: number, i: number): number => (y >= 0 && i >= 0 ? (rgba[y * stride + i] ?? 0) : 0);
  const out = Buffer.alloc(height * (stride + 1));
  for (let y = 0; y < height; y++) {
    out[y * (stride + 1)] = filter;
    for (let i = 0; i < stride; i++) {
      const [a, b, c] = [at(y, i - 4), at(y - 1, i), at(y - 1, i - 4)];
      const p = a + b - c;
      const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
      const predictor = [0, a, b, Math.floor((a + b) / 2), pa <= pb && pa <= pc ? a : pb <= pc ? b : c][filter] ?? 0;
      out[y * (stride + 1) + 1 + i] = (at(y, i) - predictor) & 0xff;
    }
  }
  return out;
}

/** CRC-32 by the book (bitwise), to check the one png-density computes from its table. */
function crc(bytes: Uint8Array): number {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return ~c >>> 0;
}

describe('PNG density', () => {
  test('a pHYs chunk right after IHDR says scale × 96 pixels per inch, with a valid CRC', () => {
    const png = withDensity(tinyPng(), 2);
    assert.deepEqual(pngChunks(png), ['IHDR', 'pHYs', 'IDAT', 'IEND']);
    assert.deepEqual(pngSize(png), { width: 2, height: 1 });
    const at = 33; // signature 8 + IHDR 25
    assert.equal(png.readUInt32BE(at + 8), 7559);
    assert.equal(png.readUInt32BE(at + 12), 7559);
    assert.equal(png.readUInt8(at + 16), 1);
    assert.equal(png.readUInt32BE(at + 17), crc(png.subarray(at + 4, at + 17)));
  });

  test("the tests' PNG reader finds the size, the density and the one drawn pixel of a 2×1 picture", () => {
    assert.deepEqual(readPng(withDensity(tinyPng(), 2)), {
      width: 2,
      height: 1,
      density: { x: 7559, y: 7559, unit: 1 },
      inked: 1,
      dark: 1,
    });
    assert.equal(readPng(tinyPng()).density, undefined);
  });

  test("the tests' PNG reader undoes each of the five line filters (Chromium writes only Up)", () => {
    const [width, height] = [7, 5];
    let seed = 7;
    const rgba = Uint8Array.from({ length: width * height * 4 }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) >> 23);
    for (const filter of [0, 1, 2, 3, 4])
      assert.deepEqual(pngPixels(pngOf(width, height, 6, filtered(width, height, rgba, filter))).rgba, rgba, `filter ${filter}`);
  });

  test('an existing pHYs is replaced, not doubled', () => {
    const png = withDensity(tinyPng([Buffer.alloc(9)]), 1);
    assert.deepEqual(pngChunks(png), ['IHDR', 'pHYs', 'IDAT', 'IEND']);
    assert.equal(png.readUInt32BE(33 + 8), 3780);
  });
});

describe('writing a file whole', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ppb-write-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('a new file is written; an existing one is kept unless overwrite is asked; no temporary file stays', async () => {
    const file = path.join(dir, 'a.svg');
    await writeFileAtomic(file, 'one', false);
    assert.equal(readFileSync(file, 'utf8'), 'one');
    await assert.rejects(writeFileAtomic(file, 'two', false), (err: NodeJS.ErrnoException) => err.code === 'EEXIST');
    assert.equal(readFileSync(file, 'utf8'), 'one');
    await writeFileAtomic(file, 'three', true);
    assert.equal(readFileSync(file, 'utf8'), 'three');
    writeFileSync(path.join(dir, 'b.svg'), 'other');
    assert.deepEqual(readdirSync(dir).sort(), ['a.svg', 'b.svg']);
  });
});

describe('colours for programs that read SVG 1.1 (Inkscape, LibreOffice)', () => {
  test('rgb() and rgba() become #rrggbb and an opacity; names and none stay', () => {
    assert.deepEqual(svgPaint('rgb(232, 241, 251)'), { color: '#e8f1fb', opacity: 1 });
    assert.deepEqual(svgPaint('rgba(232, 232, 232, 0.8)'), { color: '#e8e8e8', opacity: 0.8 });
    assert.deepEqual(svgPaint('rgb(0 0 0 / 50%)'), { color: '#000000', opacity: 0.5 });
    assert.deepEqual(svgPaint('none'), { color: 'none', opacity: 1 });
    assert.deepEqual(svgPaint('transparent'), { color: 'none', opacity: 1 });
    assert.equal(paintStyle('fill', 'rgba(232, 232, 232, 0.8)'), 'fill:#e8e8e8;fill-opacity:0.8');
    assert.equal(paintStyle('stroke', 'rgb(51, 51, 51)'), 'stroke:#333333');
  });
});
