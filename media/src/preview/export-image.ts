import type { Diagram } from '../../../server/src/protocol/diagram';
import type { ExportedSvg } from '../../../server/src/protocol/export-page';
import type { PreviewFormat } from '../../../server/src/protocol/export-format';
import { drawioDiagram, drawioFile } from '../../../server/src/service';
import { standaloneSvg } from '../export/standalone';
import { exportPage } from './renderer';

/** Mermaid's SVG (rendered in the export theme) as the standalone SVG file that `ppb export` writes too. */
export const mapFile = (mermaidSvg: string): ExportedSvg => standaloneSvg(mermaidSvg, document);

/**
 * A map as the draw.io file `ppb export --format drawio` writes: its drawing in the export theme
 * (Mermaid's SVG), finished as for SVG, and each shape placed where that drawing put it.
 */
export function drawioOf(diagram: Diagram<unknown>, mermaidSvg: string): string {
  const { geometry } = standaloneSvg(mermaidSvg, document, { geometry: true });
  if (!geometry) throw new Error('The drawing gave no geometry');
  return drawioFile([drawioDiagram(diagram, geometry)]);
}

/**
 * A standalone SVG file (a map's, or an SOP AP page's) as the file the user saves: its text, or
 * a PNG (base64) by the same rasterizer as `ppb export`: at `scale` × its size on white (less for
 * a picture too large), with its density, never blank.
 */
export async function exportImage(
  file: ExportedSvg,
  format: Exclude<PreviewFormat, 'drawio'>,
  scale: number,
): Promise<{ data: string; scale: number }> {
  if (format === 'svg') return { data: file.svg, scale: 1 };
  const png = await exportPage().png(file, scale);
  return { data: png.png, scale: png.scale };
}
