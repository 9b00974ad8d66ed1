import { crc32, deflateSync, inflateSync } from 'node:zlib';

/** A PNG's chunks, in order; throws unless it starts with the signature and IHDR. */
export function pngChunkList(png: Buffer): { readonly type: string; readonly data: Buffer }[] {
  if (png.readUInt32BE(0) !== 0x89504e47 || png.readUInt32BE(4) !== 0x0d0a1a0a || png.toString('latin1', 12, 16) !== 'IHDR')
    throw new Error('not a PNG');
  const chunks = [];
  for (let at = 8; at + 8 <= png.length;) {
    const length = png.readUInt32BE(at);
    chunks.push({ type: png.toString('latin1', at + 4, at + 8), data: png.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
  }
  return chunks;
}

/** The chunk types of a PNG, in order. */
export const pngChunks = (png: Buffer): string[] => pngChunkList(png).map((c) => c.type);

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png: Buffer): { width: number; height: number } {
  const ihdr = pngChunkList(png)[0]?.data;
  if (!ihdr) throw new Error('not a PNG');
  return { width: ihdr.readUInt32BE(0), height: ihdr.readUInt32BE(4) };
}

export interface PngFacts {
  readonly width: number;
  readonly height: number;
  /** The pHYs chunk: pixels per unit across and down; unit 1 is the metre. */
  readonly density: { readonly x: number; readonly y: number; readonly unit: number } | undefined;
  /** Pixels that are not white once the picture is laid on white. */
  readonly inked: number;
  /** Pixels dark enough to be text or lines. */
  readonly dark: number;
}

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/**
 * A PNG decoded in Node (node:zlib, the five scanline filters) to 8-bit RGBA. Covers what browsers
 * write: 8 bits a channel, grey or RGB with or without alpha, not interlaced; anything else throws.
 */
export function pngPixels(png: Buffer): { width: number; height: number; rgba: Uint8Array } {
  const chunks = pngChunkList(png);
  const { width, height } = pngSize(png);
  const ihdr = chunks[0]?.data ?? Buffer.alloc(13);
  const [depth, colour, interlace] = [ihdr[8], ihdr[9], ihdr[12]];
  const channels = CHANNELS[colour ?? -1];
  if (depth !== 8 || channels === undefined || interlace !== 0)
    throw new Error(`unsupported PNG: depth ${depth}, colour type ${colour}, interlace ${interlace}`);
  const raw = inflateSync(Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.data)));
  const stride = width * channels;
  if (raw.length !== height * (stride + 1)) throw new Error(`image data of ${raw.length} bytes for ${width}x${height}`);
  const rgba = new Uint8Array(width * height * 4);
  let previous = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const start = y * (stride + 1);
    const filter = raw[start];
    const line = new Uint8Array(stride);
    for (let i = 0; i < stride; i++) {
      const x = raw[start + 1 + i] ?? 0;
      const a = i >= channels ? (line[i - channels] ?? 0) : 0;
      const b = previous[i] ?? 0;
      const c = i >= channels ? (previous[i - channels] ?? 0) : 0;
      const predicted =
        filter === 0 ? 0 : filter === 1 ? a : filter === 2 ? b : filter === 3 ? (a + b) >> 1 : filter === 4 ? paeth(a, b, c) : NaN;
      if (Number.isNaN(predicted)) throw new Error(`unknown filter ${filter} on line ${y}`);
      line[i] = (x + predicted) & 0xff;
    }
    for (let p = 0; p < width; p++) {
      const from = p * channels;
      const to = (y * width + p) * 4;
      const grey = channels < 3;
      for (let k = 0; k < 3; k++) rgba[to + k] = line[from + (grey ? 0 : k)] ?? 0;
      rgba[to + 3] = channels === 2 || channels === 4 ? (line[from + channels - 1] ?? 0) : 255;
    }
    previous = line;
  }
  return { width, height, rgba };
}

/** A PNG as a viewer reads it: its size, its density, and how much of it is drawn. */
export function readPng(png: Buffer): PngFacts {
  const { width, height, rgba } = pngPixels(png);
  let inked = 0;
  let dark = 0;
  for (let i = 0; i < rgba.length; i += 4) {
    const alpha = (rgba[i + 3] ?? 255) / 255;
    // Laid on white, as a document shows it.
    let sum = 0;
    for (let k = 0; k < 3; k++) sum += (rgba[i + k] ?? 0) * alpha + 255 * (1 - alpha);
    if (sum < 3 * 255 - 24) inked++;
    if (sum < 600) dark++;
  }
  const phys = pngChunkList(png).find((c) => c.type === 'pHYs')?.data;
  const density = phys ? { x: phys.readUInt32BE(0), y: phys.readUInt32BE(4), unit: phys[8] ?? 0 } : undefined;
  return { width, height, density, inked, dark };
}

/** A grey PNG, white with a black frame and a few bars, made by hand (node:zlib). */
export function drawnPng(width: number, height: number): Uint8Array {
  const rows = Buffer.alloc((width + 1) * height, 255);
  for (let y = 0; y < height; y++) {
    rows[y * (width + 1)] = 0;
    for (let x = 0; x < width; x++) {
      const frame = x < 4 || y < 4 || x >= width - 4 || y >= height - 4;
      const bar = y % Math.max(8, Math.floor(height / 6)) < 3 && x > width / 10 && x < (width * 9) / 10;
      if (frame || bar) rows[y * (width + 1) + 1 + x] = 0;
    }
  }
  const chunk = (type: string, data: Buffer): Buffer => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
    return Buffer.concat([head, data, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 0, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
