// Maps for the official document (issue 16), measured on what `ppb export` writes, in Chromium:
// the smallest text as printed when the map is shrunk to its page, and lines that cross text.
/// <reference lib="dom" />
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { ppb } from '../support/ppb-cli';

/** Printable area of a landscape page with 10 mm margins, in mm. */
const A4 = { width: 277, height: 190 } as const;
const A3 = { width: 400, height: 277 } as const;
/** The least printed size of any text on the page. */
const MIN_PT = 6;
const PT_PER_MM = 72 / 25.4;

const MODELS = [
  'samples/klambu',
  'test/fixtures/judged/variant-bpom-balai',
  'test/fixtures/judged/valid-dpmptsp-izin',
  'test/fixtures/judged/valid-puskesmas-layanan',
  'test/fixtures/judged/valid-bps-pst',
];

/**
 * Maps still drawn too large for their page, with what they still need. The test fails when one
 * of them comes to fit (take it off the list) as when any other map stops fitting.
 */
const STILL_TOO_LARGE: Record<string, string> = {};

interface Measured {
  readonly name: string;
  readonly width: number;
  readonly height: number;
  /** The smallest font size of any text that shows, in the SVG's own units. */
  readonly minFont: number;
  /** Lines of the flow that pass through a text: `line → text`. */
  readonly crossings: string[];
  /** Each visible line of the flow: its id and its path data. */
  readonly lines: { id: string; d: string }[];
  /** Each frame (band, lane, set): the end of its id, its caption, where it stands on the page. */
  readonly frames: Frame[];
  /** Each decision: its text, and the corner (left, right, top, bottom) each line leaving it starts from. */
  readonly decisions: { text: string; corners: string[] }[];
}

interface Frame {
  readonly id: string;
  readonly caption: string;
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** Opens an exported SVG and measures it: its size, its smallest text, lines through text. */
async function measure(browser: Browser, file: string): Promise<Measured> {
  const page = await browser.newPage();
  try {
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    const m = await page.evaluate(() => {
      const root = document.documentElement as unknown as SVGSVGElement;
      const vb = root.viewBox.baseVal;
      let minFont = Infinity;
      const texts: { text: string; box: DOMRect }[] = [];
      for (const t of root.querySelectorAll('text')) {
        const text = (t.textContent ?? '').trim();
        if (text === '') continue;
        for (const el of [t, ...t.querySelectorAll('tspan')]) minFont = Math.min(minFont, parseFloat(getComputedStyle(el).fontSize));
        texts.push({ text, box: t.getBoundingClientRect() });
      }
      // A line may run under its own branch label (the label's background hides it there).
      const ownLabel = (path: Element, text: string): boolean => {
        const id = path.getAttribute('data-id') ?? '';
        const labels = root.querySelectorAll(
          `g.edgeLabel[id$="-${CSS.escape(id)}"], g.edgeLabel:has(> g.label[data-id="${CSS.escape(id)}"])`,
        );
        return [...labels].some((l) => (l.textContent ?? '').trim() === text);
      };
      const crossings: string[] = [];
      const lines: { id: string; d: string }[] = [];
      for (const path of root.querySelectorAll<SVGPathElement>('path.flowchart-link')) {
        const style = getComputedStyle(path);
        if (style.stroke === 'none' || style.opacity === '0' || style.visibility === 'hidden') continue;
        lines.push({ id: path.getAttribute('data-id') ?? '', d: path.getAttribute('d') ?? '' });
        const ctm = path.getScreenCTM();
        if (!ctm) continue;
        const length = path.getTotalLength();
        const hit = new Set<string>();
        for (let s = 0; s <= length; s += 2) {
          const p = path.getPointAtLength(s).matrixTransform(ctm);
          for (const { text, box } of texts) {
            // One pixel inside the text's box: a line that grazes it does not strike it out.
            if (p.x > box.left + 1 && p.x < box.right - 1 && p.y > box.top + 1 && p.y < box.bottom - 1 && !ownLabel(path, text))
              hit.add(text);
          }
        }
        for (const text of hit) crossings.push(`${path.getAttribute('data-id')} → "${text}"`);
      }
      const frames = [...root.querySelectorAll('g.cluster')].flatMap((g) => {
        const rect = g.querySelector(':scope > rect');
        if (!rect) return [];
        const { left, top, right, bottom } = rect.getBoundingClientRect();
        const caption = (g.querySelector(':scope > .cluster-label')?.textContent ?? '').replace(/\s+/g, ' ').trim();
        return [{ id: g.id, caption, left, top, right, bottom }];
      });
      // A line leaves a decision where it starts within a few pixels of the diamond: at the corner nearest.
      const decisions = [...root.querySelectorAll('g.node.decision')].map((g) => {
        const { left, top, right, bottom } = (g.querySelector('polygon, path') ?? g).getBoundingClientRect();
        const at: Record<string, [number, number]> = {
          left: [left, (top + bottom) / 2],
          right: [right, (top + bottom) / 2],
          top: [(left + right) / 2, top],
          bottom: [(left + right) / 2, bottom],
        };
        const corners: string[] = [];
        for (const path of root.querySelectorAll<SVGPathElement>('path.flowchart-link')) {
          const ctm = path.getScreenCTM();
          if (!ctm) continue;
          const p = path.getPointAtLength(0).matrixTransform(ctm);
          if (p.x < left - 8 || p.x > right + 8 || p.y < top - 8 || p.y > bottom + 8) continue;
          const distance = (c: string): number => Math.hypot((at[c]?.[0] ?? 0) - p.x, (at[c]?.[1] ?? 0) - p.y);
          corners.push(Object.keys(at).reduce((a, b) => (distance(b) < distance(a) ? b : a)));
        }
        return { text: (g.textContent ?? '').replace(/\s+/g, ' ').trim(), corners };
      });
      return { width: vb.width, height: vb.height, minFont, crossings, lines, frames, decisions };
    });
    return { name: path.basename(file, '.svg'), ...m };
  } finally {
    await page.close();
  }
}

/** A straight stretch of a line: vertical (`x` shared) or horizontal (`y` shared). */
interface Stretch {
  readonly id: string;
  readonly vertical: boolean;
  readonly at: number;
  readonly from: number;
  readonly to: number;
}

/** The points of a path's data, x and y in turn: every pair of numbers, but of an arc (a line hop) only its end. */
function pointsOf(d: string): number[] {
  const n: number[] = [];
  for (const [, command = '', args = ''] of d.matchAll(/([A-Za-z])([^A-Za-z]*)/g)) {
    const v = (args.match(/-?\d*\.?\d+(?:e-?\d+)?/gi) ?? []).map(Number);
    if (command.toUpperCase() === 'A') for (let i = 5; i + 1 < v.length; i += 7) n.push(v[i] as number, v[i + 1] as number);
    else n.push(...v);
  }
  return n;
}

/** Lines that run on and come back along themselves (a spike: a line to nowhere). */
function spikes(m: Measured): string[] {
  return m.lines.flatMap((l) => {
    const n = pointsOf(l.d);
    for (let i = 4; i + 1 < n.length; i += 2) {
      const [ax, ay, bx, by, cx, cy] = n.slice(i - 4, i + 2) as [number, number, number, number, number, number];
      // Back by more than 2 px both ways: a visible stub, not a rounding of the router's.
      const back = (p: number, q: number, r: number): boolean => (q - p) * (r - q) < 0 && Math.min(Math.abs(q - p), Math.abs(r - q)) > 2;
      const vertical = Math.abs(ax - bx) < 0.5 && Math.abs(bx - cx) < 0.5 && back(ay, by, cy);
      const level = Math.abs(ay - by) < 0.5 && Math.abs(by - cy) < 0.5 && back(ax, bx, cx);
      if (vertical || level) return [`${m.name}: ${l.id} turns back at ${bx.toFixed(0)}, ${by.toFixed(0)}`];
    }
    return [];
  });
}

/** The straight stretches of a line's path data (absolute points, as Mermaid writes them). */
function stretchesOf(id: string, d: string): Stretch[] {
  const n = pointsOf(d);
  const out: Stretch[] = [];
  for (let i = 2; i + 1 < n.length; i += 2) {
    const [x1, y1, x2, y2] = [n[i - 2], n[i - 1], n[i], n[i + 1]] as [number, number, number, number];
    if (Math.abs(x1 - x2) < 0.5) out.push({ id, vertical: true, at: x1, from: Math.min(y1, y2), to: Math.max(y1, y2) });
    else if (Math.abs(y1 - y2) < 0.5) out.push({ id, vertical: false, at: y1, from: Math.min(x1, x2), to: Math.max(x1, x2) });
  }
  return out;
}

/** Pairs of lines running side by side closer than `apart` along `along` or more. */
function sideBySide(m: Measured, apart: number, along: number): string[] {
  const all = m.lines.flatMap((l) => stretchesOf(l.id, l.d));
  const found = new Set<string>();
  for (const a of all)
    for (const b of all) {
      if (a.id >= b.id || a.vertical !== b.vertical) continue;
      const overlap = Math.min(a.to, b.to) - Math.max(a.from, b.from);
      if (Math.abs(a.at - b.at) < apart && overlap >= along)
        found.add(`${m.name}: ${a.id} and ${b.id}, ${Math.abs(a.at - b.at).toFixed(1)} px apart`);
    }
  return [...found];
}

/** The printed size, in points, of `font` SVG units when a `width` × `height` drawing is fitted to `paper`. */
function printedPt(m: Measured, paper: { width: number; height: number }): number {
  return m.minFont * Math.min(paper.width / m.width, paper.height / m.height) * PT_PER_MM;
}

describe('exported maps are fit for the printed document', () => {
  let browser: Browser;
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'ppb-page-fit-'));
  const measured: Measured[] = [];
  before(async () => {
    browser = await launchChromium();
    for (const model of MODELS) {
      const out = path.join(tmp, path.basename(model));
      const r = ppb(['export', model, '--out', out, '--format', 'svg']);
      assert.equal(r.code, 0, r.stderr);
      for (const f of readdirSync(out).sort()) measured.push(await measure(browser, path.join(out, f)));
    }
  });
  after(async () => {
    await browser.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  test('every map shrunk to one A4 landscape page (the Peta Relasi to A3) keeps its smallest text at 6 pt or more', () => {
    assert.ok(measured.length >= 70, `only ${measured.length} maps exported`);
    const report = measured.map((m) => {
      const paper = m.name.endsWith('.relasi') ? A3 : A4;
      return { name: m.name, pt: printedPt(m, paper), size: `${Math.round(m.width)} × ${Math.round(m.height)}` };
    });
    const tooSmall = report.filter((r) => r.pt < MIN_PT && !(r.name in STILL_TOO_LARGE));
    assert.deepEqual(
      tooSmall.map((r) => `${r.name} ${r.pt.toFixed(1)} pt (${r.size})`),
      [],
      'maps whose smallest printed text falls below 6 pt',
    );
    const nowFit = report.filter((r) => r.pt >= MIN_PT && r.name in STILL_TOO_LARGE);
    assert.deepEqual(
      nowFit.map((r) => `${r.name} ${r.pt.toFixed(1)} pt`),
      [],
      'maps listed as too large that now fit: take them off STILL_TOO_LARGE',
    );
    const unknown = Object.keys(STILL_TOO_LARGE).filter((name) => !report.some((r) => r.name === name));
    assert.deepEqual(unknown, [], 'STILL_TOO_LARGE names maps that are not exported');
  });

  test('Level 0: the manajemen band above and the pendukung band below span the utama band', () => {
    const level0 = measured.filter((m) => m.name.endsWith('.L0'));
    assert.equal(level0.length, MODELS.length);
    for (const m of level0) {
      const band = (name: string): Frame | undefined => m.frames.find((f) => f.id.endsWith(`-band_${name}`));
      const utama = band('utama');
      assert.ok(utama, `${m.name}: no utama band`);
      for (const [name, above] of [
        ['manajemen', true],
        ['pendukung', false],
      ] as const) {
        const b = band(name);
        if (!b) continue; // a body without such processes draws no band
        assert.ok(
          Math.abs(b.left - utama.left) <= 1 && Math.abs(b.right - utama.right) <= 1,
          `${m.name}: ${name} ${b.left}–${b.right}, utama ${utama.left}–${utama.right}`,
        );
        assert.ok(above ? b.bottom <= utama.top : b.top >= utama.bottom, `${m.name}: ${name} on the wrong side of utama`);
      }
    }
  });

  test('Peta Relasi: one captioned frame per process, all of one width, in a grid without overlap', () => {
    const relasi = measured.filter((m) => m.name.endsWith('.relasi'));
    assert.equal(relasi.length, MODELS.length);
    for (const m of relasi) {
      const frames = m.frames.filter((f) => /-(proses\d+|antarpihak)$/.test(f.id));
      assert.ok(frames.length >= 2, `${m.name}: ${frames.length} frames`);
      for (const f of frames) assert.match(f.caption, /^\S*\d\S* \S|^Relasi Antarpihak$/, `${m.name}: ${f.id} caption "${f.caption}"`);
      const widths = frames.map((f) => f.right - f.left);
      assert.ok(Math.max(...widths) - Math.min(...widths) <= 1, `${m.name}: widths ${widths.map(Math.round).join(', ')}`);
      const columns = new Set(frames.map((f) => Math.round(f.left)));
      assert.ok(columns.size < frames.length, `${m.name}: no two frames share a column`);
      for (const a of frames)
        for (const b of frames)
          if (a !== b)
            assert.ok(
              a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top,
              `${m.name}: ${a.id} overlaps ${b.id}`,
            );
    }
  });

  test('no line of the flow passes through the text of a step or of another line’s label', () => {
    const all = measured.flatMap((m) => m.crossings.map((c) => `${m.name}: ${c}`));
    assert.deepEqual(all, []);
  });

  test('the branches of every decision leave it from corners of their own', () => {
    const decisions = measured.flatMap((m) => m.decisions.map((d) => ({ map: m.name, ...d })));
    assert.ok(decisions.length >= 40, `only ${decisions.length} decisions drawn`);
    const shared = decisions.filter((d) => new Set(d.corners).size < d.corners.length);
    assert.deepEqual(
      shared.map((d) => `${d.map} "${d.text}": ${d.corners.join(', ')}`),
      [],
    );
  });

  test('no line runs on past its turn and back along itself', () => {
    assert.deepEqual(measured.flatMap(spikes), []);
  });

  test('no two lines run side by side closer than 10 px (they would read as one double line)', () => {
    assert.deepEqual(
      measured.flatMap((m) => sideBySide(m, 10, 20)),
      [],
    );
  });
});
