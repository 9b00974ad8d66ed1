import type { ExportedPng, ExportedSvg } from '../../../server/src/protocol/export-page';
import { inkedPixels } from './ink';
import { withDensity } from './png-density';

/**
 * The largest PNG side drawn, in pixels; a PNG that would be larger is drawn at a smaller scale
 * (and says so) rather than cut or blank. 16,384² is also the most a canvas holds everywhere.
 */
export const MAX_PNG_SIDE = 16_384;

/** An SVG file's text as an image (as a browser opens a file: no script, nothing outside). */
export function svgImage(svg: string): Promise<HTMLImageElement> {
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  return img.decode().then(
    () => img,
    () => Promise.reject(new Error('The SVG could not be drawn as a picture')),
  );
}

/** The image drawn on white into a canvas of `width` × `height` pixels. */
export function onWhite(img: HTMLImageElement, width: number, height: number): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width));
  canvas.height = Math.max(1, Math.round(height));
  const g = canvas.getContext('2d');
  if (!g) throw new Error('No 2D canvas');
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.drawImage(img, 0, 0, canvas.width, canvas.height);
  return canvas;
}

function base64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

/**
 * The one PNG rasterizer, for `ppb export` and the preview alike: the SVG file drawn as an image
 * on white at `wantedScale` device pixels per CSS pixel (width and height rounded up), at less
 * when that would pass MAX_PNG_SIDE, with the density that gives its real size in documents. A
 * picture with no ink is an error, never a file.
 */
export async function pngFile(file: ExportedSvg, wantedScale: number): Promise<ExportedPng> {
  if ((await inkedPixels(file.svg)) === 0) throw new Error('the picture came out blank');
  const scale = Math.min(wantedScale, MAX_PNG_SIDE / file.width, MAX_PNG_SIDE / file.height);
  const canvas = onWhite(await svgImage(file.svg), Math.ceil(file.width * scale - 1e-9), Math.ceil(file.height * scale - 1e-9));
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error(`the PNG could not be made (${canvas.width} × ${canvas.height} pixels)`);
  return { png: base64(withDensity(new Uint8Array(await blob.arrayBuffer()), scale)), scale };
}
