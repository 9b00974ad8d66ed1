import type { Location } from 'vscode-languageserver-protocol';
import type { DiagramSummary } from '../../../server/src/protocol/diagram';
import type { PreviewFormat } from '../../../server/src/protocol/export-format';
import {
  assertNever,
  type HostMessage,
  type PreviewBanner,
  type PreviewState,
  type PreviewStrings,
  type SopPageRef,
  type WebviewMessage,
} from '../../../server/src/protocol/webview';
import { DiagramView } from './diagram-view';
import { h } from './dom';
import { drawioOf, exportImage, mapFile } from './export-image';
import { keepCodeWhole, renderBreadcrumb, renderNavigator } from './navigator';
import { SopView } from './sop-view';
import { themeOf, watchTheme } from './theme';
import type { Viewport } from './viewport';

interface VsCodeApi {
  postMessage(message: WebviewMessage): void;
  getState(): unknown;
  setState(state: PreviewState): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const post = (m: WebviewMessage): void => vscode.postMessage(m);

// The page's frame: toolbar (navigator toggle, breadcrumb, SOP AP toggle, zoom and export
// buttons), the navigator, the banner, the SOP AP bar, and the drawing (a map, or an SOP AP page
// in a stage of its own) with its progress indicator and notices.
const toolButton = (action: string, text: string): HTMLButtonElement =>
  h('button', { className: `tool ${action}`, text, attrs: { type: 'button', 'data-action': action } });
const buttons = {
  nav: toolButton('nav', '☰'),
  sop: toolButton('sop', 'SOP AP'),
  zoomOut: toolButton('zoom-out', '−'),
  zoomIn: toolButton('zoom-in', '+'),
  fit: toolButton('fit', '⤢'),
  reset: toolButton('reset', '1:1'),
  svg: toolButton('export-svg', 'SVG'),
  png: toolButton('export-png', 'PNG'),
  drawio: toolButton('export-drawio', 'draw.io'),
};
const breadcrumb = h('nav', { className: 'breadcrumb' });
const toolbar = h(
  'header',
  { className: 'toolbar' },
  buttons.nav,
  breadcrumb,
  h(
    'div',
    { className: 'tools' },
    buttons.sop,
    buttons.zoomOut,
    buttons.zoomIn,
    buttons.fit,
    buttons.reset,
    buttons.svg,
    buttons.png,
    buttons.drawio,
  ),
);
// The panel resized: the crumbs above give way again, or come back, around the map's code.
new ResizeObserver(() => keepCodeWhole(breadcrumb)).observe(breadcrumb);
const navList = h('div', { className: 'nav-list' });
const navPane = h('aside', { className: 'navigator', attrs: { id: 'navigator' } }, navList);
const banner = h('div', { className: 'banner', attrs: { role: 'alert' } });
banner.hidden = true;
const stage = h('div', { className: 'stage' });
const sopStage = h('div', { className: 'sop-stage' });
sopStage.hidden = true;
const sopBar = h('div', { className: 'sop-bar' });
sopBar.hidden = true;
const progress = h(
  'div',
  { className: 'progress', attrs: { role: 'status' } },
  h('span', { className: 'spinner' }),
  h('span', { className: 'progress-text' }),
);
progress.hidden = true;
const notice = h('div', { className: 'notice' });
notice.hidden = true;
// Said while "fit" leaves part of a large drawing outside, rather than shrink its text unreadably.
const fitHint = h('div', { className: 'fit-hint', attrs: { role: 'status' } });
fitHint.hidden = true;
const frame = h('main', { className: 'frame', attrs: { tabindex: '0' } }, stage, sopStage, progress, notice, fitHint);
document.body.append(toolbar, h('div', { className: 'body' }, navPane, h('div', { className: 'content' }, banner, sopBar, frame)));

let strings: PreviewStrings | undefined;
let uri: string | undefined;
let diagrams: readonly DiagramSummary<Location>[] = [];
let bannerLocation: Location | undefined;
/** The SOP AP view is on: the cross-functional map shown is drawn as its SOP AP pages. */
let sopMode = false;
/** Whether the last fit of each view left part of it outside the frame (the hint says so). */
const partial = { map: false, sop: false };

/** Each view's zoom tells the fit hint, when that view is the one on screen. */
function fitEvents(which: keyof typeof partial): { viewChanged(): void; fitted(p: boolean): void } {
  const onScreen = (): boolean => (which === 'sop') === sopMode;
  return {
    viewChanged: () => {
      partial[which] = false;
      if (onScreen()) fitHint.hidden = true;
      saveState();
    },
    fitted: (p) => {
      partial[which] = p;
      if (onScreen()) fitHint.hidden = !p;
    },
  };
}

const view = new DiagramView(frame, stage, progress, notice, themeOf(document.body), {
  open: (diagramId) => post({ type: 'open', diagramId }),
  reveal: (location) => post({ type: 'reveal', location }),
  rendered: (diagramId, version, drawn, ms) => post({ type: 'rendered', diagramId, version, drawn, ms }),
  failed: (message) => post({ type: 'error', message }),
  ...fitEvents('map'),
});
const sopView = new SopView(frame, sopStage, sopBar, {
  shown: (sop) => {
    post({ type: 'sopShown', sop });
    saveState();
  },
  ...fitEvents('sop'),
});
// A panel hidden and shown again starts afresh: it comes back to the zoom and scroll it had,
// and to the SOP AP page it showed.
const saved = vscode.getState() as PreviewState | undefined;
const finite = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
if (typeof saved?.diagramId === 'string' && finite(saved.view?.k) && finite(saved.view.x) && finite(saved.view.y))
  view.restoreView(saved.diagramId, saved.view);
let sopToRestore: SopPageRef | undefined =
  typeof saved?.sop?.kode === 'string' && Number.isSafeInteger(saved.sop.page) ? { kode: saved.sop.kode, page: saved.sop.page } : undefined;
watchTheme(document.body, (theme) => view.setTheme(theme));

/** The view on screen's zoom and pan. */
const viewport = (): Viewport => (sopMode ? sopView.viewport : view.viewport);

/** The SOP AP toggle: on a cross-functional map only (every one has an SOP, at least a draft). */
function refreshSopButton(): void {
  const available = view.current?.kind === 'cfm';
  buttons.sop.setAttribute('aria-disabled', String(!available));
  buttons.sop.setAttribute('aria-pressed', String(sopMode));
  if (strings) buttons.sop.title = available ? strings.sopView : strings.sopUnavailable;
  // An SOP AP page is a sheet, not a map: draw.io export is for maps.
  buttons.drawio.setAttribute('aria-disabled', String(sopMode));
  if (strings) {
    buttons.drawio.title = sopMode ? strings.drawioMapsOnly : strings.exportDrawio;
    buttons.drawio.setAttribute('aria-label', buttons.drawio.title);
  }
}

/** Asks the host for the SOPs of the map shown. */
function askSops(): void {
  const id = view.current?.id;
  if (id === undefined) return;
  sopView.expect(id);
  post({ type: 'sopRequest', diagramId: id });
}

function setSopMode(on: boolean): void {
  if (on === sopMode) return;
  sopMode = on;
  stage.hidden = on;
  sopStage.hidden = !on;
  sopBar.hidden = !on;
  frame.classList.toggle('sop-mode', on);
  fitHint.hidden = !partial[on ? 'sop' : 'map'];
  if (on) askSops();
  else sopView.clear();
  refreshSopButton();
  saveState();
}

const open = (id: string): void => post({ type: 'open', diagramId: id });

function saveState(): void {
  const id = view.current?.id;
  const sop = sopMode ? sopView.current : undefined;
  vscode.setState({
    ...(uri !== undefined ? { uri } : {}),
    ...(id !== undefined ? { diagramId: id, view: view.viewport.current } : {}),
    ...(sop ? { sop } : {}),
  });
}

function refreshNavigation(): void {
  if (!strings) return;
  const id = view.current?.id;
  renderNavigator(navList, diagrams, id, strings, open);
  if (id !== undefined) renderBreadcrumb(breadcrumb, diagrams, id, open);
  else breadcrumb.replaceChildren();
}

function applyStrings(s: PreviewStrings): void {
  strings = s;
  view.setStrings(s);
  sopView.setStrings(s);
  refreshSopButton();
  const titles: [HTMLButtonElement, string][] = [
    [buttons.nav, s.toggleNavigator],
    [buttons.zoomOut, s.zoomOut],
    [buttons.zoomIn, s.zoomIn],
    [buttons.fit, s.zoomFit],
    [buttons.reset, s.zoomReset],
    [buttons.svg, s.exportSvg],
    [buttons.png, s.exportPng],
  ];
  for (const [b, t] of titles) {
    b.title = t;
    b.setAttribute('aria-label', t);
  }
  navPane.setAttribute('aria-label', s.maps);
  fitHint.textContent = s.fitReadable;
  const text = progress.querySelector('.progress-text');
  if (text) text.textContent = s.rendering;
  refreshNavigation();
}

function showBanner(b: PreviewBanner | null): void {
  bannerLocation = b?.location;
  banner.textContent = b?.text ?? '';
  banner.hidden = b === null;
  banner.classList.toggle('link', bannerLocation !== undefined);
}

async function exported(format: PreviewFormat, scale: number): Promise<{ data: string; scale: number }> {
  if (format !== 'drawio') return exportImage(sopMode ? sopView.file() : mapFile(await view.exportSvg()), format, scale);
  const d = view.current;
  if (sopMode || !d) throw new Error(strings?.drawioMapsOnly ?? 'draw.io export is for maps');
  return { data: drawioOf(d, await view.exportSvg()), scale: 1 };
}

async function runExport(requestId: number, format: PreviewFormat, scale: number): Promise<void> {
  try {
    const { data, scale: drawn } = await exported(format, scale);
    post({ type: 'exportResult', requestId, format, data, scale: drawn });
  } catch (err) {
    post({ type: 'error', requestId, message: err instanceof Error ? err.message : String(err) });
  }
}

/**
 * A map came (opened, or redrawn after an edit): the SOP AP view follows it when it has SOPs,
 * and gives way to it otherwise. A panel that comes back opens its SOP AP page again.
 */
function followWithSops(): void {
  const d = view.current;
  const cfm = d?.kind === 'cfm';
  if (sopToRestore && !sopMode) {
    if (cfm && d.id === saved?.diagramId) setSopMode(true);
    else sopToRestore = undefined;
  } else if (sopMode) {
    if (cfm) askSops();
    else setSopMode(false);
  }
  refreshSopButton();
}

function onMessage(m: HostMessage): void {
  switch (m.type) {
    case 'strings':
      applyStrings(m.strings);
      break;
    case 'catalog':
      uri = m.uri;
      diagrams = m.diagrams;
      refreshNavigation();
      saveState();
      break;
    case 'show':
      view.show(m.version, m.diagram, m.highlight);
      followWithSops();
      refreshNavigation();
      saveState();
      break;
    case 'notice':
      view.showNotice(m.version, m.text);
      setSopMode(false);
      refreshNavigation();
      break;
    case 'sops':
      if (sopMode && m.diagramId === sopView.map) {
        sopView.show(m.diagramId, m.sops, sopToRestore);
        sopToRestore = undefined;
      }
      break;
    case 'banner':
      showBanner(m.banner);
      break;
    case 'highlight':
      view.highlight(m.diagramId, m.nodeId);
      break;
    case 'export':
      void runExport(m.requestId, m.format, m.scale);
      break;
    default:
      assertNever(m);
  }
}

window.addEventListener('message', (e: MessageEvent<HostMessage>) => onMessage(e.data));
banner.addEventListener('click', () => {
  if (bannerLocation) post({ type: 'reveal', location: bannerLocation });
});
buttons.nav.addEventListener('click', () => {
  // Shown or hidden by the user from now on, whatever the panel's width.
  const visible = getComputedStyle(navPane).display !== 'none';
  document.body.classList.toggle('nav-hidden', visible);
  document.body.classList.toggle('nav-shown', !visible);
});
buttons.sop.addEventListener('click', () => {
  if (buttons.sop.getAttribute('aria-disabled') !== 'true') setSopMode(!sopMode);
});
buttons.zoomIn.addEventListener('click', () => viewport().zoom(1.2));
buttons.zoomOut.addEventListener('click', () => viewport().zoom(1 / 1.2));
buttons.fit.addEventListener('click', () => viewport().fit());
buttons.reset.addEventListener('click', () => viewport().reset());
buttons.svg.addEventListener('click', () => post({ type: 'exportRequest', format: 'svg' }));
buttons.png.addEventListener('click', () => post({ type: 'exportRequest', format: 'png' }));
buttons.drawio.addEventListener('click', () => {
  if (buttons.drawio.getAttribute('aria-disabled') !== 'true') post({ type: 'exportRequest', format: 'drawio' });
});
post({ type: 'ready' });
