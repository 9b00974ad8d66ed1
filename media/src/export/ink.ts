import { onWhite, svgImage } from './raster';

/** The longest side of the copy that is checked for ink: enough to see any drawing. */
const SIDE = 800;

/**
 * Draws an SVG file as an image on white, scaled down, and counts the pixels that are not
 * white: 0 means the picture came out blank.
 */
export async function inkedPixels(svg: string): Promise<number> {
  const img = await svgImage(svg);
  const k = Math.min(1, SIDE / Math.max(img.naturalWidth, img.naturalHeight, 1));
  const canvas = onWhite(img, img.naturalWidth * k, img.naturalHeight * k);
  const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? [];
  let n = 0;
  for (let i = 0; i < data.length; i += 4) {
    if ((data[i] ?? 255) < 250 || (data[i + 1] ?? 255) < 250 || (data[i + 2] ?? 255) < 250) n++;
  }
  return n;
}
