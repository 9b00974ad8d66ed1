export { DiagramCatalog, type DiagramFocus } from './catalog';
export { toMermaid, diagramTitle, type LaneLayout, type MermaidOptions } from './to-mermaid';
export { mermaidLabel } from './mermaid-text';
export { LEVEL0_ID } from './level0';
export { RELASI_ID } from './relasi';
