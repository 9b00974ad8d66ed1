// What we add to Mermaid's drawing, done where its SVG is parsed anyway: once per drawing, in
// the preview and in every export alike. No Mermaid here (the preview's own bundle calls it).
import { compactDrawing } from './compact-drawing';
import { slimDataShapes } from './data-shapes';
import { separateBranches } from './decision-ports';
import { endLinesAtTheirStep } from './edge-ends';
import { gridFrames } from './frame-grid';
import { spanBands } from './level0-bands';
import { keepRunsApart } from './parallel-runs';
import { takeShortcuts } from './shortcuts';
import { parseSvg } from './parse-svg';
import { putTitle } from './svg-title';

/** Our corrections to Mermaid's layout, then our title. */
export function finishDrawing(root: SVGSVGElement, text: string): void {
  spanBands(root);
  slimDataShapes(root);
  compactDrawing(root);
  gridFrames(root);
  endLinesAtTheirStep(root);
  takeShortcuts(root);
  separateBranches(root);
  keepRunsApart(root);
  putTitle(root, text);
}

/** Mermaid's markup for `text`, finished, as markup (what exports start from). */
export function finishedMarkup(markup: string, text: string, doc: Document): string {
  const root = parseSvg(markup, doc);
  if (!root) return markup;
  finishDrawing(root, text);
  return root.outerHTML;
}
