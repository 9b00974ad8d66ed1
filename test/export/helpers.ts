// Functions passed to page.evaluate run in Chromium: they need the DOM's types. (A lib reference
// holds for the whole program; the server stays DOM-free by review and by its tests in Node.)
/// <reference lib="dom" />
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { findPpbFiles } from '../../server/src/node/ppb-files';
import type { Diagram } from '../../server/src/protocol/diagram';
import { PpbWorkspace, type DiagramCatalog } from '../../server/src/service';

/** The diagrams of a model folder, as the language service builds them. */
export async function catalogOf(dir: string): Promise<DiagramCatalog> {
  const ws = new PpbWorkspace();
  for (const file of await findPpbFiles(dir)) ws.setFile(pathToFileURL(file).href, readFileSync(file, 'utf8'));
  return ws.diagrams();
}

/** Every text a reader must find in a diagram: title, node labels, detail and note lines, lanes and bands, edge labels. */
export function labelsOf(d: Diagram<unknown>): string[] {
  const all = [
    d.title,
    ...d.nodes.flatMap((n) => [n.label, ...(n.detail ?? []), n.note ?? '']),
    ...d.groups.map((g) => g.label),
    ...d.edges.map((e) => e.label ?? ''),
  ];
  // A label is one line: runs of white space fold to one space, as the diagram shows them.
  return [...new Set(all.map((l) => l.replace(/\s+/g, ' ').trim()).filter((l) => l !== ''))];
}

/** What an SVG file is, opened by Chromium as a document (not inside a page). */
export interface SvgFacts {
  readonly root: string;
  readonly parseErrors: number;
  readonly width: string | null;
  readonly height: string | null;
  readonly viewBox: string | null;
  /** The text of each `<text>` element. */
  readonly texts: string[];
  readonly foreignObjects: number;
  readonly scripts: number;
  /** `on…` attributes, `href`s leaving the file, `url()`s and `@import`s that reach outside. */
  readonly outside: string[];
  readonly pwned: unknown;
  /** The title stands above the drawing, clear of it (undefined: no title). */
  readonly titleClear: boolean | undefined;
  readonly dialogs: number;
  readonly pageErrors: string[];
  /** Every request the document made (the file itself included). */
  readonly requests: string[];
}

export async function openSvg(browser: Browser, file: string): Promise<SvgFacts> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const requests: string[] = [];
    const pageErrors: string[] = [];
    let dialogs = 0;
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    const facts = await page.evaluate(() => {
      const doc = document;
      const root = doc.documentElement;
      const outside: string[] = [];
      for (const el of [root, ...root.querySelectorAll('*')]) {
        for (const a of el.attributes) {
          if (/^on/i.test(a.name)) outside.push(`${el.localName} ${a.name}`);
          if (/(^|:)href$|^src$/i.test(a.name) && !a.value.startsWith('#')) outside.push(`${el.localName} ${a.name}=${a.value}`);
        }
      }
      const css =
        [...root.querySelectorAll('style')].map((s) => s.textContent ?? '').join('\n') +
        [...root.querySelectorAll('[style]')].map((e) => e.getAttribute('style') ?? '').join('\n');
      for (const m of css.matchAll(/@import[^;]*|url\(\s*['"]?([^)'"]*)/gi)) if (!(m[1] ?? '').startsWith('#')) outside.push(m[0]);
      let titleClear: boolean | undefined;
      const title = root.querySelector(':scope > text.flowchartTitleText');
      if (root instanceof SVGSVGElement && title instanceof SVGTextElement) {
        const t = title.getBBox();
        const next = title.nextSibling;
        title.remove();
        titleClear = t.y + t.height <= root.getBBox().y;
        root.insertBefore(title, next);
      }
      return {
        titleClear,
        root: `${root.namespaceURI} ${root.localName}`,
        parseErrors: doc.getElementsByTagName('parsererror').length,
        width: root.getAttribute('width'),
        height: root.getAttribute('height'),
        viewBox: root.getAttribute('viewBox'),
        texts: [...root.querySelectorAll('text')].map((t) => t.textContent ?? ''),
        foreignObjects: root.getElementsByTagName('foreignObject').length,
        scripts: root.getElementsByTagName('script').length,
        outside,
        pwned: (globalThis as Record<string, unknown>).__pwned,
      };
    });
    return { ...facts, dialogs, pageErrors, requests };
  } finally {
    await context.close();
  }
}

/** The labels of `d` that no `<text>` of the SVG shows literally. */
export function missingLabels(d: Diagram<unknown>, facts: SvgFacts): string[] {
  return labelsOf(d).filter((label) => !facts.texts.some((t) => t.includes(label)));
}

/** A file that stands alone: valid XML, real size, labels as SVG text, nothing outside, nothing run. */
export function assertStandalone(facts: SvgFacts, file: string): void {
  assert.equal(facts.root, 'http://www.w3.org/2000/svg svg', file);
  assert.equal(facts.parseErrors, 0, file);
  assert.deepEqual(facts.pageErrors, [], file);
  const [, , w, h] = (facts.viewBox ?? '').split(' ').map(Number);
  assert.ok(w !== undefined && w > 0 && Number.isInteger(w), `${file}: viewBox ${facts.viewBox}`);
  assert.equal(facts.width, String(w), file);
  assert.equal(facts.height, String(h), file);
  assert.equal(facts.foreignObjects, 0, `${file}: labels must be SVG text for Inkscape and LibreOffice`);
  assert.equal(facts.scripts, 0, file);
  assert.deepEqual(facts.outside, [], file);
  assert.deepEqual(facts.requests, [pathToFileURL(file).href], file);
  assert.equal(facts.dialogs, 0, file);
  assert.equal(facts.pwned, undefined, file);
  assert.notEqual(facts.titleClear, false, `${file}: the title overlaps the drawing`);
}

/**
 * The PNG decoded by Chromium: its size, and on a copy at most `maxWidth` pixels wide, how many
 * pixels differ from the background (the top-left pixel) and how many are dark (text, lines).
 */
export async function pngInk(
  browser: Browser,
  png: Buffer,
  maxWidth = 1200,
): Promise<{ width: number; height: number; inked: number; dark: number; sampled: number }> {
  const page = await browser.newPage();
  try {
    return await page.evaluate(
      async ({ src, maxWidth }) => {
        const img = new Image();
        img.src = src;
        await img.decode();
        const k = Math.min(1, maxWidth / img.naturalWidth);
        const canvas = document.createElement('canvas');
        canvas.width = Math.round(img.naturalWidth * k);
        canvas.height = Math.round(img.naturalHeight * k);
        const g = canvas.getContext('2d');
        if (!g) throw new Error('no canvas');
        g.drawImage(img, 0, 0, canvas.width, canvas.height);
        const px = g.getImageData(0, 0, canvas.width, canvas.height).data;
        let inked = 0;
        let dark = 0;
        for (let i = 0; i < px.length; i += 4) {
          const [r = 0, g = 0, b = 0] = [px[i], px[i + 1], px[i + 2]];
          if (Math.abs(r - (px[0] ?? 0)) + Math.abs(g - (px[1] ?? 0)) + Math.abs(b - (px[2] ?? 0)) > 24) inked++;
          if (r + g + b < 600) dark++;
        }
        return { width: img.naturalWidth, height: img.naturalHeight, inked, dark, sampled: px.length / 4 };
      },
      { src: `data:image/png;base64,${png.toString('base64')}`, maxWidth },
    );
  } finally {
    await page.close();
  }
}
