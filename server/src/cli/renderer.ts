import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { EXPORT_GLOBAL, type ExportedSvg, type ExportPage, type RenderOptions } from '../protocol/export-page';
import { BROWSER_ARGS } from './browser';

/** How long one map may take to draw before it is given up. */
const RENDER_TIMEOUT_MS = 120_000;

const html = (csp: string, body = ''): string =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${csp}"></head><body>${body}</body></html>`;

function withTimeout<T>(work: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer after ${RENDER_TIMEOUT_MS / 1000} s`)), RENDER_TIMEOUT_MS);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** Playwright prefixes its errors with the call (`page.evaluate: Error: `); the cause is enough. */
function cause(err: unknown): Error {
  const text = err instanceof Error ? err.message : String(err);
  return new Error(
    text
      .replace(/^[\w.]+: (Error: )?/, '')
      .split('\n')
      .slice(0, 4)
      .join('\n'),
  );
}

/** A context with no network at all: every request is refused before it leaves. */
async function offlineContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ offline: true });
  await context.route('**/*', (route) => route.abort());
  return context;
}

/**
 * One worker in Chromium: a page holding the export bundle (the only script its Content Security
 * Policy allows, by hash) turns Mermaid text into a standalone SVG, and an SVG into a PNG.
 */
export class DiagramRenderer {
  private constructor(private readonly svgPage: Page) {}

  static async open(browser: Browser, bundle: string): Promise<DiagramRenderer> {
    const page = await (await offlineContext(browser)).newPage();
    const hash = createHash('sha256').update(bundle).digest('base64');
    await page.setContent(
      html(`default-src 'none'; script-src 'sha256-${hash}'; style-src 'unsafe-inline'; img-src data:; font-src data:`),
    );
    await page.addScriptTag({ content: bundle });
    return new DiagramRenderer(page);
  }

  /** Calls the export page's method in Chromium, with a timeout and Mermaid's error as cause. */
  private async call<K extends keyof ExportPage>(
    method: K,
    ...args: Parameters<ExportPage[K]>
  ): Promise<Awaited<ReturnType<ExportPage[K]>>> {
    const work = this.svgPage.evaluate(
      ([name, m, a]) => {
        const api = (globalThis as unknown as Record<string, Record<string, (...x: unknown[]) => unknown> | undefined>)[name];
        const fn = api?.[m];
        return fn ? fn(...a) : Promise.reject(new Error('the export page did not load'));
      },
      [EXPORT_GLOBAL, method, args as unknown[]] as const,
    );
    try {
      return (await withTimeout(work, method)) as Awaited<ReturnType<ExportPage[K]>>;
    } catch (err) {
      throw cause(err);
    }
  }

  /** Mermaid text to a standalone SVG file; `elementId` scopes its styles. */
  svg(mermaidText: string, elementId: string, options: RenderOptions = {}): Promise<ExportedSvg> {
    return this.call('render', mermaidText, elementId, options);
  }

  /**
   * The SVG file as a PNG by the export page's rasterizer (the preview's too): `scale` device
   * pixels per CSS pixel, less for a map too large, with its density; a blank picture is refused.
   */
  async png(svg: ExportedSvg, scale: number): Promise<{ png: Buffer; scale: number }> {
    const drawn = await this.call('png', svg, scale);
    return { png: Buffer.from(drawn.png, 'base64'), scale: drawn.scale };
  }
}

/** Prints HTML pages to PDF, one after another, in a page of its own. */
export interface Printer {
  print(html: string): Promise<Buffer>;
  close(): Promise<void>;
}

/** Headless Chromium, driven by playwright-core; each launch has a fresh profile, removed on close. */
export class ExportBrowser {
  private constructor(
    private readonly browser: Browser,
    private readonly bundle: string,
  ) {}

  static async launch(executablePath: string, bundlePath: string): Promise<ExportBrowser> {
    const bundle = await readFile(bundlePath, 'utf8');
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath, headless: true, args: [...BROWSER_ARGS] });
    return new ExportBrowser(browser, bundle);
  }

  /** A renderer of its own: renderers work in parallel, each in its own renderer process. */
  renderer(): Promise<DiagramRenderer> {
    return DiagramRenderer.open(this.browser, this.bundle);
  }

  /**
   * A whole HTML page (no script: its policy allows none) printed to PDF as its CSS pages ask,
   * with an outline entry per heading; offline, like every page here.
   */
  async print(html: string): Promise<Buffer> {
    const printer = await this.printer();
    try {
      return await printer.print(html);
    } finally {
      await printer.close();
    }
  }

  /** A page of its own that prints page after page: one context for many prints (`ppb sop`). */
  async printer(): Promise<Printer> {
    const context = await offlineContext(this.browser);
    const page = await context.newPage();
    return {
      print: async (html) => {
        try {
          await withTimeout(page.setContent(html, { waitUntil: 'load' }), 'print');
          return await withTimeout(page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true }), 'print');
        } catch (err) {
          throw cause(err);
        }
      },
      close: () => context.close(),
    };
  }

  close(): Promise<void> {
    return this.browser.close();
  }
}
