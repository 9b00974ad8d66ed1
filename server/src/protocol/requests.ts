import { NotificationType, RequestType, type Location, type Position } from 'vscode-languageserver-protocol';
import type { Diagram, DiagramSummary } from './diagram';
import type { SopSheets } from './sop-sheet';

/** Custom requests of the PPB language server (any LSP client may send them). */

export interface DiagramsParams {
  /** Any document of the workspace folder whose model is meant. */
  readonly uri: string;
}

export interface DiagramsResult {
  /** Grows with every change of the model; answers older than one already shown are dropped. */
  readonly version: number;
  readonly diagrams: readonly DiagramSummary<Location>[];
  /** The first YAML syntax error of the model, if any: the preview shows it as a banner. */
  readonly syntaxError?: { readonly location: Location; readonly message: string };
}

export const DiagramsRequest = new RequestType<DiagramsParams, DiagramsResult, void>('ppb/diagrams');

export interface DiagramParams {
  readonly uri: string;
  readonly id: string;
}

export interface DiagramResult {
  readonly version: number;
  /** Null when the model has no such diagram (any more). */
  readonly diagram: Diagram<Location> | null;
  readonly syntaxError?: DiagramsResult['syntaxError'];
}

export const DiagramRequest = new RequestType<DiagramParams, DiagramResult, void>('ppb/diagram');

export interface FocusParams {
  readonly uri: string;
  readonly position: Position;
}

/** The diagram around a position and the node it belongs to. */
export interface FocusResult {
  readonly diagramId: string;
  readonly nodeId?: string;
}

export const FocusRequest = new RequestType<FocusParams, FocusResult | null, void>('ppb/focus');

export interface SopsParams {
  readonly uri: string;
  /** A map, as `ppb/diagram` takes it. */
  readonly id: string;
}

export interface SopsResult {
  readonly version: number;
  /**
   * The SOP AP documents built on that map, laid out on their pages: each SOP declared under it,
   * else its draft (`<map code>.SOP`); every one marked DRAF while the model has errors. None
   * for a map that is not a cross-functional map, or no map.
   */
  readonly sops: readonly SopSheets[];
}

export const SopsRequest = new RequestType<SopsParams, SopsResult, void>('ppb/sops');

export interface ModelChangedParams {
  /**
   * The model that changed: a workspace folder's URI (no trailing slash), or the URI of a file
   * outside every folder. A document belongs to it when its URI is the scope or starts with
   * the scope and a slash.
   */
  readonly scope: string;
  /** The model's new version, as `ppb/diagrams` and `ppb/diagram` answer it. */
  readonly version: number;
}

/**
 * Server → client, whenever a model changes: an edit, a file written, created or deleted on
 * disk (a `git checkout`), a folder loaded. A preview redraws from it, whatever caused it.
 */
export const ModelChangedNotification = new NotificationType<ModelChangedParams>('ppb/modelChanged');

/** Whether the document `uri` belongs to the model `scope` of a `ppb/modelChanged`. */
export function inScope(uri: string, scope: string): boolean {
  return uri === scope || uri.startsWith(`${scope}/`);
}
