import type { SopPoint, SopShape } from './sop-sheet';

/**
 * How an SOP page's shapes are drawn in SVG, as data: each shape an element with its attributes
 * and its text, never markup. The preview builds its DOM from it (`createElementNS`,
 * `textContent`); a writer of SVG text escapes every attribute and text it writes.
 */

/** Arial's metrics, which the layout measured with, and the fonts that share them. */
export const SOP_FONT = 'Arial, Liberation Sans, Helvetica, sans-serif';
/** A table header's grey. */
export const SOP_SHADE = '#e6e6e6';
/** One point in millimetres, the page's unit. */
export const PT_IN_MM = 25.4 / 72;

/** An SVG element: its name, attributes in order, and either its text or its children. */
export interface SopSvgElement {
  readonly name: 'rect' | 'polygon' | 'polyline' | 'text' | 'tspan' | 'image';
  readonly attrs: Readonly<Record<string, string>>;
  readonly text?: string;
  readonly children?: readonly SopSvgElement[];
}

/** A number of mm as written in SVG: two decimals at most. */
export const mmText = (v: number): string => String(Math.round(v * 100) / 100);
const pointsText = (ps: readonly SopPoint[]): string => ps.map((p) => `${mmText(p.x)},${mmText(p.y)}`).join(' ');

/** A shape as an SVG element; `logo` a data: URL of the agency's logo (none: the logo is left out). */
export function sopShapeElement(s: SopShape, logo?: string): SopSvgElement | undefined {
  const stroke = (lineWidth: number): Record<string, string> => ({ stroke: '#000', 'stroke-width': mmText(lineWidth) });
  switch (s.kind) {
    case 'rect':
      return {
        name: 'rect',
        attrs: {
          x: mmText(s.x),
          y: mmText(s.y),
          width: mmText(s.width),
          height: mmText(s.height),
          ...(s.radius ? { rx: mmText(s.radius) } : {}),
          fill: s.shaded ? SOP_SHADE : 'none',
          ...stroke(s.lineWidth),
        },
      };
    case 'polygon':
      return {
        name: 'polygon',
        attrs: { points: pointsText(s.points), fill: s.filled ? '#000' : '#fff', ...stroke(s.lineWidth), 'stroke-linejoin': 'round' },
      };
    case 'line':
      return {
        name: 'polyline',
        attrs: {
          points: pointsText(s.points),
          fill: 'none',
          ...stroke(s.lineWidth),
          ...(s.dashed ? { 'stroke-dasharray': '1.2 0.8' } : {}),
        },
      };
    case 'logo':
      return logo
        ? {
            name: 'image',
            attrs: {
              x: mmText(s.x),
              y: mmText(s.y),
              width: mmText(s.width),
              height: mmText(s.height),
              preserveAspectRatio: 'xMidYMid meet',
              href: logo,
            },
          }
        : undefined;
    case 'text':
      return {
        name: 'text',
        attrs: {
          'font-size': mmText(s.style.size * PT_IN_MM),
          ...(s.style.bold ? { 'font-weight': 'bold' } : {}),
          'text-anchor': s.style.anchor ?? 'start',
          'xml:space': 'preserve',
        },
        children: s.lines.map((line, i) => ({ name: 'tspan', attrs: { x: mmText(s.x), y: mmText(s.y + i * s.lineHeight) }, text: line })),
      };
  }
}
