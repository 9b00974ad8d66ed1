/** CRC-32 as PNG chunks carry it (`zlib.crc32` needs Node 20.15; we support all of 20). */
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

/**
 * The PNG with a `pHYs` chunk saying `scale` pixels make one CSS pixel (192 dpi at scale 2):
 * word processors then place it at the diagram's real size, sharp. Any `pHYs` there is replaced.
 */
export function withDensity(png: Buffer, scale: number): Buffer {
  // Signature (8 bytes), then IHDR: length (4) type (4) data (13) crc (4).
  const afterHeader = 8 + 4 + 4 + 13 + 4;
  if (png.length < afterHeader || png.toString('latin1', 12, 16) !== 'IHDR') throw new Error('not a PNG');
  const ppm = Math.round(CSS_PX_PER_METRE * scale);
  const chunk = Buffer.alloc(4 + 4 + 9 + 4);
  chunk.writeUInt32BE(9, 0);
  chunk.write('pHYs', 4, 'latin1');
  chunk.writeUInt32BE(ppm, 8);
  chunk.writeUInt32BE(ppm, 12);
  chunk.writeUInt8(1, 16); // unit: metre
  chunk.writeUInt32BE(crc32(chunk.subarray(4, 17)), 17);
  const parts: Buffer[] = [png.subarray(0, afterHeader), chunk];
  // Copy the other chunks, leaving out an existing pHYs.
  for (let at = afterHeader; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const end = at + 12 + length;
    if (png.toString('latin1', at + 4, at + 8) !== 'pHYs') parts.push(png.subarray(at, end));
    at = end;
  }
  return Buffer.concat(parts);
}
