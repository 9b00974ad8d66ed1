// The bench's page in headless Chromium (bench/preview.ts): the preview's own DiagramView turns
// a diagram of the model into a drawing on the page, and Mermaid's `render` alone draws the same
// text: the floor the preview is compared with. Not shipped: the bench bundles it when it runs.
import mermaid from 'mermaid';
import type { Location } from 'vscode-languageserver-protocol';
// The drawing code the preview draws through (globalThis.ppbExport), as the webview loads it
// before the preview's script; in one bundle with this page, its Mermaid is the one below.
import '../export/main';
import type { Diagram } from '../../../server/src/protocol/diagram';
import type { PreviewStrings } from '../../../server/src/protocol/webview';
import { DiagramView } from '../preview/diagram-view';

const STRINGS: PreviewStrings = {
  maps: 'Maps',
  groupLevel0: 'Level 0',
  groupRelasi: 'Relasi',
  groupLevel: 'Level {0}',
  groupCfm: 'CFM',
  zoomIn: '+',
  zoomOut: '-',
  zoomFit: 'Fit',
  zoomReset: '1:1',
  fitReadable: 'Readable',
  exportSvg: 'SVG',
  exportPng: 'PNG',
  exportDrawio: 'draw.io',
  drawioMapsOnly: 'draw.io: maps only',
  toggleNavigator: 'Maps',
  rendering: 'Drawing',
  renderFailed: 'Failed: {0}',
  tooLarge: '{0} nodes, more than {1}',
  tooLargeLanes: '{0} steps, more than {1}',
  renderAnyway: 'Anyway',
  renderWithoutLanes: 'Without lanes',
  openMap: 'Open',
  revealSource: 'Reveal',
  sopView: 'SOP AP',
  sopUnavailable: 'No SOP',
  sopChoose: 'SOPs',
  sopDraft: 'draft',
  sopPage: '{0}/{1}',
  sopPrevious: '<',
  sopNext: '>',
};

interface PreviewRun {
  /** From `show` (or the user's choice of a drawing without lanes) to the drawing on the page. */
  readonly ms: number;
  /** Of which Mermaid's render, as the preview times it. */
  readonly renderMs: number;
  /** The Mermaid text the preview drew. */
  readonly text: string;
}

const el = (parent: HTMLElement, className: string): HTMLElement => {
  const child = parent.appendChild(document.createElement('div'));
  child.className = className;
  return child;
};

const bench = {
  /**
   * A new preview shows `diagram`, in the preview's own layout and stylesheet (the bench adds
   * media/preview.css); a map past the swimlane limit is drawn without lanes, as the preview offers.
   */
  preview(diagram: Diagram<Location>): Promise<PreviewRun> {
    document.body.replaceChildren();
    const frame = el(el(el(document.body, 'body'), 'content'), 'frame');
    const stage = el(frame, 'stage');
    const progress = el(frame, 'progress');
    const notice = el(frame, 'notice');
    progress.hidden = true;
    notice.hidden = true;
    return new Promise((resolve, reject) => {
      let started = 0;
      const view: DiagramView = new DiagramView(frame, stage, progress, notice, 'default', {
        open: () => undefined,
        reveal: () => undefined,
        failed: (message) => reject(new Error(message)),
        rendered: (_id, _version, _drawn, renderMs) => resolve({ ms: performance.now() - started, renderMs, text: view.text ?? '' }),
      });
      view.setStrings(STRINGS);
      started = performance.now();
      view.show(1, diagram);
      const withoutLanes = notice.querySelector<HTMLButtonElement>('button[data-choice="subgraph"]');
      if (withoutLanes && !notice.hidden) {
        started = performance.now();
        withoutLanes.click();
      }
    });
  },
  /**
   * Resolves once the page has painted what the last step left (the drawing put on the page is
   * laid out and painted after it is timed): the next step's timing does not pay for it.
   */
  settle(): Promise<void> {
    return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))));
  },
  /** Mermaid's own render of `text`, with the configuration the preview set. */
  async mermaid(text: string, id: string): Promise<number> {
    const started = performance.now();
    await mermaid.render(id, text);
    return performance.now() - started;
  },
};

(globalThis as Record<string, unknown>).ppbBench = bench;
