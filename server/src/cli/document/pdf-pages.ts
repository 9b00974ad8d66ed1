import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef } from 'pdf-lib';

/**
 * The page (1-based) of each entry of a PDF's outline, in document order: Chromium writes one
 * entry per heading, so this is where each heading was printed; and its number of pages.
 * Read with pdf-lib.
 */
export async function outlinePages(pdf: Uint8Array): Promise<{ readonly pages: readonly number[]; readonly count: number }> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const pageOf = new Map(doc.getPages().map((p, i) => [p.ref.toString(), i + 1]));
  const pages: number[] = [];
  const walk = (item: PDFDict | undefined): void => {
    for (let at = item; at; at = at.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      const dest = at.lookupMaybe(PDFName.of('Dest'), PDFArray);
      const ref = dest?.get(0);
      pages.push(ref instanceof PDFRef ? (pageOf.get(ref.toString()) ?? 0) : 0);
      walk(at.lookupMaybe(PDFName.of('First'), PDFDict));
    }
  };
  walk(doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)?.lookupMaybe(PDFName.of('First'), PDFDict));
  return { pages, count: doc.getPageCount() };
}
