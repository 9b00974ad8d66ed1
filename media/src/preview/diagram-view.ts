import type { Location } from 'vscode-languageserver-protocol';
import type { Diagram, DiagramNode } from '../../../server/src/protocol/diagram';
import type { PreviewStrings } from '../../../server/src/protocol/webview';
import { toMermaid, type LaneLayout } from '../../../server/src/service';
import type { MermaidTheme } from '../render';
import { parseSvg } from '../parse-svg';
import { finishDrawing, finishedMarkup } from '../finish-drawing';
import { afterPaint, format, h } from './dom';
import { drawSvg } from './renderer';
import { Viewport, type View } from './viewport';

type Shown = Diagram<Location>;
type Node = DiagramNode<Location>;

/**
 * Sizes beyond which a drawing takes too long, measured in headless Chromium on this kind of
 * machine: Mermaid's swimlane layout takes about 1 s at 30 steps, 3 s at 60, 10 s at 80 and
 * 13 s at 100; a flowchart laid out by ELK about 3 s at 100 nodes, 7 s at 300 and 18 s at 400.
 */
export const SWIMLANE_LIMIT = 60;
export const NODE_LIMIT = 300;

/** What the user decided for a map too large to draw at once. */
type Choice = 'anyway' | 'subgraph';

export interface DiagramViewEvents {
  open(diagramId: string): void;
  reveal(location: Location): void;
  rendered(diagramId: string, version: number, drawn: boolean, ms: number): void;
  failed(message: string): void;
  /** Zoom or scroll changed (to be kept in the webview's state). */
  viewChanged?(view: View): void;
  /** A fit left part of the drawing outside the frame, to keep its labels readable (or not). */
  fitted?(partial: boolean): void;
}

interface Job {
  readonly version: number;
  readonly diagram: Shown;
  readonly text: string;
  readonly theme: MermaidTheme;
}

const keyOf = (text: string, theme: MermaidTheme): string => `${theme}\n${text}`;

/** The part of Mermaid's node id that is ours: `<svg id>-flowchart-<node id>-<n>`. */
export function nodeIdOf(elementId: string, svgId: string): string | undefined {
  const prefix = `${svgId}-flowchart-`;
  if (!elementId.startsWith(prefix)) return undefined;
  return /^(.+)-\d+$/.exec(elementId.slice(prefix.length))?.[1];
}

/**
 * The drawing: renders the Mermaid text of the map on screen when its text or the theme
 * changed, one render at a time (a newer map replaces a waiting one, and a render that a newer
 * one overtook is thrown away), keeps zoom and scroll across updates of the same map, maps
 * Mermaid's elements back to our nodes for clicks and the cursor's highlight.
 */
export class DiagramView {
  readonly viewport: Viewport;
  private strings: PreviewStrings | undefined;
  private diagram: Shown | undefined;
  private version = -1;
  private renderedKey: string | undefined;
  private renderedDiagramId: string | undefined;
  /** The last SVG Mermaid returned, before we touched it: exports start from it (with our title). */
  private raw: { key: string; markup: string; text: string } | undefined;
  private elements = new Map<string, SVGGElement>();
  private highlighted: string | undefined;
  private waiting: Job | undefined;
  private running = false;
  private count = 0;
  private readonly choices = new Map<string, Choice>();
  /** Zoom and scroll to put back on the first drawing, if it is this map (a reloaded panel). */
  private restore: { diagramId: string; view: View } | undefined;

  constructor(
    private readonly frame: HTMLElement,
    private readonly stage: HTMLElement,
    private readonly progress: HTMLElement,
    private readonly notice: HTMLElement,
    private theme: MermaidTheme,
    private readonly events: DiagramViewEvents,
  ) {
    this.viewport = new Viewport(
      frame,
      stage,
      (v) => events.viewChanged?.(v),
      (partial) => events.fitted?.(partial),
    );
    stage.addEventListener('click', (e) => this.onActivate(e));
    stage.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') this.onActivate(e);
    });
  }

  /** The first drawing of `diagramId` takes `view` instead of being fitted. */
  restoreView(diagramId: string, view: View): void {
    this.restore = { diagramId, view };
  }

  setStrings(strings: PreviewStrings): void {
    this.strings = strings;
  }

  get current(): Shown | undefined {
    return this.diagram;
  }

  /** The Mermaid text on screen (for exports). */
  get text(): string | undefined {
    return this.raw?.text;
  }

  show(version: number, diagram: Shown, highlight?: string): void {
    if (version < this.version) return; // an answer older than one already shown
    this.version = version;
    const sameMap = this.diagram?.id === diagram.id;
    this.diagram = diagram;
    this.notice.hidden = true;
    if (highlight !== undefined) this.highlighted = highlight;
    else if (!sameMap) this.highlighted = undefined;
    const limit = this.tooLarge(diagram);
    if (limit) return this.askFirst(diagram, limit);
    const layout: LaneLayout | undefined = this.choices.get(diagram.id) === 'subgraph' ? 'subgraph' : undefined;
    const text = toMermaid(diagram, layout ? { laneLayout: layout } : {});
    this.waiting = { version, diagram, text, theme: this.theme };
    void this.pump();
  }

  /** Nothing to draw: says why, and forgets the map. */
  showNotice(version: number, text: string): void {
    if (version < this.version) return;
    this.version = version;
    this.diagram = undefined;
    this.waiting = undefined;
    this.renderedKey = undefined;
    this.renderedDiagramId = undefined;
    this.raw = undefined;
    this.elements.clear();
    this.stage.replaceChildren();
    this.notice.replaceChildren(h('p', { text }));
    this.notice.hidden = false;
  }

  setTheme(theme: MermaidTheme): void {
    this.theme = theme;
    if (this.diagram) this.show(this.version, this.diagram);
  }

  highlight(diagramId: string, nodeId: string | null): void {
    if (this.diagram?.id !== diagramId) return;
    this.highlighted = nodeId ?? undefined;
    this.applyHighlight(true);
  }

  /** Renders `text` in the export theme (reusing the drawing on screen when it is the same). */
  async exportSvg(): Promise<string> {
    const raw = this.raw;
    if (!raw) throw new Error('No map is shown');
    const markup = raw.key === keyOf(raw.text, 'default') ? raw.markup : await drawSvg(`ppb-export-${++this.count}`, raw.text, 'default');
    return finishedMarkup(markup, raw.text, document);
  }

  private tooLarge(d: Shown): string | undefined {
    const s = this.strings;
    const choice = this.choices.get(d.id);
    if (!s || choice !== undefined) return undefined;
    if (d.kind === 'cfm' && d.nodes.length > SWIMLANE_LIMIT) return format(s.tooLargeLanes, d.nodes.length, SWIMLANE_LIMIT);
    if (d.nodes.length > NODE_LIMIT) return format(s.tooLarge, d.nodes.length, NODE_LIMIT);
    return undefined;
  }

  /** A map too large: say so, keep the panel responsive, and offer what helps. */
  private askFirst(d: Shown, message: string): void {
    const s = this.strings;
    if (!s) return;
    this.waiting = undefined;
    const button = (label: string, choice: Choice): HTMLButtonElement => {
      const b = h('button', { text: label, attrs: { type: 'button', 'data-choice': choice } });
      b.addEventListener('click', () => {
        this.choices.set(d.id, choice);
        if (this.diagram) this.show(this.version, this.diagram);
      });
      return b;
    };
    const actions = [button(s.renderAnyway, 'anyway')];
    if (d.kind === 'cfm' && d.nodes.length <= NODE_LIMIT) actions.unshift(button(s.renderWithoutLanes, 'subgraph'));
    this.notice.replaceChildren(h('p', { text: message }), h('div', { className: 'actions' }, ...actions));
    this.notice.hidden = false;
  }

  private async pump(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      for (let job = this.waiting; job; job = this.waiting) {
        this.waiting = undefined;
        const key = keyOf(job.text, job.theme);
        if (key === this.renderedKey) {
          this.adopt(job);
          this.events.rendered(job.diagram.id, job.version, false, 0);
          continue;
        }
        this.progress.hidden = false;
        await afterPaint();
        if (this.waiting && (this.waiting as Job).version > job.version) continue; // overtaken while waiting to paint
        const id = `ppb-${++this.count}`;
        const started = performance.now();
        let markup: string;
        try {
          markup = await drawSvg(id, job.text, job.theme);
        } catch (err) {
          if (!this.waiting) this.fail(err);
          continue;
        }
        const ms = performance.now() - started;
        const next = this.waiting as Job | undefined;
        if (next && keyOf(next.text, next.theme) !== key) continue; // overtaken: a newer text waits
        this.insert(id, markup, job, key);
        this.events.rendered(job.diagram.id, job.version, true, Math.round(ms));
      }
    } finally {
      this.running = false;
      this.progress.hidden = true;
    }
  }

  private fail(err: unknown): void {
    const message = err instanceof Error ? err.message : String(err);
    this.events.failed(message);
    if (this.strings) {
      this.notice.replaceChildren(h('p', { text: format(this.strings.renderFailed, message) }));
      this.notice.hidden = false;
    }
  }

  /** The same drawing for a newer model (ranges may have moved): keep the SVG, take the nodes. */
  private adopt(job: Job): void {
    this.markNodes(job.diagram);
    this.applyHighlight(false);
  }

  private insert(svgId: string, markup: string, job: Job, key: string): void {
    // Parsed once, inert, titled there, then moved into the page.
    const svg = parseSvg(markup, document);
    if (!svg) return this.fail(new Error('Mermaid returned no <svg>'));
    for (const s of svg.querySelectorAll('script')) s.remove();
    finishDrawing(svg, job.text);
    const box = svg.viewBox.baseVal;
    const width = box.width || Number(svg.getAttribute('width')) || 0;
    const height = box.height || Number(svg.getAttribute('height')) || 0;
    svg.setAttribute('width', String(width));
    svg.setAttribute('height', String(height));
    svg.style.removeProperty('max-width');
    const sameMap = this.renderedDiagramId === job.diagram.id;
    // Placed before it enters the page: the frame's size does not depend on the drawing, and
    // reading it now costs no layout of the new SVG.
    this.viewport.setContentSize(width, height);
    const restore = this.restore;
    this.restore = undefined;
    if (!sameMap && restore?.diagramId === job.diagram.id) this.viewport.set(restore.view);
    else if (!sameMap) this.viewport.fit();
    this.stage.replaceChildren(svg);
    this.stage.dataset.diagramId = job.diagram.id;
    this.stage.dataset.version = String(job.version);
    this.renderedKey = key;
    this.renderedDiagramId = job.diagram.id;
    this.raw = { key, markup, text: job.text };
    this.notice.hidden = true;
    this.elements.clear();
    for (const g of svg.querySelectorAll<SVGGElement>('g.node')) {
      const id = nodeIdOf(g.id, svgId);
      if (id !== undefined) this.elements.set(id, g);
    }
    this.markNodes(job.diagram);
    this.applyHighlight(!sameMap);
  }

  /** Clickable nodes: focusable, with a tooltip saying what a click does. */
  private markNodes(d: Shown): void {
    for (const n of d.nodes) {
      const g = this.elements.get(n.id);
      if (!g) continue;
      g.dataset.nodeId = n.id;
      g.querySelector(':scope > title')?.remove();
      const actions = [n.opens && this.strings?.openMap, n.source && this.strings?.revealSource].filter((x): x is string => !!x);
      g.classList.toggle('ppb-opens', n.opens !== undefined);
      g.classList.toggle('ppb-source', n.source !== undefined);
      if (actions.length === 0) {
        g.removeAttribute('tabindex');
        g.removeAttribute('role');
        continue;
      }
      g.setAttribute('tabindex', '0');
      g.setAttribute('role', 'button');
      const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
      title.textContent = `${[n.code, n.label].filter((x) => x).join(' ')}\n${actions.join(' · ')}`;
      g.prepend(title);
    }
  }

  /**
   * Marks the node the cursor belongs to, and the other boxes of the same declaration (the
   * Peta Relasi draws a unit once per process it takes part in); brings the first into sight.
   */
  private applyHighlight(bringIntoSight: boolean): void {
    for (const g of this.stage.querySelectorAll('.ppb-highlight')) g.classList.remove('ppb-highlight');
    const nodes = this.diagram?.nodes ?? [];
    const focused = nodes.find((n) => n.id === this.highlighted);
    if (!focused) return;
    const key = (n: (typeof nodes)[number]): string | undefined => (n.source ? JSON.stringify(n.source) : undefined);
    const same = key(focused) === undefined ? [focused] : nodes.filter((n) => key(n) === key(focused));
    const marked = same.flatMap((n) => this.elements.get(n.id) ?? []);
    for (const g of marked) g.classList.add('ppb-highlight');
    const first = this.elements.get(focused.id);
    if (bringIntoSight && first) this.viewport.reveal(first);
  }

  private nodeAt(target: EventTarget | null): Node | undefined {
    if (!(target instanceof Element)) return undefined;
    const id = target.closest<SVGGElement>('g.node')?.dataset.nodeId;
    return id === undefined ? undefined : this.diagram?.nodes.find((n) => n.id === id);
  }

  /** A click (or Enter) on a node opens the map it leads to and reveals where it is written. */
  private onActivate(e: Event): void {
    if (e.type === 'click' && this.viewport.dragged) return;
    const n = this.nodeAt(e.target);
    if (!n) return;
    e.preventDefault();
    if (n.opens !== undefined) this.events.open(n.opens);
    if (n.source) this.events.reveal(n.source);
  }
}
