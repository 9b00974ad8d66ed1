import type { ExportedSvg } from '../../../server/src/protocol/export-page';
import type { SopSheets } from '../../../server/src/protocol/sop-sheet';
import type { PreviewStrings, SopPageRef } from '../../../server/src/protocol/webview';
import { format, h } from './dom';
import { PX_PER_MM, bodyTextPx, sopPageFile, sopPageSvg } from './sop-page';
import { Viewport, type View } from './viewport';

export interface SopViewEvents {
  /** A page is on screen, or none. */
  shown(sop: SopPageRef | null): void;
  viewChanged?(view: View): void;
  fitted?(partial: boolean): void;
}

/**
 * The SOP AP view: the SOP AP documents of one cross-functional map, one page at a time, drawn
 * from the page's shapes, in its own stage of the preview's frame (zoom and pan as a map), with a
 * bar to choose the SOP and turn its pages.
 */
export class SopView {
  readonly viewport: Viewport;
  private strings: PreviewStrings | undefined;
  private diagramId: string | undefined;
  private sops: readonly SopSheets[] = [];
  private shown: { readonly sheets: SopSheets; readonly page: number; readonly svg: SVGSVGElement } | undefined;
  private readonly select = h('select', { className: 'sop-choice' });
  private readonly previous = h('button', { className: 'tool sop-previous', text: '‹', attrs: { type: 'button' } });
  private readonly next = h('button', { className: 'tool sop-next', text: '›', attrs: { type: 'button' } });
  private readonly pageLabel = h('span', { className: 'sop-page', attrs: { 'aria-live': 'polite' } });

  constructor(
    frame: HTMLElement,
    private readonly stage: HTMLElement,
    bar: HTMLElement,
    private readonly events: SopViewEvents,
  ) {
    this.viewport = new Viewport(
      frame,
      stage,
      (v) => events.viewChanged?.(v),
      (partial) => events.fitted?.(partial),
    );
    bar.replaceChildren(this.select, this.previous, this.pageLabel, this.next);
    this.select.addEventListener('change', () => this.open(this.select.value, 1));
    this.previous.addEventListener('click', () => this.turn(-1));
    this.next.addEventListener('click', () => this.turn(1));
  }

  setStrings(strings: PreviewStrings): void {
    this.strings = strings;
    this.select.setAttribute('aria-label', strings.sopChoose);
    this.select.title = strings.sopChoose;
    for (const [b, t] of [
      [this.previous, strings.sopPrevious],
      [this.next, strings.sopNext],
    ] as const) {
      b.title = t;
      b.setAttribute('aria-label', t);
    }
    this.renderBar();
  }

  /** The map whose SOPs are shown (or awaited). */
  get map(): string | undefined {
    return this.diagramId;
  }

  /** The page on screen. */
  get current(): SopPageRef | undefined {
    return this.shown && { kode: this.shown.sheets.kode, page: this.shown.page };
  }

  /** The SOPs of `diagramId` are asked for: another map's page leaves the screen meanwhile. */
  expect(diagramId: string): void {
    if (diagramId === this.diagramId) return;
    this.diagramId = diagramId;
    this.sops = [];
    this.draw(undefined, 1);
  }

  /**
   * The SOPs of the map `diagramId`, anew: the SOP and page on screen stay while they exist;
   * `wanted` picks them otherwise (a panel that comes back); else the first SOP's first page.
   */
  show(diagramId: string, sops: readonly SopSheets[], wanted?: SopPageRef): void {
    const keep = diagramId === this.diagramId ? this.current : undefined;
    this.diagramId = diagramId;
    this.sops = sops;
    const want = keep ?? wanted;
    const sheets = sops.find((s) => s.kode === want?.kode) ?? sops[0];
    const page = sheets && want?.kode === sheets.kode ? Math.min(Math.max(1, want.page), sheets.pages.length) : 1;
    this.draw(sheets, page, keep?.kode !== sheets?.kode || keep?.page !== page);
  }

  /** The view is left: nothing is kept. */
  clear(): void {
    this.diagramId = undefined;
    this.sops = [];
    this.draw(undefined, 1);
  }

  /** The page on screen as the file an export saves. */
  file(): ExportedSvg {
    if (!this.shown) throw new Error('No SOP AP page is shown');
    return sopPageFile(this.shown.svg, this.shown.sheets);
  }

  private open(kode: string, page: number): void {
    const sheets = this.sops.find((s) => s.kode === kode);
    if (sheets) this.draw(sheets, page);
  }

  private turn(by: number): void {
    const s = this.shown;
    if (!s) return;
    const page = s.page + by;
    if (page >= 1 && page <= s.sheets.pages.length) this.draw(s.sheets, page);
  }

  /** Draws a page (none: an empty stage); `fit` a page that was not on screen. */
  private draw(sheets: SopSheets | undefined, page: number, fit = true): void {
    const p = sheets?.pages[page - 1];
    if (!sheets || !p) {
      this.shown = undefined;
      this.stage.replaceChildren();
      this.renderBar();
      this.events.shown(null);
      return;
    }
    const svg = sopPageSvg(document, sheets, p);
    this.shown = { sheets, page, svg };
    this.viewport.setContentSize(sheets.width * PX_PER_MM, sheets.height * PX_PER_MM, bodyTextPx(p));
    if (fit) this.viewport.fit();
    this.stage.replaceChildren(svg);
    this.stage.dataset.sop = sheets.kode;
    this.stage.dataset.page = String(page);
    this.renderBar();
    this.events.shown({ kode: sheets.kode, page });
  }

  private renderBar(): void {
    const s = this.strings;
    const shown = this.shown;
    this.select.replaceChildren(
      ...this.sops.map((sop) =>
        h('option', {
          text: `${sop.kode} ${sop.nama}${sop.draft && s ? ` (${s.sopDraft})` : ''}`,
          attrs: { value: sop.kode },
        }),
      ),
    );
    if (shown) this.select.value = shown.sheets.kode;
    this.select.disabled = this.sops.length < 2;
    const pages = shown?.sheets.pages.length ?? 0;
    this.pageLabel.textContent = shown && s ? format(s.sopPage, shown.page, pages) : '';
    this.previous.disabled = !shown || shown.page <= 1;
    this.next.disabled = !shown || shown.page >= pages;
  }
}
