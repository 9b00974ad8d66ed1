/** CRC-32 as PNG chunks carry it. */
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Pixels per metre of a screen at 96 pixels per inch (CSS pixels). */
const CSS_PX_PER_METRE = 96 / 0.0254;

const latin1 = (bytes: Uint8Array, from: number, to: number): string => String.fromCharCode(...bytes.subarray(from, to));

/**
 * The PNG with a `pHYs` chunk saying `scale` pixels make one CSS pixel (192 dpi at scale 2):
 * word processors then place it at the diagram's real size, sharp. Any `pHYs` there is replaced.
 */
export function withDensity(png: Uint8Array, scale: number): Uint8Array {
  // Signature (8 bytes), then IHDR: length (4) type (4) data (13) crc (4).
  const afterHeader = 8 + 4 + 4 + 13 + 4;
  if (png.length < afterHeader || latin1(png, 12, 16) !== 'IHDR') throw new Error('not a PNG');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const ppm = Math.round(CSS_PX_PER_METRE * scale);
  const chunk = new Uint8Array(4 + 4 + 9 + 4);
  const c = new DataView(chunk.buffer);
  c.setUint32(0, 9);
  chunk.set([0x70, 0x48, 0x59, 0x73], 4); // pHYs
  c.setUint32(8, ppm);
  c.setUint32(12, ppm);
  c.setUint8(16, 1); // unit: metre
  c.setUint32(17, crc32(chunk.subarray(4, 17)));
  const parts: Uint8Array[] = [png.subarray(0, afterHeader), chunk];
  // Copy the other chunks, leaving out an existing pHYs.
  for (let at = afterHeader; at < png.length;) {
    const end = at + 12 + view.getUint32(at);
    if (latin1(png, at + 4, at + 8) !== 'pHYs') parts.push(png.subarray(at, end));
    at = end;
  }
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
