import type { ExportFormat } from '../../../server/src/protocol/webview';
import { standaloneSvg } from '../export/standalone';

/** Chromium's canvas limits: 32,767 pixels a side, 268 million pixels in all. */
const MAX_SIDE = 32_767;
const MAX_AREA = 268_000_000;

/** The largest scale ≤ `wanted` at which a `width` × `height` picture fits in a canvas. */
export function fittingScale(width: number, height: number, wanted: number): number {
  const bySide = MAX_SIDE / Math.max(width, height);
  const byArea = Math.sqrt(MAX_AREA / (width * height));
  return Math.max(0.1, Math.min(wanted, bySide, byArea));
}

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('The SVG could not be drawn as a picture'));
    img.src = src;
  });
}

function base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

/**
 * Mermaid's SVG (rendered in the export theme) as the file the user saves: the standalone SVG
 * text that `ppb export` writes too, or a PNG (base64) at `scale` × its real size on white.
 */
export async function exportImage(mermaidSvg: string, format: ExportFormat, scale: number): Promise<{ data: string; scale: number }> {
  const file = standaloneSvg(mermaidSvg, document);
  if (format === 'svg') return { data: file.svg, scale: 1 };
  const k = fittingScale(file.width, file.height, scale);
  const img = await loadImage(`data:image/svg+xml;base64,${base64(file.svg)}`);
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(file.width * k));
  canvas.height = Math.max(1, Math.round(file.height * k));
  const g = canvas.getContext('2d');
  if (!g) throw new Error('No 2D canvas');
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.drawImage(img, 0, 0, canvas.width, canvas.height);
  const url = canvas.toDataURL('image/png');
  return { data: url.slice(url.indexOf(',') + 1), scale: k };
}
