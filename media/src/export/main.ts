// The page `ppb export` loads into headless Chromium: Mermaid text in, a standalone SVG out,
// drawn by the same code as the preview.
import { EXPORT_GLOBAL, type ExportPage } from '../../../server/src/protocol/export-page';
import { drawSvg, renderSvg } from '../render';
import { pngFile } from './raster';
import { standaloneSvg } from './standalone';

const page: ExportPage = {
  async render(mermaidText, elementId, options = {}) {
    const svg = await renderSvg(elementId, mermaidText, 'default');
    return standaloneSvg(svg, document, options);
  },
  png: pngFile,
  draw: (mermaidText, elementId, theme) => drawSvg(elementId, mermaidText, theme),
};

(globalThis as Record<string, unknown>)[EXPORT_GLOBAL] = page;
