/** SVG markup parsed into an inert template: nothing in it loads or runs there. */
export function parseSvg(markup: string, doc: Document): SVGSVGElement | null {
  const template = doc.createElement('template');
  template.innerHTML = markup;
  return template.content.querySelector('svg');
}
