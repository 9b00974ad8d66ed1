import type { Location } from 'vscode-languageserver-protocol';
import type { DiagramSummary } from '../../../server/src/protocol/diagram';
import {
  assertNever,
  type ExportFormat,
  type HostMessage,
  type PreviewBanner,
  type PreviewState,
  type PreviewStrings,
  type WebviewMessage,
} from '../../../server/src/protocol/webview';
import { DiagramView } from './diagram-view';
import { h } from './dom';
import { exportImage } from './export-image';
import { keepCodeWhole, renderBreadcrumb, renderNavigator } from './navigator';
import { themeOf, watchTheme } from './theme';

interface VsCodeApi {
  postMessage(message: WebviewMessage): void;
  getState(): unknown;
  setState(state: PreviewState): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const post = (m: WebviewMessage): void => vscode.postMessage(m);

// The page's frame: toolbar (navigator toggle, breadcrumb, zoom and export buttons), the
// navigator, the banner, and the drawing with its progress indicator and notices.
const toolButton = (action: string, text: string): HTMLButtonElement =>
  h('button', { className: `tool ${action}`, text, attrs: { type: 'button', 'data-action': action } });
const buttons = {
  nav: toolButton('nav', '☰'),
  zoomOut: toolButton('zoom-out', '−'),
  zoomIn: toolButton('zoom-in', '+'),
  fit: toolButton('fit', '⤢'),
  reset: toolButton('reset', '1:1'),
  svg: toolButton('export-svg', 'SVG'),
  png: toolButton('export-png', 'PNG'),
};
const breadcrumb = h('nav', { className: 'breadcrumb' });
const toolbar = h(
  'header',
  { className: 'toolbar' },
  buttons.nav,
  breadcrumb,
  h('div', { className: 'tools' }, buttons.zoomOut, buttons.zoomIn, buttons.fit, buttons.reset, buttons.svg, buttons.png),
);
// The panel resized: the crumbs above give way again, or come back, around the map's code.
new ResizeObserver(() => keepCodeWhole(breadcrumb)).observe(breadcrumb);
const navList = h('div', { className: 'nav-list' });
const navPane = h('aside', { className: 'navigator', attrs: { id: 'navigator' } }, navList);
const banner = h('div', { className: 'banner', attrs: { role: 'alert' } });
banner.hidden = true;
const stage = h('div', { className: 'stage' });
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
const frame = h('main', { className: 'frame', attrs: { tabindex: '0' } }, stage, progress, notice, fitHint);
document.body.append(toolbar, h('div', { className: 'body' }, navPane, h('div', { className: 'content' }, banner, frame)));

let strings: PreviewStrings | undefined;
let uri: string | undefined;
let diagrams: readonly DiagramSummary<Location>[] = [];
let bannerLocation: Location | undefined;

const view = new DiagramView(frame, stage, progress, notice, themeOf(document.body), {
  open: (diagramId) => post({ type: 'open', diagramId }),
  reveal: (location) => post({ type: 'reveal', location }),
  rendered: (diagramId, version, drawn, ms) => post({ type: 'rendered', diagramId, version, drawn, ms }),
  failed: (message) => post({ type: 'error', message }),
  viewChanged: () => {
    fitHint.hidden = true;
    saveState();
  },
  fitted: (partial) => {
    fitHint.hidden = !partial;
  },
});
// A panel hidden and shown again starts afresh: it comes back to the zoom and scroll it had.
const saved = vscode.getState() as PreviewState | undefined;
const finite = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
if (typeof saved?.diagramId === 'string' && finite(saved.view?.k) && finite(saved.view.x) && finite(saved.view.y))
  view.restoreView(saved.diagramId, saved.view);
watchTheme(document.body, (theme) => view.setTheme(theme));

const open = (id: string): void => post({ type: 'open', diagramId: id });

function saveState(): void {
  const id = view.current?.id;
  vscode.setState({ ...(uri !== undefined ? { uri } : {}), ...(id !== undefined ? { diagramId: id, view: view.viewport.current } : {}) });
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

async function runExport(requestId: number, format: ExportFormat, scale: number): Promise<void> {
  try {
    const { data, scale: drawn } = await exportImage(await view.exportSvg(), format, scale);
    post({ type: 'exportResult', requestId, format, data, scale: drawn });
  } catch (err) {
    post({ type: 'error', requestId, message: err instanceof Error ? err.message : String(err) });
  }
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
      refreshNavigation();
      saveState();
      break;
    case 'notice':
      view.showNotice(m.version, m.text);
      refreshNavigation();
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
buttons.zoomIn.addEventListener('click', () => view.viewport.zoom(1.2));
buttons.zoomOut.addEventListener('click', () => view.viewport.zoom(1 / 1.2));
buttons.fit.addEventListener('click', () => view.viewport.fit());
buttons.reset.addEventListener('click', () => view.viewport.reset());
buttons.svg.addEventListener('click', () => post({ type: 'exportRequest', format: 'svg' }));
buttons.png.addEventListener('click', () => post({ type: 'exportRequest', format: 'png' }));
post({ type: 'ready' });
