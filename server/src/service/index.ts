/**
 * The pure language service, its one entry: text in, plain results out. No VS Code, no
 * connection, no file system. The language server, the CLI and the webview import only this
 * module (and `./types`); eslint.config.mjs holds them to it.
 */
export type * from './types';
export { PpbWorkspace } from './workspace';
export { createSchemaValidator } from './schema-check';
export { CATALOG } from './codes-catalog';
export { offsetAt, positionAt, rangeOf } from './positions';
export { langFromLocale, pick } from './localized';
export { isPpbFileName, PPB_GLOB } from './file-names';
export { nearest } from './closest';
export { codeKey } from './code-grammar';
export { SECTIONS_FOLDER } from './document';
export { DiagramCatalog, toMermaid, diagramTitle, mermaidLabel, LEVEL0_ID, RELASI_ID } from './diagram';
export { drawioDiagram, drawioFile } from './editable/drawio';
export { escapeXml, xmlAttribute, xmlText } from './xml-text';
export { codeActions } from './features/code-actions';
export { codeLenses } from './features/code-lens';
export { completions } from './features/completion';
export { snippetAsPlainText } from './features/snippet';
export { definition } from './features/definition';
export { documentSymbols } from './features/document-symbols';
export { hover } from './features/hover';
export { prepareRename, rename } from './features/rename';
export { references } from './features/references';
export { workspaceSymbols } from './features/workspace-symbols';
