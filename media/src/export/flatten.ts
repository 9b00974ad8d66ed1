/**
 * Mermaid draws labels as HTML inside `<foreignObject>`: browsers show them, but Inkscape,
 * LibreOffice and librsvg show empty boxes. For a file that opens everywhere, each label becomes
 * SVG `<text>`, one line per `<tspan>`, placed where Chromium laid the HTML out. Its text is the
 * text nodes' data, never markup. Needs the SVG attached to a live document (for layout).
 */

import { paintStyle, svgPaint } from './paint';

const SVG_NS = 'http://www.w3.org/2000/svg';

const SHAPES = 'path, rect, circle, ellipse, line, polyline, polygon';
const SHAPE_PROPS = ['stroke-width', 'stroke-dasharray', 'opacity'] as const;

interface Run {
  text: string;
  readonly style: CSSStyleDeclaration;
}

interface Line {
  readonly top: number;
  readonly bottom: number;
  left: number;
  right: number;
  readonly runs: Run[];
}

/** Maps client-space boxes into the user space of an SVG element (its rotation included). */
class LocalSpace {
  private readonly inverse: DOMMatrix;

  constructor(el: SVGGraphicsElement) {
    const ctm = el.getScreenCTM() ?? new DOMMatrix();
    this.inverse = ctm.inverse();
  }

  box(r: DOMRectReadOnly): { left: number; top: number; right: number; bottom: number } {
    const corners = [
      new DOMPoint(r.left, r.top),
      new DOMPoint(r.right, r.top),
      new DOMPoint(r.left, r.bottom),
      new DOMPoint(r.right, r.bottom),
    ].map((p) => p.matrixTransform(this.inverse));
    const xs = corners.map((p) => p.x);
    const ys = corners.map((p) => p.y);
    return { left: Math.min(...xs), top: Math.min(...ys), right: Math.max(...xs), bottom: Math.max(...ys) };
  }
}

function svgEl<K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

let canvas: CanvasRenderingContext2D | null | undefined;

/** The distance from the top of a glyph box to the baseline, for this style. */
function ascent(style: CSSStyleDeclaration): number {
  canvas ??= document.createElement('canvas').getContext('2d');
  const size = parseFloat(style.fontSize) || 16;
  if (!canvas) return size * 0.8;
  canvas.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  const m = canvas.measureText('Hg');
  return m.fontBoundingBoxAscent || size * 0.8;
}

/** The label's text as laid out: lines top to bottom, runs of one style, spaces kept. */
function layoutLines(root: Element, space: LocalSpace): Line[] {
  const lines: Line[] = [];
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    const parent = text.parentElement;
    if (!parent) continue;
    const style = getComputedStyle(parent);
    if (style.display === 'none' || style.visibility === 'hidden') continue;
    for (const { segment, index } of segmenter.segment(text.data)) {
      range.setStart(text, index);
      range.setEnd(text, index + segment.length);
      const client = range.getClientRects()[0];
      if (!client) continue; // collapsed white space
      const r = space.box(client);
      const mid = (r.top + r.bottom) / 2;
      let line = lines.find((l) => l.top <= mid && mid <= l.bottom);
      if (!line) {
        line = { top: r.top, bottom: r.bottom, left: r.left, right: r.right, runs: [] };
        lines.push(line);
      }
      line.left = Math.min(line.left, r.left);
      line.right = Math.max(line.right, r.right);
      const last = line.runs[line.runs.length - 1];
      const ch = /\s/.test(segment) ? ' ' : segment;
      if (last && last.style === style) last.text += ch;
      else line.runs.push({ text: ch, style });
    }
  }
  return lines.sort((a, b) => a.top - b.top);
}

/** A solid background under HTML text (edge labels) as a rectangle. */
function backgrounds(fo: SVGForeignObjectElement, space: LocalSpace): SVGRectElement[] {
  const out: SVGRectElement[] = [];
  for (const el of fo.querySelectorAll('*')) {
    const color = getComputedStyle(el).backgroundColor;
    const paint = svgPaint(color);
    if (paint.opacity === 0 || paint.color === 'none') continue;
    for (const r of el.getClientRects()) {
      if (r.width === 0 || r.height === 0) continue;
      const b = space.box(r);
      out.push(
        svgEl('rect', {
          x: b.left,
          y: b.top,
          width: b.right - b.left,
          height: b.bottom - b.top,
          style: `${paintStyle('fill', color)};stroke:none`,
        }),
      );
    }
  }
  return out;
}

const ANCHOR: Record<string, string> = { left: 'start', start: 'start', right: 'end', end: 'end' };

/** One label as `<text>`: a `<tspan>` per line at Chromium's position, a run per style. */
function labelText(fo: SVGForeignObjectElement, space: LocalSpace): SVGTextElement | undefined {
  const lines = layoutLines(fo, space);
  if (lines.length === 0) return undefined;
  const block = fo.firstElementChild ?? fo;
  const anchor = ANCHOR[getComputedStyle(block).textAlign] ?? 'middle';
  // Inline styles: the stylesheet's rules for the label's group (a class's stroke) must not reach it.
  const text = svgEl('text', { 'text-anchor': anchor, style: 'stroke:none' });
  for (const line of lines) {
    const first = line.runs[0];
    if (!first) continue;
    const x = anchor === 'start' ? line.left : anchor === 'end' ? line.right : (line.left + line.right) / 2;
    // The HTML's CSS pixels are the foreignObject's user units: the glyph box top plus the ascent.
    const y = line.top + ascent(first.style);
    line.runs.forEach((run, i) => {
      const { fontFamily, fontSize, fontWeight, fontStyle, color } = run.style;
      const span = svgEl('tspan', {
        style: `font-family:${fontFamily};font-size:${fontSize};font-weight:${fontWeight};font-style:${fontStyle};${paintStyle('fill', color)}`,
      });
      if (i === 0) {
        span.setAttribute('x', String(x));
        span.setAttribute('y', String(y));
      }
      span.textContent = run.text;
      text.append(span);
    });
  }
  return text;
}

/** Replaces every `<foreignObject>` with SVG text and rectangles drawn the same. */
export function flattenLabels(svg: SVGSVGElement): void {
  for (const fo of [...svg.querySelectorAll('foreignObject')]) {
    const space = new LocalSpace(fo.parentNode instanceof SVGGraphicsElement ? fo.parentNode : svg);
    const drawn: SVGElement[] = backgrounds(fo, space);
    const text = labelText(fo, space);
    if (text) drawn.push(text);
    fo.replaceWith(...drawn);
  }
}

/**
 * Copies the computed look of each shape and text into the element (colours as `#rrggbb` and an
 * opacity): programs whose CSS support is partial (LibreOffice; Inkscape with `rgba()` or
 * Mermaid's title rule) then draw what the `<style>` rules say. Runs before labels are flattened
 * (those carry their own style).
 */
export function inlineComputedStyles(svg: SVGSVGElement): void {
  for (const el of svg.querySelectorAll(SHAPES)) {
    const style = getComputedStyle(el);
    for (const prop of ['fill', 'stroke'] as const) {
      const value = style.getPropertyValue(prop);
      if (!value || value.includes('url(')) continue;
      const paint = svgPaint(value);
      el.setAttribute(prop, paint.color);
      const opacity = paint.opacity * (Number(style.getPropertyValue(`${prop}-opacity`)) || 1);
      if (opacity < 1) el.setAttribute(`${prop}-opacity`, String(Number(opacity.toFixed(3))));
    }
    for (const prop of SHAPE_PROPS) {
      const value = style.getPropertyValue(prop);
      if (value) el.setAttribute(prop, value);
    }
  }
  for (const el of svg.querySelectorAll('text')) {
    const { fontFamily, fontSize, fontWeight, fontStyle, fill } = getComputedStyle(el);
    el.setAttribute(
      'style',
      `${el.getAttribute('style') ?? ''};font-family:${fontFamily};font-size:${fontSize};font-weight:${fontWeight};font-style:${fontStyle};${paintStyle('fill', fill)}`.replace(
        /^;/,
        '',
      ),
    );
  }
}
