/**
 * What the export page (`dist/media/export.js`, loaded into headless Chromium by `ppb export`,
 * and into the preview before its own script) offers on `globalThis[EXPORT_GLOBAL]`.
 */
export const EXPORT_GLOBAL = 'ppbExport';

import type { DrawingGeometry } from './drawing-geometry';

/** A diagram as a self-contained SVG document, and its size in CSS pixels (whole numbers). */
export interface ExportedSvg {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
  /** Where each element was drawn: only when asked for (`RenderOptions.geometry`). */
  readonly geometry?: DrawingGeometry;
}

export interface RenderOptions {
  /**
   * Without the boxes' drop shadows: a PDF draws a shadow as a picture (the document's maps
   * printed four times slower and five times larger with them).
   */
  readonly flat?: boolean;
  /** With the geometry of the drawing, for the editable exports (draw.io, BPMN). */
  readonly geometry?: boolean;
}

/** A PNG file as base64, drawn at `scale` (the one asked for, or less for a map too large). */
export interface ExportedPng {
  readonly png: string;
  readonly scale: number;
}

export interface ExportPage {
  /**
   * Mermaid text to a standalone SVG file's text; rejects with Mermaid's error. `elementId`
   * (letters, digits, `-`) scopes the SVG's styles; the same id gives the same file.
   */
  render(mermaidText: string, elementId: string, options?: RenderOptions): Promise<ExportedSvg>;
  /**
   * The SVG file as a PNG at `scale` × its size on white, with its density; smaller when it
   * would pass 16,384 pixels a side; rejects a picture that comes out blank. The one rasterizer
   * of `ppb export` and the preview.
   */
  png(file: ExportedSvg, scale: number): Promise<ExportedPng>;
  /**
   * Mermaid text to the SVG as Mermaid draws it in `theme`, without our title: the preview puts
   * that on the SVG it parses to show (media/src/svg-title.ts), so the SVG is parsed once. The
   * preview loads this bundle first and draws through it, so Mermaid ships once.
   */
  draw(mermaidText: string, elementId: string, theme: 'default' | 'dark' | 'neutral'): Promise<string>;
}
