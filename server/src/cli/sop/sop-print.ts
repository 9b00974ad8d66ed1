import type { SopSheets } from '../../protocol/sop-sheet';
import { sopPageSvg } from './sop-svg';
import { escapeXml } from '../../service';

/** No script, no request: the page's own styles and the logo as data only. */
const PRINT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const esc = escapeXml;

/**
 * The SOPs' pages as one HTML page for Chromium to print: each page its SVG, inline (so its text
 * stays text in the PDF), on a sheet of the layout's size with no margin of its own.
 */
export function sopPrintHtml(sheets: SopSheets, logo: string | undefined): string {
  const box = { x: 0, y: 0, width: sheets.width, height: sheets.height };
  const pages = sheets.pages.map((p) => `<section class="page">${sopPageSvg(p, box, { logo })}</section>`).join('\n');
  return `<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${PRINT_CSP}">
<title>${esc(`${sheets.kode} ${sheets.nama}`.trim())}</title>
<style>
@page { size: ${sheets.width}mm ${sheets.height}mm; margin: 0; }
html, body { margin: 0; padding: 0; }
.page { width: ${sheets.width}mm; height: ${sheets.height}mm; overflow: hidden; break-after: page; }
.page:last-child { break-after: auto; }
.page svg { display: block; }
</style></head>
<body>
${pages}
</body></html>
`;
}
