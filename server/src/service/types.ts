/** The types of the service's entry (`./index`), for modules that need only types. */
export type { PpbDiagnostic, RelatedSpan, Severity, Span } from './diagnostic';
export type { DiagnosticCode } from './codes-catalog';
export type { Position, Range } from './positions';
export type { PpbTextEdit } from './text-edit';
export type { Lang, Localized } from './localized';
export type { SchemaValidator } from './schema-check';
export type { ParsedFile } from './parse';
export type { DiagramFocus, LaneLayout, MermaidOptions } from './diagram';
export type { PpbCompletionItem, PpbCompletionKind } from './features/completion';
export type { PpbOutlineItem, PpbOutlineKind } from './features/document-symbols';
export type * from './document/outline';
export type { DocumentResult } from './document';
export type { SopApprover, SopDocument, SopIdentity, SopInstansi } from './sop/sop-documents';
export type { SopColumn, SopLink, SopRow, SopSymbol, SopTable } from './sop/sop-table';
