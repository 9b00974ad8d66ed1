import * as path from 'node:path';
import { buildSync } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { REPO } from '../support/temp-model';
import type { DecodedPage, MaxGraphPage, ViewState } from './maxgraph-page';

/**
 * A real mxGraph reader for our `.drawio` files: @maxgraph/core in an offline Chromium page,
 * bundled from `maxgraph-page.ts` by esbuild when first asked for (no network, no file of it
 * kept). The page records what it should never see: dialogs, errors, requests.
 */

/**
 * Trebuchet MS where the machine has it, else the fonts our SVG falls back to (its
 * `"trebuchet ms", verdana, arial, sans-serif`): the picture compares with ours, not with a serif.
 */
const FONT = `@font-face { font-family: 'Trebuchet MS'; src: local('Trebuchet MS'), local('Verdana'), local('Arial'), local('Liberation Sans'), local('DejaVu Sans'); }`;

let bundled: string | undefined;

function maxGraphBundle(): string {
  bundled ??=
    buildSync({
      entryPoints: [path.join(REPO, 'test/export/maxgraph-page.ts')],
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: 'es2022',
      write: false,
      logLevel: 'silent',
    }).outputFiles[0]?.text ?? '';
  return bundled;
}

export interface Incidents {
  readonly dialogs: number;
  readonly pageErrors: readonly string[];
  readonly requests: readonly string[];
  /** What a payload sets when it runs (`window.__pwned`). */
  readonly pwned: unknown;
}

export interface MaxGraphReader {
  readonly page: Page;
  decode(file: string): Promise<DecodedPage[]>;
  /** Draws page `index` of `file` into `#graph`. */
  render(file: string, index: number): Promise<{ width: number; height: number }>;
  /** Where maxGraph drew each cell of the page last rendered. */
  states(): Promise<ViewState[]>;
  incidents(): Promise<Incidents>;
  close(): Promise<void>;
}

/** A page with maxGraph loaded, offline: every request is recorded and refused. */
export async function openMaxGraph(browser: Browser, deviceScaleFactor = 1): Promise<MaxGraphReader> {
  const context = await browser.newContext({ deviceScaleFactor, offline: true });
  const requests: string[] = [];
  const pageErrors: string[] = [];
  let dialogs = 0;
  await context.route('**/*', (route) => {
    requests.push(route.request().url());
    void route.abort();
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await page.setContent(
    `<!doctype html><html><head><meta charset="utf-8"><style>${FONT}</style></head><body style="margin:0"><div id="graph"></div></body></html>`,
  );
  await page.addScriptTag({ content: maxGraphBundle() });
  const api = 'ppbMaxGraph';
  return {
    page,
    decode: (file) =>
      page.evaluate(({ api, file }) => (globalThis as unknown as Record<string, MaxGraphPage>)[api]?.decode(file) ?? [], { api, file }),
    render: async (file, index) => {
      const size = await page.evaluate(
        ({ api, file, index }) => {
          const reader = (globalThis as unknown as Record<string, MaxGraphPage>)[api];
          if (!reader) throw new Error('maxGraph is not loaded');
          return reader.render(file, index);
        },
        { api, file, index },
      );
      await page.setViewportSize({ width: Math.ceil(size.width), height: Math.ceil(size.height) });
      return size;
    },
    states: () => page.evaluate((api) => (globalThis as unknown as Record<string, MaxGraphPage>)[api]?.states() ?? [], api),
    incidents: async () => ({
      dialogs,
      pageErrors: [...pageErrors],
      requests: [...requests],
      pwned: await page.evaluate(() => (globalThis as Record<string, unknown>).__pwned),
    }),
    close: () => context.close(),
  };
}
