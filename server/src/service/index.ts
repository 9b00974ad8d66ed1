/** The pure language service: text in, plain results out. No VS Code, no connection, no file system. */
export { PpbWorkspace } from './workspace';
export type { PpbDiagnostic, RelatedSpan, Severity, Span } from './diagnostic';
export { CATALOG, type DiagnosticCode } from './codes-catalog';
export { offsetAt, positionAt, rangeOf, type Position, type Range } from './positions';
export type { PpbTextEdit } from './text-edit';
export { langFromLocale, pick, type Lang, type Localized } from './localized';
export { isPpbFileName, PPB_GLOB } from './file-names';
export { DiagramCatalog, toMermaid, mermaidLabel, LEVEL0_ID, RELASI_ID, type DiagramFocus, type LaneLayout, type MermaidOptions } from './diagram';
