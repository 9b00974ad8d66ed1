import * as path from 'node:path';
import { findBrowser } from '../../server/src/cli/browser';
import { ExportBrowser } from '../../server/src/cli/renderer';
import type { Diagram } from '../../server/src/protocol/diagram';
import type { DrawingGeometry } from '../../server/src/protocol/drawing-geometry';
import { toMermaid } from '../../server/src/service';
import { REPO } from '../support/temp-model';
import { catalogOf } from './helpers';

/** A diagram as `ppb export` draws it: the model's diagram, its standalone SVG, and where the drawing put each element. */
export interface DrawnDiagram {
  readonly diagram: Diagram<unknown>;
  readonly svg: string;
  readonly geometry: DrawingGeometry;
}

/**
 * Every diagram of a model folder (or those `keep` accepts) drawn by the built export bundle
 * (`dist/media/export.js`, `npm run build`) in headless Chromium, with its geometry.
 */
export async function drawnDiagrams(dir: string, keep: (d: Diagram<unknown>) => boolean = () => true): Promise<DrawnDiagram[]> {
  const found = findBrowser(process.env.CHROME_PATH);
  if (!found.found) throw new Error('These tests need Chromium: apt-get install chromium, or set CHROME_PATH.');
  const catalog = await catalogOf(dir);
  const diagrams: Diagram<unknown>[] = [];
  for (const summary of catalog.list()) {
    const d = catalog.get(summary.id);
    if (d && keep(d)) diagrams.push(d);
  }
  const browser = await ExportBrowser.launch(found.path, path.join(REPO, 'dist/media/export.js'));
  try {
    const renderer = await browser.renderer();
    const drawn: DrawnDiagram[] = [];
    for (const diagram of diagrams) {
      const svg = await renderer.svg(toMermaid(diagram), `ppb-${diagram.exportName.replace(/[^A-Za-z0-9-]/g, '-')}`, { geometry: true });
      if (!svg.geometry) throw new Error(`${diagram.exportName}: the export page gave no geometry`);
      drawn.push({ diagram, svg: svg.svg, geometry: svg.geometry });
    }
    return drawn;
  } finally {
    await browser.close();
  }
}
