import { EXPORT_GLOBAL, type ExportPage } from '../../../server/src/protocol/export-page';
import type { MermaidTheme } from '../render';

/**
 * The export bundle's page (`dist/media/export.js`), which the preview loads before its own
 * script: the preview and every export draw and rasterize with the same code, and the extension
 * ships Mermaid once.
 */
export function exportPage(): ExportPage {
  const page = (globalThis as Record<string, unknown>)[EXPORT_GLOBAL] as ExportPage | undefined;
  if (!page) throw new Error('The drawing code (export.js) did not load.');
  return page;
}

/** Mermaid text to Mermaid's SVG markup, without our title (svg-title.ts puts it on). */
export async function drawSvg(elementId: string, text: string, theme: MermaidTheme): Promise<string> {
  return exportPage().draw(text, elementId, theme);
}
