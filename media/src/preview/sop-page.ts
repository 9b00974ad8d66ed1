import type { ExportedSvg } from '../../../server/src/protocol/export-page';
import { SOP_FONT, mmText, sopShapeElement, type SopSvgElement } from '../../../server/src/protocol/sop-drawing';
import type { SopPage, SopSheets } from '../../../server/src/protocol/sop-sheet';

const SVG_NS = 'http://www.w3.org/2000/svg';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';
/** CSS pixels in a millimetre (96 to the inch). */
export const PX_PER_MM = 96 / 25.4;
const PX_PER_PT = 96 / 72;

function element(doc: Document, e: SopSvgElement): SVGElement {
  const el = doc.createElementNS(SVG_NS, e.name);
  for (const [name, value] of Object.entries(e.attrs)) {
    if (name.startsWith('xml:')) el.setAttributeNS(XML_NS, name, value);
    else el.setAttribute(name, value);
  }
  // Every text is literal: a label that looks like markup stays these characters.
  if (e.text !== undefined) el.textContent = e.text;
  for (const child of e.children ?? []) el.append(element(doc, child));
  return el;
}

/**
 * An SOP AP page as an `<svg>` built element by element (never from markup): the page's
 * millimetres as its viewBox, its size in CSS pixels, on white. The logo is left out: the
 * preview reads no file.
 */
export function sopPageSvg(doc: Document, sheets: Pick<SopSheets, 'width' | 'height'>, page: SopPage): SVGSVGElement {
  const svg = doc.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('width', mmText(sheets.width * PX_PER_MM));
  svg.setAttribute('height', mmText(sheets.height * PX_PER_MM));
  svg.setAttribute('viewBox', `0 0 ${mmText(sheets.width)} ${mmText(sheets.height)}`);
  svg.setAttribute('font-family', SOP_FONT);
  const paper = element(doc, {
    name: 'rect',
    attrs: { x: '0', y: '0', width: mmText(sheets.width), height: mmText(sheets.height), fill: '#fff' },
  });
  svg.append(paper);
  for (const shape of page.shapes) {
    const e = sopShapeElement(shape);
    if (e) svg.append(element(doc, e));
  }
  return svg;
}

/** The page as the file an export saves: `width`×`height` mm as `ppb sop` writes it, its size in whole CSS pixels. */
export function sopPageFile(svg: SVGSVGElement, sheets: Pick<SopSheets, 'width' | 'height'>): ExportedSvg {
  const file = svg.cloneNode(true) as SVGSVGElement;
  file.setAttribute('width', `${mmText(sheets.width)}mm`);
  file.setAttribute('height', `${mmText(sheets.height)}mm`);
  return {
    svg: new XMLSerializer().serializeToString(file),
    width: Math.ceil(sheets.width * PX_PER_MM),
    height: Math.ceil(sheets.height * PX_PER_MM),
  };
}

/** The size of most of a page's text, in CSS pixels at scale 1: what "fit" keeps readable. */
export function bodyTextPx(page: SopPage): number {
  const lines = new Map<number, number>();
  for (const s of page.shapes) if (s.kind === 'text') lines.set(s.style.size, (lines.get(s.style.size) ?? 0) + s.lines.length);
  let best: number | undefined;
  for (const [size, n] of lines) if (best === undefined || n > (lines.get(best) ?? 0)) best = size;
  return (best ?? 8) * PX_PER_PT;
}
