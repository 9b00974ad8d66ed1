import type { Browser } from 'playwright-core';
import { openMaxGraph } from './maxgraph-reader';

/**
 * The first page of a `.drawio` file as maxGraph draws it (draw.io's own library), saved as a
 * PNG at `scale` × its size: to compare with our SVG, and for the README's picture.
 */
export async function drawioScreenshot(browser: Browser, drawioXml: string, pngPath: string, scale = 2): Promise<void> {
  const reader = await openMaxGraph(browser, scale);
  try {
    await reader.render(drawioXml, 0);
    await reader.page.locator('#graph').screenshot({ path: pngPath });
  } finally {
    await reader.close();
  }
}
