import { SOP_FONT, mmText, sopShapeElement, type SopSvgElement } from '../../protocol/sop-drawing';
import type { SopPage } from '../../protocol/sop-sheet';
import { escapeXml } from '../../service';

/** An element as SVG text: every attribute and text escaped, never markup. */
function elementText(e: SopSvgElement): string {
  const attrs = Object.entries(e.attrs)
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join('');
  const inner = e.text !== undefined ? escapeXml(e.text) : (e.children ?? []).map(elementText).join('');
  return inner === '' && e.name !== 'text' && e.name !== 'tspan' ? `<${e.name}${attrs}/>` : `<${e.name}${attrs}>${inner}</${e.name}>`;
}

/**
 * A page as a whole SVG document, its box in mm (the page, or the flow alone for a picture):
 * the shapes as the preview draws them (`sop-drawing.ts`). `logo` a data: URL of the agency's
 * logo; `transparent` without the white sheet; `pixels` sized in CSS pixels, for a rasterizer.
 */
export function sopPageSvg(
  page: Pick<SopPage, 'shapes'>,
  box: { x: number; y: number; width: number; height: number },
  o: { logo?: string; transparent?: boolean; pixels?: boolean } = {},
): string {
  const size = (mm: number): string => (o.pixels ? mmText((mm / 25.4) * 96) : `${mmText(mm)}mm`);
  const body = page.shapes
    .map((s) => sopShapeElement(s, o.logo))
    .filter((e) => e !== undefined)
    .map(elementText)
    .join('\n');
  const [x, y, w, h] = [box.x, box.y, box.width, box.height].map(mmText);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size(box.width)}" height="${size(box.height)}" viewBox="${x} ${y} ${w} ${h}" font-family="${SOP_FONT}">`,
    o.transparent ? '' : `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="#fff"/>`,
    body,
    '</svg>',
    '',
  ].join('\n');
}
