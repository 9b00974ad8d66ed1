import type { DocumentOutline } from '../../service';
import type { ExportBrowser } from '../renderer';
import { outlinePages } from './pdf-pages';
import { printPage, type PrintFigure } from './print-html';

/** Passes that may be printed before the table of contents must hold still (one more than needed). */
const MAX_PASSES = 3;

/** The table of contents' page numbers: each heading's page from the PDF's outline. */
async function pagesOf(pdf: Uint8Array, headings: readonly (string | undefined)[]): Promise<{ at: Map<string, number>; count: number }> {
  const { pages, count } = await outlinePages(pdf);
  if (pages.length !== headings.length) throw new Error(`the PDF's outline has ${pages.length} entries for ${headings.length} headings`);
  const out = new Map<string, number>();
  headings.forEach((id, i) => {
    if (id !== undefined) out.set(id, pages[i] ?? 0);
  });
  return { at: out, count };
}

const same = (a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean =>
  a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);

/**
 * The document as a PDF printed by Chromium: maps as vector pictures on landscape pages, page
 * numbers in the footer, and a table of contents whose numbers are read back from the printed
 * outline. The first pass leaves the maps' boxes empty (same size, cheaper); the page numbers
 * are checked against the final print, and printed again in the rare case they moved.
 */
export async function pdfDocument(
  outline: DocumentOutline,
  figures: ReadonlyMap<string, PrintFigure>,
  logo: string | undefined,
  browser: ExportBrowser,
): Promise<{ pdf: Uint8Array; pages: number }> {
  const empty = new Map([...figures].map(([id, f]) => [id, { ...f, src: undefined }]));
  const draft = printPage({ outline, figures: empty, logo, pages: undefined });
  let pages = (await pagesOf(await browser.print(draft.html), draft.headings)).at;
  for (let pass = 1; ; pass++) {
    const page = printPage({ outline, figures, logo, pages });
    const pdf = await browser.print(page.html);
    const printed = await pagesOf(pdf, page.headings);
    if (same(printed.at, pages) || pass === MAX_PASSES) return { pdf, pages: printed.count };
    pages = printed.at;
  }
}
