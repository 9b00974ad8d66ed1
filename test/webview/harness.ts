import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { previewHtml } from '../../client/src/preview/html';
import { exportBytes } from '../../client/src/preview/validate';
import type { Location } from 'vscode-languageserver-protocol';
import type { Diagram } from '../../server/src/protocol/diagram';
import type { PreviewFormat } from '../../server/src/protocol/export-format';
import type { HostMessage, PreviewStrings, WebviewMessage } from '../../server/src/protocol/webview';
import { launchChromium } from '../support/chromium';
import { REPO } from '../support/temp-model';
import type { Served } from './models';

/** The strings the host sends, in English (the tests compare against them). */
export const STRINGS: PreviewStrings = {
  maps: 'Maps',
  groupLevel0: 'Level 0',
  groupRelasi: 'Relation map',
  groupLevel: 'Level {0}',
  groupCfm: 'Cross-functional maps',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  zoomFit: 'Fit',
  zoomReset: 'Actual size',
  fitReadable: 'Shrunk only as far as text stays readable: drag for the rest, or press - to zoom out.',
  exportSvg: 'Export SVG',
  exportPng: 'Export PNG',
  exportDrawio: 'Export draw.io',
  drawioMapsOnly: 'draw.io is for maps',
  toggleNavigator: 'Show or hide the maps',
  rendering: 'Drawing…',
  renderFailed: 'Mermaid could not draw this map: {0}',
  tooLarge: 'This map has {0} nodes (more than {1}).',
  tooLargeLanes: 'This map has {0} steps (swimlanes above {1} are slow).',
  renderAnyway: 'Draw anyway',
  renderWithoutLanes: 'Draw without lanes',
  openMap: 'Click: open the map',
  revealSource: 'Click: go to the definition',
  sopView: "Show this map's SOP AP",
  sopUnavailable: 'Only a cross-functional map has SOP AP documents',
  sopChoose: "This map's SOP AP documents",
  sopDraft: 'draft',
  sopPage: 'Page {0} of {1}',
  sopPrevious: 'Previous page',
  sopNext: 'Next page',
};

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export type Rendered = Extract<WebviewMessage, { type: 'rendered' }>;

/** What the tests reach in the page (the test build has no DOM types). */
interface PageGlobals {
  __posted: WebviewMessage[];
  __state: unknown;
  acquireVsCodeApi: () => unknown;
  postMessage(message: unknown, target: string): void;
  document: { body: { className: string }; addEventListener(type: string, listener: () => void): void };
}

/**
 * The preview page as VS Code serves it (same HTML, same CSP, same bundle), from a loopback
 * HTTP server, in headless Chromium, with a fake `acquireVsCodeApi` that records what the page
 * posts. `close` stops exactly the browser and the server this started.
 */
export class PreviewPage {
  readonly requests: string[] = [];
  readonly dialogs: string[] = [];
  readonly errors: string[] = [];
  private version = 0;
  private settles = 0;
  private exports = 0;
  private folder: string | undefined;

  private constructor(
    private readonly server: Server,
    readonly browser: Browser,
    readonly page: Page,
    readonly origin: string,
  ) {}

  /** The page, with `model`'s catalog sent as the host sends it. */
  static async open(
    options: { model?: Served; bodyClass?: string; viewport?: { width: number; height: number }; state?: unknown } = {},
  ): Promise<PreviewPage> {
    const files: Record<string, { file: string; type: string }> = {
      '/preview.js': { file: path.join(REPO, 'dist/media/preview.js'), type: 'text/javascript' },
      '/export.js': { file: path.join(REPO, 'dist/media/export.js'), type: 'text/javascript' },
      '/preview.css': { file: path.join(REPO, 'media/preview.css'), type: 'text/css' },
    };
    let origin = '';
    const server = createServer((req, res) => {
      const url = req.url ?? '/';
      const served = files[url];
      if (url === '/') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(
          previewHtml({
            cspSource: origin,
            scriptUri: `${origin}/preview.js`,
            rendererUri: `${origin}/export.js`,
            styleUri: `${origin}/preview.css`,
            lang: 'en',
          }),
        );
      } else if (served) {
        res.writeHead(200, { 'content-type': served.type });
        res.end(readFileSync(served.file));
      } else {
        res.writeHead(404);
        res.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    let browser: Browser;
    try {
      browser = await launchChromium();
    } catch (err) {
      server.close();
      throw err;
    }
    const page = await browser.newPage({ viewport: options.viewport ?? { width: 1280, height: 800 } });
    const p = new PreviewPage(server, browser, page, origin);
    page.on('request', (r) => p.requests.push(r.url()));
    page.on('dialog', (d) => {
      p.dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('pageerror', (e) => p.errors.push(e.message));
    // VS Code gives the page `acquireVsCodeApi`; this one keeps what the page posts.
    // The state VS Code hands a webview that comes back (hidden and shown again, or reloaded).
    await page.addInitScript(
      ({ bodyClass, state }: { bodyClass: string; state: unknown }) => {
        const w = globalThis as unknown as PageGlobals;
        w.__posted = [];
        w.__state = state;
        w.acquireVsCodeApi = () => ({
          postMessage: (m: WebviewMessage) => w.__posted.push(m),
          getState: () => w.__state,
          setState: (s: unknown) => {
            w.__state = s;
          },
        });
        w.document.addEventListener('DOMContentLoaded', () => {
          if (bodyClass) w.document.body.className = bodyClass;
        });
      },
      { bodyClass: options.bodyClass ?? 'vscode-light', state: options.state },
    );
    await page.goto(`${origin}/`);
    await p.waitFor((m) => m.type === 'ready');
    await p.send({ type: 'strings', strings: STRINGS });
    if (options.model) await p.send({ type: 'catalog', uri: options.model.uri, diagrams: options.model.summaries });
    return p;
  }

  /** A message from the host, delivered the way VS Code delivers it. */
  async send(message: HostMessage): Promise<void> {
    await this.page.evaluate((m) => (globalThis as unknown as PageGlobals).postMessage(m, '*'), message);
  }

  /**
   * Resolves once the page has handled every message sent before: messages are handled in
   * order, and a banner is one whose effect can be seen (it is taken down again).
   */
  async settled(): Promise<void> {
    const banner = this.page.locator('.banner');
    const text = `settled ${++this.settles}`;
    await this.send({ type: 'banner', banner: { text } });
    await banner.filter({ hasText: text }).waitFor({ state: 'visible' });
    await this.send({ type: 'banner', banner: null });
    await banner.waitFor({ state: 'hidden' });
  }

  /** Shows a diagram as the host does (a newer version each time); waits until it is drawn. */
  async show(diagram: Diagram<Location>, highlight?: string): Promise<Rendered> {
    const version = ++this.version;
    await this.send({ type: 'show', version, diagram, ...(highlight !== undefined ? { highlight } : {}) });
    const m = await this.waitFor(
      (x) => (x.type === 'rendered' && x.version === version) || (x.type === 'error' && x.requestId === undefined),
    );
    if (m.type !== 'rendered') throw new Error(`${diagram.id}: ${JSON.stringify(m)}`);
    return m;
  }

  /** The next `show` version, for tests that send `show` themselves. */
  nextVersion(): number {
    return ++this.version;
  }

  /** What the page last gave `setState`. */
  async state(): Promise<unknown> {
    return this.page.evaluate(() => (globalThis as unknown as PageGlobals).__state);
  }

  async posted(): Promise<WebviewMessage[]> {
    return this.page.evaluate(() => (globalThis as unknown as PageGlobals).__posted);
  }

  async clearPosted(): Promise<void> {
    await this.page.evaluate(() => {
      (globalThis as unknown as PageGlobals).__posted.length = 0;
    });
  }

  /** Asks the page for what it shows as the host does (`export`); the bytes, checked as the host checks them. */
  async exported(format: PreviewFormat, scale = 2): Promise<Buffer> {
    const requestId = ++this.exports;
    await this.send({ type: 'export', requestId, format, scale });
    const m = await this.waitFor((x) => (x.type === 'exportResult' || x.type === 'error') && x.requestId === requestId);
    if (m.type !== 'exportResult') throw new Error(JSON.stringify(m));
    const bytes = exportBytes(format, m.data);
    if (!bytes) throw new Error(`the host would refuse this ${format}`);
    return bytes;
  }

  /** Waits until the page has posted a message `match` accepts; returns it. */
  async waitFor(match: (m: WebviewMessage) => boolean, timeout = 60_000): Promise<WebviewMessage> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const posted = await this.posted();
      const found = posted.find(match);
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for a message; posted: ${JSON.stringify(posted).slice(0, 2000)}`);
      await this.page
        .waitForFunction((n) => (globalThis as unknown as PageGlobals).__posted.length > n, posted.length, { timeout: left })
        .catch(() => undefined);
    }
  }

  /** A path in a temporary folder that `close` removes. */
  tempFile(name: string): string {
    this.folder ??= mkdtempSync(path.join(os.tmpdir(), 'ppb-preview-'));
    return path.join(this.folder, name);
  }

  async close(): Promise<void> {
    if (this.folder) rmSync(this.folder, { recursive: true, force: true });
    await this.browser.close();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
