import { existsSync } from 'node:fs';
import type { Lang, Localized } from '../service';
import { BROWSER_CANDIDATES, findBrowser } from './browser';
import { CLI_TEXT } from './messages';
import { ExportBrowser, type DiagramRenderer } from './renderer';

/** What every verb that draws is given: where it runs, in which language, the browser and page that draw, where progress goes. */
export interface DrawingRun {
  readonly lang: Lang;
  readonly cwd: string;
  readonly chromePath: string | undefined;
  /** `dist/media/export.js`: the page that draws, the same code as the preview's. */
  readonly bundlePath: string;
  /** Progress, warnings and errors, a line each (stderr). */
  readonly say: (line: string) => void;
}

export interface Renderers {
  readonly browser: ExportBrowser;
  readonly renderers: readonly DiagramRenderer[];
}

/**
 * Headless Chromium with `count` renderers holding the export page (`bundlePath`). A number is
 * the exit code of a refusal, already said: no browser, no bundle, a browser that did not start.
 */
export async function startRenderers(
  chromePath: string | undefined,
  bundlePath: string,
  count: number,
  say: (text: Localized) => void,
): Promise<Renderers | number> {
  const found = findBrowser(chromePath);
  if (!found.found) {
    say(found.badEnv !== undefined ? CLI_TEXT.badChromePath(found.badEnv) : CLI_TEXT.noBrowser(BROWSER_CANDIDATES[process.platform] ?? []));
    return 2;
  }
  if (!existsSync(bundlePath)) {
    say(CLI_TEXT.noBundle(bundlePath));
    return 2;
  }
  let browser: ExportBrowser | undefined;
  try {
    browser = await ExportBrowser.launch(found.path, bundlePath);
    const b = browser;
    return { browser, renderers: await Promise.all(Array.from({ length: count }, () => b.renderer())) };
  } catch (err) {
    await browser?.close();
    say(CLI_TEXT.browserFailed(found.path, err instanceof Error ? (err.message.split('\n')[0] ?? '') : String(err)));
    return 2;
  }
}
