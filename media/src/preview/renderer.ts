import { EXPORT_GLOBAL, type ExportPage } from '../../../server/src/protocol/export-page';
import type { MermaidTheme } from '../render';

/**
 * Mermaid text to Mermaid's SVG markup, without our title (svg-title.ts puts it on). Mermaid
 * lives in the export bundle, which the page loads before this script: the preview and every
 * export draw with the same code, and the extension ships Mermaid once.
 */
export function drawSvg(elementId: string, text: string, theme: MermaidTheme): Promise<string> {
  const page = (globalThis as Record<string, unknown>)[EXPORT_GLOBAL] as ExportPage | undefined;
  if (!page) return Promise.reject(new Error('The drawing code (export.js) did not load.'));
  return page.draw(text, elementId, theme);
}
