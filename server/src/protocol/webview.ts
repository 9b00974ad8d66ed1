import type { Location } from 'vscode-languageserver-protocol';
import type { Diagram, DiagramSummary } from './diagram';
import type { PreviewFormat } from './export-format';
import type { SopSheets } from './sop-sheet';

/**
 * The messages between the preview panel (extension host) and its webview, both ways.
 * Declared once; the host validates every message it receives (the webview is untrusted).
 */

/** Mermaid's default font size: every label of our drawings is written in it (the titles larger). */
export const LABEL_PX = 16;
/** The smallest text the preview's "fit" shows, in screen pixels: below it a label cannot be read. */
export const READABLE_PX = 9;

/** The webview's own words, in the user's language; the host fills them with `vscode.l10n.t`. */
export interface PreviewStrings {
  readonly maps: string;
  readonly groupLevel0: string;
  readonly groupRelasi: string;
  /** `{0}` is the level number. */
  readonly groupLevel: string;
  readonly groupCfm: string;
  readonly zoomIn: string;
  readonly zoomOut: string;
  readonly zoomFit: string;
  readonly zoomReset: string;
  /** Shown while "fit" keeps a large drawing readable rather than whole. */
  readonly fitReadable: string;
  readonly exportSvg: string;
  readonly exportPng: string;
  readonly exportDrawio: string;
  /** Why draw.io export is off on an SOP AP page. */
  readonly drawioMapsOnly: string;
  readonly toggleNavigator: string;
  readonly rendering: string;
  /** `{0}` is Mermaid's message. */
  readonly renderFailed: string;
  /** `{0}` the number of nodes, `{1}` the limit. */
  readonly tooLarge: string;
  /** `{0}` the number of steps, `{1}` the limit of a swimlane drawing. */
  readonly tooLargeLanes: string;
  readonly renderAnyway: string;
  readonly renderWithoutLanes: string;
  readonly openMap: string;
  readonly revealSource: string;
  /** The toolbar's toggle: the SOP AP documents of the cross-functional map shown. */
  readonly sopView: string;
  /** Its tooltip when the map shown has no SOP AP (Level 0, Peta Relasi, a Level map). */
  readonly sopUnavailable: string;
  /** The list of the map's SOPs. */
  readonly sopChoose: string;
  /** After a draft's code in that list. */
  readonly sopDraft: string;
  /** `{0}` the page shown, `{1}` how many. */
  readonly sopPage: string;
  readonly sopPrevious: string;
  readonly sopNext: string;
}

/** An SOP AP page the webview shows: the SOP's code, the page's number from 1. */
export interface SopPageRef {
  readonly kode: string;
  readonly page: number;
}

/** A syntax error the banner names; clicking the banner reveals it. */
export interface PreviewBanner {
  readonly text: string;
  readonly location?: Location;
}

/** Host → webview. `version` grows with every `show` the host sends; older ones are dropped. */
export type HostMessage =
  | { readonly type: 'strings'; readonly strings: PreviewStrings }
  /** Every map of the model `uri` belongs to, for the navigator and the breadcrumb. */
  | { readonly type: 'catalog'; readonly uri: string; readonly diagrams: readonly DiagramSummary<Location>[] }
  | { readonly type: 'show'; readonly version: number; readonly diagram: Diagram<Location>; readonly highlight?: string }
  /** Nothing to draw (no PPB model here, or the map is gone): the text says why. */
  | { readonly type: 'notice'; readonly version: number; readonly text: string }
  /** The YAML is broken (`banner`), or not any more (`null`); the last good diagram stays. */
  | { readonly type: 'banner'; readonly banner: PreviewBanner | null }
  | { readonly type: 'highlight'; readonly diagramId: string; readonly nodeId: string | null }
  /** The answer to `sopRequest`: the SOP AP documents of the map `diagramId`, laid out. */
  | { readonly type: 'sops'; readonly diagramId: string; readonly sops: readonly SopSheets[] }
  | { readonly type: 'export'; readonly requestId: number; readonly format: PreviewFormat; readonly scale: number };

/** Webview → host. `ready` comes first; errors travel as data. */
export type WebviewMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'reveal'; readonly location: Location }
  | { readonly type: 'open'; readonly diagramId: string }
  /** The SOP AP view wants the SOPs of the map `diagramId`; the host answers `sops`. */
  | { readonly type: 'sopRequest'; readonly diagramId: string }
  /** The SOP AP page on screen (what an export saves, and its name), or none: a map is. */
  | { readonly type: 'sopShown'; readonly sop: SopPageRef | null }
  /** A toolbar button: the host asks where to save, then sends `export`. */
  | { readonly type: 'exportRequest'; readonly format: PreviewFormat }
  /** `data` is the SVG text, or the PNG as base64 drawn at `scale` (less than asked when too large). */
  | {
      readonly type: 'exportResult';
      readonly requestId: number;
      readonly format: PreviewFormat;
      readonly data: string;
      readonly scale: number;
    }
  /** A `show` is on screen: `drawn` when Mermaid ran, false when the same text kept its drawing. */
  | { readonly type: 'rendered'; readonly diagramId: string; readonly version: number; readonly drawn: boolean; readonly ms: number }
  | { readonly type: 'error'; readonly message: string; readonly requestId?: number };

/** What the webview keeps across reloads (`vscode.setState`); the serializer reads it back. */
export interface PreviewState {
  readonly uri?: string;
  readonly diagramId?: string;
  /** Zoom and scroll of that map: a panel hidden and shown again (or reloaded) comes back as it was. */
  readonly view?: { readonly k: number; readonly x: number; readonly y: number };
  /** The SOP AP page shown over that map, if any: the panel comes back to it. */
  readonly sop?: SopPageRef;
}

/** The `switch` over a union has seen every member. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected message: ${JSON.stringify(value)}`);
}
