/** A colour as SVG 1.1 paint: Inkscape and LibreOffice read `#rrggbb` and an opacity, not `rgba()`. */
export interface Paint {
  readonly color: string;
  readonly opacity: number;
}

const hex = (n: string): string =>
  Math.max(0, Math.min(255, Math.round(Number(n))))
    .toString(16)
    .padStart(2, '0');

/** A computed CSS colour (`rgb(…)`, `rgba(…)`, `none`, a name) as paint. */
export function svgPaint(css: string): Paint {
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(css.trim());
  if (!m) return { color: css.trim() === 'transparent' ? 'none' : css.trim(), opacity: 1 };
  const [, r = '0', g = '0', b = '0', a] = m;
  const opacity = a === undefined ? 1 : a.endsWith('%') ? Number(a.slice(0, -1)) / 100 : Number(a);
  return { color: `#${hex(r)}${hex(g)}${hex(b)}`, opacity };
}

/** `fill:…;fill-opacity:…` (or `stroke`) for a style attribute; the opacity only when below 1. */
export function paintStyle(prop: 'fill' | 'stroke', css: string, opacity = 1): string {
  const p = svgPaint(css);
  const o = p.opacity * opacity;
  return `${prop}:${p.color}${o < 1 ? `;${prop}-opacity:${Number(o.toFixed(3))}` : ''}`;
}
