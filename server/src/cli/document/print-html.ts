import {
  escapeXml,
  xmlText,
  type Block,
  type Chapter,
  type DocumentOutline,
  type ListItem,
  type TableCell,
  type TextRun,
} from '../../service';
import { FIGURE_MARGIN_MM, SHEETS, type FigureLayout } from './figure-page';

/** A map as the printed page shows it: an SVG picture (text stays text in the PDF), or nothing yet. */
export interface PrintFigure {
  readonly layout: FigureLayout;
  /** `data:image/svg+xml;base64,…`, or undefined on the first pass, which only counts pages. */
  readonly src: string | undefined;
}

export interface PrintInput {
  readonly outline: DocumentOutline;
  readonly figures: ReadonlyMap<string, PrintFigure>;
  /** The logo as a data URL, or undefined. */
  readonly logo: string | undefined;
  /** The page of each table-of-contents entry, by its id; undefined on the first pass. */
  readonly pages: ReadonlyMap<string, number> | undefined;
}

/** The printed document's HTML, and the heading each entry of the PDF's outline stands for, in order. */
export interface PrintPage {
  readonly html: string;
  /** Every heading element in document order: the id of its table-of-contents entry, or undefined. */
  readonly headings: readonly (string | undefined)[];
}

/** No script at all; the pictures are data URLs, the style is this page's own. */
const PRINT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:";

/** Text as HTML text: every markup character escaped, characters XML cannot hold dropped. */
const esc = escapeXml;

/** A value for a CSS string: only letters, digits and spaces are written as they are. */
const cssString = (text: string): string =>
  `"${[...xmlText(text)].map((c) => (/[\p{L}\p{N} ]/u.test(c) ? c : `\\${c.codePointAt(0)?.toString(16) ?? ''} `)).join('')}"`;

const STYLE = (draft: boolean): string => `
@page { size: A4; margin: 25mm 20mm 22mm 25mm;
  @bottom-center { content: counter(page); font: 10pt Arial, 'Liberation Sans', sans-serif; }
  ${draft ? `@top-right { content: ${cssString('DRAF')}; color: #c00; font: bold 16pt Arial, 'Liberation Sans', sans-serif; }` : ''} }
@page cover { @bottom-center { content: none; } }
${(Object.keys(SHEETS) as (keyof typeof SHEETS)[])
  .map((p) => `@page map-${p} { size: ${p} landscape; margin: ${FIGURE_MARGIN_MM}mm; }`)
  .join('\n')}
html { font: 12pt/1.5 Arial, 'Liberation Sans', sans-serif; color: #000; }
body { margin: 0; }
p { margin: 0 0 6pt; text-align: justify; orphans: 2; widows: 2; }
h1 { font-size: 14pt; text-align: center; margin: 0 0 18pt; break-before: page; break-after: avoid; }
h2 { font-size: 12pt; margin: 12pt 0 6pt; break-after: avoid; }
h3 { font-size: 12pt; font-style: italic; margin: 10pt 0 4pt; break-after: avoid; }
ol, ul { margin: 0 0 6pt; padding-left: 8mm; }
ol ol { list-style-type: lower-alpha; }
li { text-align: justify; }
table { border-collapse: collapse; width: 100%; margin: 6pt 0 12pt; font-size: 10pt; line-height: 1.3; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th, td { border: 0.75pt solid #000; padding: 2pt 4pt; vertical-align: top; text-align: left; }
th { background: #e6e6e6; }
.cover { page: cover; height: 245mm; display: flex; flex-direction: column; align-items: center; justify-content: space-between; text-align: center; }
.cover p { text-align: center; margin: 0; }
.cover .induk { font-size: 16pt; font-weight: bold; }
.cover .title { font-size: 20pt; font-weight: bold; line-height: 1.4; }
.cover .logo { width: 45mm; height: 45mm; object-fit: contain; }
.cover .who { font-size: 14pt; font-weight: bold; }
.cover .where { font-size: 11pt; }
.toc-line { display: flex; align-items: baseline; margin: 0 0 3pt; text-align: left; }
.toc-line .text { flex: 0 1 auto; }
.toc-line .dots { flex: 1 1 auto; border-bottom: 1pt dotted #000; margin: 0 4pt; min-width: 10mm; }
.toc-line .page { flex: 0 0 12mm; text-align: right; }
.toc-1 { font-weight: bold; margin-top: 6pt; }
.toc-2 { padding-left: 6mm; }
.toc-3 { padding-left: 12mm; font-size: 10pt; }
.figure { break-before: page; break-after: page; text-align: center; }
${(Object.keys(SHEETS) as (keyof typeof SHEETS)[]).map((p) => `.figure.map-${p} { page: map-${p}; }`).join('\n')}
.figure h4 { font-size: 10pt; margin: 0 0 2mm; line-height: 1.3; }
.figure img { display: block; margin: 0 auto; }
.signature { margin: 24pt 0 0 55%; text-align: left; }
.signature p { text-align: left; margin: 0; }
.signature .space { height: 24mm; }
.signature .name { font-weight: bold; text-decoration: underline; }
`;

/** Builds the printed document; every text of the model goes through `esc`. */
export function printPage(input: PrintInput): PrintPage {
  const headings: (string | undefined)[] = [];
  const heading = (tag: 'h1' | 'h2' | 'h3' | 'h4', id: string | undefined, inner: string, cls = ''): string => {
    headings.push(id);
    return `<${tag}${id ? ` id="${esc(id)}"` : ''}${cls ? ` class="${cls}"` : ''}>${inner}</${tag}>`;
  };
  const runs = (list: readonly TextRun[]): string =>
    list
      .map((r) => {
        let t = esc(r.text);
        if (r.italic) t = `<i>${t}</i>`;
        if (r.bold) t = `<b>${t}</b>`;
        return t;
      })
      .join('');
  const items = (ordered: boolean, list: readonly ListItem[]): string => {
    const tag = ordered ? 'ol' : 'ul';
    return `<${tag}>${list.map((i) => `<li>${runs(i.runs)}${i.items?.length ? items(ordered, i.items) : ''}</li>`).join('')}</${tag}>`;
  };
  const cell = (c: TableCell): string => {
    const style = c.indent ? ` style="padding-left:${4 + c.indent * 14}pt"` : '';
    return `<td${style}>${c.bold ? `<b>${esc(c.text)}</b>` : esc(c.text)}</td>`;
  };
  const block = (b: Block): string => {
    switch (b.kind) {
      case 'heading':
        return heading(b.level === 2 ? 'h2' : 'h3', b.level === 2 ? b.id : undefined, esc(b.text));
      case 'paragraph':
        return `<p>${runs(b.runs)}</p>`;
      case 'list':
        return items(b.ordered, b.items);
      case 'table': {
        const total = b.widths.reduce((a, w) => a + w, 0) || 1;
        const cols = b.widths.map((w) => `<col style="width:${((100 * w) / total).toFixed(1)}%">`).join('');
        const head = `<thead><tr>${b.header.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead>`;
        return `<table><colgroup>${cols}</colgroup>${head}<tbody>${b.rows.map((r) => `<tr>${r.map(cell).join('')}</tr>`).join('')}</tbody></table>`;
      }
      case 'figure': {
        const f = input.figures.get(b.diagramId);
        if (!f) throw new Error(`no drawing for ${b.diagramId}`);
        const size = `width:${f.layout.widthMm.toFixed(2)}mm;height:${f.layout.heightMm.toFixed(2)}mm`;
        const picture = f.src ? `<img alt="" style="${size}" src="${esc(f.src)}">` : `<div style="${size}"></div>`;
        return `<section class="figure map-${f.layout.paper}">${heading('h4', b.id, esc(b.caption))}${picture}</section>`;
      }
      case 'signature': {
        const s = b.signature;
        return `<div class="signature"><p>${esc(s.placeAndDate)}</p><p><b>${esc(s.position)}</b></p><div class="space"></div><p class="name">${esc(s.name)}</p><p>${esc(s.nip)}</p></div>`;
      }
    }
  };
  const chapter = (c: Chapter): string => heading('h1', c.id, `${esc(c.number)}<br>${esc(c.title)}`) + c.blocks.map(block).join('\n');

  const o = input.outline;
  const cover = `<div class="cover">
<p class="induk">${esc(o.cover.induk.toUpperCase())}</p>
<p class="title">${o.cover.titleLines.map(esc).join('<br>')}</p>
${input.logo ? `<img class="logo" alt="" src="${esc(input.logo)}">` : '<div></div>'}
<div><p class="who">${esc(o.cover.instansi)}</p><p class="where">${esc(o.cover.alamat)}</p>${o.cover.nomor ? `<p class="where">Nomor: ${esc(o.cover.nomor)}</p>` : ''}</div>
</div>`;
  const tocLine = (e: DocumentOutline['toc'][number]): string => {
    const page = input.pages?.get(e.id);
    return `<div class="toc-line toc-${e.level}"><span class="text">${esc(e.text)}</span><span class="dots"></span><span class="page">${page ?? ''}</span></div>`;
  };
  const toc = `${heading('h1', undefined, 'DAFTAR ISI')}${o.toc.map(tocLine).join('\n')}`;
  const foreword = o.foreword ? `${heading('h1', undefined, 'KATA PENGANTAR')}${o.foreword.map(block).join('\n')}` : '';
  const body = [cover, foreword, toc, ...o.chapters.map(chapter)].join('\n');
  const html = `<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${PRINT_CSP}"><title>${esc(o.title)}</title><style>${STYLE(o.draft)}</style></head><body>${body}</body></html>`;
  return { html, headings };
}
