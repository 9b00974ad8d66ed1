import { LABEL_PX, READABLE_PX } from '../../../server/src/protocol/webview';

/** Where the drawing stands: scale `k`, then offset `x`, `y` in screen pixels. */
export interface View {
  readonly k: number;
  readonly x: number;
  readonly y: number;
}

const MIN = 0.05;
const MAX = 8;
const STEP = 1.2;
const PAN = 60;
const MARGIN = 16;

const clamp = (k: number): number => Math.min(MAX, Math.max(MIN, k));

/**
 * Zoom and pan of one drawing inside a frame: mouse wheel (zooms around the pointer), drag,
 * keyboard (`+`, `-`, `0` fit, arrows) and the toolbar's buttons. The frame keeps the view
 * across updates of the same map; a new map is fitted.
 */
export class Viewport {
  private view: View = { k: 1, x: 0, y: 0 };
  private width = 0;
  private height = 0;
  /** The size of the drawing's text at scale 1, in screen pixels: "fit" keeps it readable. */
  private textPx = LABEL_PX;
  /** True while the pointer moved far enough since it went down: the click is a drag. */
  dragged = false;

  constructor(
    private readonly frame: HTMLElement,
    private readonly stage: HTMLElement,
    private readonly changed: (view: View) => void = () => undefined,
    /** After each fit: whether part of the drawing was left outside the frame to keep it readable. */
    private readonly fitted: (partial: boolean) => void = () => undefined,
  ) {
    frame.addEventListener('wheel', (e) => this.onWheel(e), { passive: false });
    frame.addEventListener('pointerdown', (e) => this.onPointerDown(e));
    // Keys work wherever the focus is in the page (a toolbar button, a node, the frame).
    frame.ownerDocument.addEventListener('keydown', (e) => this.onKey(e));
  }

  /** A hidden stage (another view shares the frame) takes no wheel, drag or key. */
  private get idle(): boolean {
    return this.stage.hidden === true;
  }

  get current(): View {
    return this.view;
  }

  /**
   * The drawing's own size changed (a new render): keep the view, only remember the size, and
   * the size of its text at scale 1 (Mermaid's labels unless told).
   */
  setContentSize(width: number, height: number, textPx = LABEL_PX): void {
    this.width = width;
    this.height = height;
    this.textPx = textPx;
  }

  set(view: View): void {
    this.view = { k: clamp(view.k), x: view.x, y: view.y };
    this.stage.style.transform = `translate(${this.view.x}px, ${this.view.y}px) scale(${this.view.k})`;
    this.changed(this.view);
  }

  /**
   * The whole drawing in the frame, never enlarged beyond its real size, and never shrunk so far
   * that its labels fall below READABLE_PX: a drawing too large for that is fitted to the width
   * when its labels stay readable there, else shown at the smallest readable size from its top
   * left. Tells `fitted` whether part of the drawing is left outside the frame.
   */
  fit(): void {
    const fw = this.frame.clientWidth;
    const fh = this.frame.clientHeight;
    if (this.width <= 0 || this.height <= 0 || fw <= 0 || fh <= 0) {
      this.set({ k: 1, x: MARGIN, y: MARGIN });
      return this.fitted(false);
    }
    const byWidth = (fw - 2 * MARGIN) / this.width;
    const whole = Math.min(1, byWidth, (fh - 2 * MARGIN) / this.height);
    const readable = READABLE_PX / this.textPx;
    if (whole >= readable) {
      const k = clamp(whole);
      this.set({ k, x: (fw - this.width * k) / 2, y: Math.max(MARGIN, (fh - this.height * k) / 2) });
      return this.fitted(false);
    }
    const k = clamp(Math.max(readable, Math.min(1, byWidth)));
    this.set({ k, x: Math.max(MARGIN, (fw - this.width * k) / 2), y: MARGIN });
    this.fitted(true);
  }

  /** Real size, top left. */
  reset(): void {
    this.set({ k: 1, x: MARGIN, y: MARGIN });
  }

  /** Zoom by `factor` keeping the point (`cx`, `cy`) of the frame where it is (default: centre). */
  zoom(factor: number, cx = this.frame.clientWidth / 2, cy = this.frame.clientHeight / 2): void {
    const k = clamp(this.view.k * factor);
    const f = k / this.view.k;
    this.set({ k, x: cx - (cx - this.view.x) * f, y: cy - (cy - this.view.y) * f });
  }

  pan(dx: number, dy: number): void {
    this.set({ k: this.view.k, x: this.view.x + dx, y: this.view.y + dy });
  }

  /** Brings an element of the drawing into sight (centred) if any part of it is out of the frame. */
  reveal(el: Element): void {
    const f = this.frame.getBoundingClientRect();
    const r = el.getBoundingClientRect();
    if (r.left >= f.left && r.top >= f.top && r.right <= f.right && r.bottom <= f.bottom) return;
    this.pan(f.left + f.width / 2 - (r.left + r.width / 2), f.top + f.height / 2 - (r.top + r.height / 2));
  }

  private onWheel(e: WheelEvent): void {
    if (this.idle) return;
    e.preventDefault();
    const r = this.frame.getBoundingClientRect();
    // Trackpads send small steps; a mouse wheel about 100 per notch.
    this.zoom(Math.pow(STEP, -e.deltaY / 100), e.clientX - r.left, e.clientY - r.top);
  }

  private onPointerDown(e: PointerEvent): void {
    if (e.button !== 0 || this.idle) return;
    const start = { x: e.clientX, y: e.clientY, vx: this.view.x, vy: this.view.y };
    this.dragged = false;
    const move = (m: PointerEvent): void => {
      const dx = m.clientX - start.x;
      const dy = m.clientY - start.y;
      if (!this.dragged && Math.hypot(dx, dy) < 4) return;
      if (!this.dragged) {
        this.dragged = true;
        this.frame.setPointerCapture(e.pointerId);
        this.frame.classList.add('dragging');
      }
      this.set({ k: this.view.k, x: start.vx + dx, y: start.vy + dy });
    };
    const up = (): void => {
      this.frame.removeEventListener('pointermove', move);
      this.frame.removeEventListener('pointerup', up);
      this.frame.removeEventListener('pointercancel', up);
      this.frame.classList.remove('dragging');
      if (this.frame.hasPointerCapture(e.pointerId)) this.frame.releasePointerCapture(e.pointerId);
    };
    this.frame.addEventListener('pointermove', move);
    this.frame.addEventListener('pointerup', up);
    this.frame.addEventListener('pointercancel', up);
  }

  private onKey(e: KeyboardEvent): void {
    if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented || this.idle) return;
    if (e.target instanceof HTMLElement && e.target.closest('input, textarea, select, [contenteditable]')) return;
    const act: Record<string, () => void> = {
      '+': () => this.zoom(STEP),
      '=': () => this.zoom(STEP),
      '-': () => this.zoom(1 / STEP),
      '0': () => this.fit(),
      ArrowLeft: () => this.pan(PAN, 0),
      ArrowRight: () => this.pan(-PAN, 0),
      ArrowUp: () => this.pan(0, PAN),
      ArrowDown: () => this.pan(0, -PAN),
    };
    const run = act[e.key];
    if (!run) return;
    e.preventDefault();
    run();
  }
}
