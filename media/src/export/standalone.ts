import type { DrawingGeometry } from '../../../server/src/protocol/drawing-geometry';
import type { ExportedSvg, RenderOptions } from '../../../server/src/protocol/export-page';
import { parseSvg } from '../parse-svg';
import { viewBoxOf } from '../svg-geometry';
import { flattenLabels, inlineComputedStyles } from './flatten';
import { drawingGeometry } from './geometry';

const XMLNS = 'http://www.w3.org/2000/svg';
const XLINK = 'http://www.w3.org/1999/xlink';

/** References that stay inside the file: a fragment of this document, or an inline image. */
const local = (ref: string): boolean => /^\s*(#|data:image\/(png|jpeg|gif|webp)[;,])/i.test(ref);

/** CSS without anything that reaches outside: no `@import`, no `url()` but local ones. */
function localCss(css: string): string {
  return css
    .replace(/@import[^;]*;?/gi, '')
    .replace(/url\(\s*(['"]?)(.*?)\1\s*\)/gi, (whole: string, _q: string, ref: string) => (local(ref) ? whole : 'none'));
}

/** Removes every reference to something outside the file, and anything that could run. */
function seal(root: Element): void {
  for (const s of [...root.querySelectorAll('script, iframe, object, embed, link, audio, video, image')]) s.remove();
  for (const el of [root, ...root.querySelectorAll('*')]) {
    for (const attr of [...el.attributes]) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) el.removeAttributeNode(attr);
      else if ((name === 'href' || name === 'xlink:href' || name === 'src') && !local(attr.value)) el.removeAttributeNode(attr);
      else if (name === 'style') attr.value = localCss(attr.value);
    }
    if (el.localName === 'style') el.textContent = localCss(el.textContent ?? '');
  }
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

function viewBoxIn(svg: SVGSVGElement): Box {
  const [x, y, width, height] = viewBoxOf(svg) ?? [0, 0, NaN, NaN];
  if (!(width > 0) || !(height > 0)) throw new Error(`Mermaid returned an SVG without a usable viewBox: ${svg.getAttribute('viewBox')}`);
  return { x, y, width, height };
}

/** The viewBox, and `width`/`height` equal to it (whole pixels, rounded up): the real size. */
function setSize(svg: SVGSVGElement, box: Box): { width: number; height: number } {
  const width = Math.ceil(box.width);
  const height = Math.ceil(box.height);
  svg.setAttribute('viewBox', `${box.x} ${box.y} ${width} ${height}`);
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  return { width, height };
}

/** Space between the title and the drawing, and around the title. */
const TITLE_GAP = 12;

/**
 * The title above the drawing, centred on it. Mermaid's `swimlane-beta` writes it at a fixed
 * place, over the first lane's steps; flowcharts already have it above (then nothing moves).
 */
function titleAboveDrawing(svg: SVGSVGElement): void {
  const title = svg.querySelector(':scope > text.flowchartTitleText');
  if (!(title instanceof SVGTextElement)) return;
  const next = title.nextSibling;
  title.remove();
  const drawing = svg.getBBox();
  svg.insertBefore(title, next);
  const t = title.getBBox();
  const box = viewBoxIn(svg);
  if (drawing.width === 0) return;
  // The viewBox holds the whole drawing, whatever the title's estimate of its width said.
  const keep = (dy: number, titleLeft: number): void => {
    const top = Math.min(box.y, drawing.y, t.y + dy - TITLE_GAP);
    const left = Math.min(box.x, drawing.x, titleLeft - TITLE_GAP);
    const right = Math.max(box.x + box.width, drawing.x + drawing.width, titleLeft + t.width + TITLE_GAP);
    const bottom = Math.max(box.y + box.height, drawing.y + drawing.height);
    setSize(svg, { x: left, y: top, width: right - left, height: bottom - top });
  };
  if (t.y + t.height + TITLE_GAP / 2 <= drawing.y) return keep(0, t.x);
  const dy = drawing.y - TITLE_GAP - (t.y + t.height);
  // Each line of the title carries the centre too.
  for (const el of [title, ...title.querySelectorAll('tspan')]) el.setAttribute('x', String(drawing.x + drawing.width / 2));
  title.setAttribute('y', String(Number(title.getAttribute('y') ?? 0) + dy));
  title.setAttribute('text-anchor', 'middle');
  keep(dy, drawing.x + drawing.width / 2 - t.width / 2);
}

/** No drop shadow on any shape of the drawing (Mermaid's look draws them with CSS filters). */
function noShadows(svg: SVGSVGElement, doc: Document): void {
  const style = doc.createElementNS(svg.namespaceURI, 'style');
  style.textContent = `#${CSS.escape(svg.id)} * { filter: none !important; }`;
  svg.append(style);
}

/**
 * Mermaid's SVG as a file that stands alone: styles inside, labels as SVG text, the title above
 * the drawing, no outside reference, XML syntax with `xmlns`, and `width`/`height` from the
 * viewBox (rounded up to whole pixels) so it opens at its real size in a browser, Inkscape or
 * LibreOffice; with the drawing's geometry when asked.
 */
export function standaloneSvg(markup: string, doc: Document, options: RenderOptions = {}): ExportedSvg {
  // Parsed inert: nothing in it loads or runs while it is sealed.
  const svg = parseSvg(markup, doc);
  if (!svg) throw new Error('Mermaid returned no <svg>');
  seal(svg);
  setSize(svg, viewBoxIn(svg));
  svg.style.removeProperty('max-width');
  if (svg.getAttribute('style')?.trim() === '') svg.removeAttribute('style');
  // Laid out in the page, at 1:1, to turn HTML labels into SVG text.
  const holder = doc.createElement('div');
  holder.style.cssText = 'position:absolute;left:0;top:0';
  holder.append(svg);
  doc.body.append(holder);
  let size: { width: number; height: number };
  let geometry: DrawingGeometry | undefined;
  try {
    inlineComputedStyles(svg);
    flattenLabels(svg);
    titleAboveDrawing(svg);
    size = setSize(svg, viewBoxIn(svg));
    if (options.geometry) geometry = drawingGeometry(svg);
  } finally {
    holder.remove();
  }
  if (options.flat) noShadows(svg, doc);
  svg.setAttribute('xmlns', XMLNS);
  svg.setAttribute('xmlns:xlink', XLINK);
  const xml = new XMLSerializer().serializeToString(svg);
  return { svg: `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n${xml}\n`, ...size, ...(geometry ? { geometry } : {}) };
}
