import type { ExportFormat } from '../../../server/src/protocol/webview';
import { standaloneSvg } from '../export/standalone';
import { exportPage } from './renderer';

/**
 * Mermaid's SVG (rendered in the export theme) as the file the user saves: the standalone SVG
 * text that `ppb export` writes too, or a PNG (base64) by the same rasterizer as `ppb export`:
 * at `scale` × its size on white (less for a map too large), with its density, never blank.
 */
export async function exportImage(mermaidSvg: string, format: ExportFormat, scale: number): Promise<{ data: string; scale: number }> {
  const file = standaloneSvg(mermaidSvg, document);
  if (format === 'svg') return { data: file.svg, scale: 1 };
  const png = await exportPage().png(file, scale);
  return { data: png.png, scale: png.scale };
}
