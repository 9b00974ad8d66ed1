// Functions passed to page.evaluate run in Chromium: they need the DOM's types.
/// <reference lib="dom" />
import * as path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { REPO } from '../support/temp-model';

const BPMN_JS = path.join(REPO, 'node_modules/bpmn-js/dist');

/** What bpmn-js made of a BPMN file, in a page of its own. */
export interface BpmnJsView {
  /** bpmn-js's import warnings (unknown elements, missing DI, broken references). */
  readonly warnings: string[];
  /** Every element bpmn-js drew (`data-element-id` of each `.djs-element`): shapes, lines, external labels, the root. */
  readonly elementIds: string[];
  /** The text of every label drawn, its lines joined (bpmn-js keeps the space at a break). */
  readonly texts: string[];
  /** Elements of the drawing that are not SVG's own shapes and text (markup a label could have become). */
  readonly foreign: string[];
  readonly dialogs: number;
  readonly pageErrors: string[];
  /** Set by a payload that ran. */
  readonly pwned: unknown;
}

interface Opened {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly dialogs: { count: number };
  readonly pageErrors: string[];
}

/**
 * A blank offline page with bpmn-js's viewer and its style sheets, the XML imported into it; the
 * viewer stays in `window.bpmnViewer`. `size` is the page's viewport.
 */
async function openInBpmnJs(browser: Browser, xml: string, size = { width: 1600, height: 1000 }): Promise<Opened & { warnings: string[] }> {
  const context = await browser.newContext({ viewport: size });
  await context.route('**/*', (route) => route.abort());
  const page = await context.newPage();
  const dialogs = { count: 0 };
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('dialog', (d) => {
    dialogs.count++;
    void d.dismiss();
  });
  await page.setContent(
    '<!doctype html><html><body style="margin:0;background:#fff"><div id="canvas" style="width:100vw;height:100vh"></div></body></html>',
  );
  await page.addStyleTag({ path: path.join(BPMN_JS, 'assets/diagram-js.css') });
  await page.addStyleTag({ path: path.join(BPMN_JS, 'assets/bpmn-js.css') });
  await page.addScriptTag({ path: path.join(BPMN_JS, 'bpmn-viewer.production.min.js') });
  const warnings = await page.evaluate(async (text) => {
    const BpmnJS = (
      window as unknown as {
        BpmnJS: new (o: { container: string }) => { importXML(x: string): Promise<{ warnings: { message: string }[] }> };
      }
    ).BpmnJS;
    const viewer = new BpmnJS({ container: '#canvas' });
    (window as unknown as { bpmnViewer: unknown }).bpmnViewer = viewer;
    const { warnings } = await viewer.importXML(text);
    return warnings.map((w) => w.message);
  }, xml);
  return { context, page, dialogs, pageErrors, warnings };
}

/** A BPMN file imported into bpmn-js's viewer in headless Chromium: what it warned, drew and ran. */
export async function viewInBpmnJs(browser: Browser, xml: string): Promise<BpmnJsView> {
  const { context, page, dialogs, pageErrors, warnings } = await openInBpmnJs(browser, xml);
  try {
    const drawn = await page.evaluate(() => {
      const svg = document.querySelector('#canvas svg');
      const SVG_OWN = new Set([
        'svg',
        'g',
        'rect',
        'circle',
        'path',
        'polyline',
        'polygon',
        'line',
        'text',
        'tspan',
        'defs',
        'marker',
        'ellipse',
      ]);
      return {
        elementIds: [...document.querySelectorAll('.djs-element')].map((e) => e.getAttribute('data-element-id') ?? ''),
        texts: [...document.querySelectorAll('.djs-element text')].map((t) =>
          [...t.querySelectorAll('tspan')].map((s) => s.textContent ?? '').join(''),
        ),
        foreign: svg ? [...svg.querySelectorAll('*')].filter((e) => !SVG_OWN.has(e.localName)).map((e) => e.localName) : ['(no drawing)'],
        pwned: (window as unknown as { __pwned?: unknown }).__pwned,
      };
    });
    return { warnings, ...drawn, dialogs: dialogs.count, pageErrors };
  } finally {
    await context.close();
  }
}

/**
 * A BPMN file as bpmn-js's viewer shows it, fitted to a page as large as the diagram (at most
 * 2400 × 1800), saved as a PNG: to look at what the BPMN export makes, beside our own PNG.
 */
export async function bpmnScreenshot(browser: Browser, bpmnXml: string, pngPath: string): Promise<void> {
  const { context, page, warnings } = await openInBpmnJs(browser, bpmnXml);
  try {
    if (warnings.length > 0) throw new Error(`bpmn-js warned: ${warnings.join('; ')}`);
    const inner = await page.evaluate(() => {
      const viewer = (
        window as unknown as { bpmnViewer: { get(name: 'canvas'): { viewbox(): { inner: { width: number; height: number } } } } }
      ).bpmnViewer;
      return viewer.get('canvas').viewbox().inner;
    });
    const margin = 40;
    await page.setViewportSize({
      width: Math.min(2400, Math.ceil(inner.width + 2 * margin)),
      height: Math.min(1800, Math.ceil(inner.height + 2 * margin)),
    });
    await page.evaluate(() => {
      const viewer = (
        window as unknown as { bpmnViewer: { get(name: 'canvas'): { resized(): void; zoom(z: string, centre: string): void } } }
      ).bpmnViewer;
      const canvas = viewer.get('canvas');
      canvas.resized();
      canvas.zoom('fit-viewport', 'auto');
    });
    await page.screenshot({ path: pngPath });
  } finally {
    await context.close();
  }
}
