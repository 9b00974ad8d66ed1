import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { EXPORT_GLOBAL, type ExportedSvg, type ExportPage } from '../protocol/export-page';
import { BROWSER_ARGS } from './browser';

/**
 * Chromium's largest picture, in device pixels per side; a PNG that would be larger is drawn at
 * a smaller scale (and says so) rather than cut or blank.
 */
export const MAX_PNG_SIDE = 16_384;

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
  return new Error(text.replace(/^[\w.]+: (Error: )?/, '').split('\n').slice(0, 4).join('\n'));
}

/** A context with no network at all: every request is refused before it leaves. */
async function offlineContext(browser: Browser, deviceScaleFactor = 1): Promise<BrowserContext> {
  const context = await browser.newContext({ offline: true, deviceScaleFactor });
  await context.route('**/*', (route) => route.abort());
  return context;
}

export interface PngResult {
  readonly png: Buffer;
  /** The scale used: the one asked for, or less for a map larger than Chromium can draw. */
  readonly scale: number;
}

/**
 * One worker in Chromium: a page holding the export bundle turns Mermaid text into standalone
 * SVG (the bundle is the only script its Content Security Policy allows, by hash); another page,
 * with no script at all, draws an SVG file as an image and photographs it.
 */
export class DiagramRenderer {
  private pngContext: BrowserContext | undefined;
  private pngPage: Page | undefined;
  private pngScale = 0;

  private constructor(
    private readonly browser: Browser,
    private readonly svgPage: Page,
  ) {}

  static async open(browser: Browser, bundle: string): Promise<DiagramRenderer> {
    const page = await (await offlineContext(browser)).newPage();
    const hash = createHash('sha256').update(bundle).digest('base64');
    await page.setContent(html(`default-src 'none'; script-src 'sha256-${hash}'; style-src 'unsafe-inline'; img-src data:; font-src data:`));
    await page.addScriptTag({ content: bundle });
    return new DiagramRenderer(browser, page);
  }

  /** Calls the export page's method in Chromium, with a timeout and Mermaid's error as cause. */
  private async call<K extends keyof ExportPage>(method: K, ...args: Parameters<ExportPage[K]>): Promise<Awaited<ReturnType<ExportPage[K]>>> {
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
  svg(mermaidText: string, elementId: string): Promise<ExportedSvg> {
    return this.call('render', mermaidText, elementId);
  }

  private async pngPageAt(scale: number): Promise<Page> {
    if (this.pngPage && scale === this.pngScale) return this.pngPage;
    await this.pngContext?.close();
    this.pngContext = await offlineContext(this.browser, scale);
    this.pngPage = await this.pngContext.newPage();
    this.pngScale = scale;
    return this.pngPage;
  }

  /**
   * The SVG file drawn as an image (as a browser opens it: no script, nothing outside), on white,
   * photographed at `scale` device pixels per CSS pixel: a PNG of width × scale by height × scale.
   * A picture with no ink is an error, never a file.
   */
  async png(svg: ExportedSvg, wantedScale: number): Promise<PngResult> {
    if ((await this.call('inked', svg.svg)) === 0) throw new Error('the picture came out blank');
    const scale = Math.min(wantedScale, MAX_PNG_SIDE / svg.width, MAX_PNG_SIDE / svg.height);
    const page = await this.pngPageAt(scale);
    const { width, height } = svg;
    await page.setViewportSize({ width, height });
    const src = `data:image/svg+xml;base64,${Buffer.from(svg.svg, 'utf8').toString('base64')}`;
    const style = '<style>html,body{margin:0;background:#fff;overflow:hidden}img{display:block}</style>';
    await page.setContent(html(`default-src 'none'; img-src data:; style-src 'unsafe-inline'`, `${style}<img alt="" width="${width}" height="${height}" src="${src}">`));
    const png = await page.screenshot({ type: 'png', clip: { x: 0, y: 0, width, height } });
    return { png, scale };
  }
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

  close(): Promise<void> {
    return this.browser.close();
  }
}
