import { RequestType, type Location, type Position } from 'vscode-languageserver-protocol';
import type { Diagram, DiagramSummary } from './diagram';

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
