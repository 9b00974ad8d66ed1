import type { NodeShape } from '../../protocol/diagram';

export interface SymbolColours {
  readonly fill: string;
  readonly stroke: string;
  /** The text's colour. */
  readonly color: string;
}

/**
 * Colours by symbol: Mermaid's classDefs (to-mermaid.ts) and the editable exports (draw.io) read
 * them here, so a map looks the same in both. In the order the classDefs are written.
 */
export const SYMBOL_COLOURS: Readonly<Record<NodeShape, SymbolColours>> = {
  process: { fill: '#e8f1fb', stroke: '#2f6db5', color: '#0b2545' },
  activity: { fill: '#ffffff', stroke: '#333333', color: '#111111' },
  terminator: { fill: '#e9f7ef', stroke: '#2e8b57', color: '#0b3d20' },
  decision: { fill: '#fff8e1', stroke: '#b8860b', color: '#3d2c00' },
  document: { fill: '#f3e8fd', stroke: '#7b3fb5', color: '#2a0b45' },
  connector: { fill: '#fdecea', stroke: '#b03a2e', color: '#45100b' },
  party: { fill: '#fff3e0', stroke: '#c77700', color: '#3d2400' },
  unit: { fill: '#eef2f5', stroke: '#5b6b7a', color: '#1c2630' },
  data: { fill: '#f5f5f5', stroke: '#777777', color: '#222222' },
};
