import type { DiagramKind } from './diagram';

/** What `ppb export` writes, named by the file's extension: the CLI and "Export Every Map" offer this list. */
export const EXPORT_FORMATS = ['svg', 'png', 'mmd', 'drawio', 'bpmn'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const isExportFormat = (v: unknown): v is ExportFormat => EXPORT_FORMATS.some((f) => f === v);

/** What the preview exports from the drawing on screen, in the save dialog's order: a picture or a draw.io file. */
export const PREVIEW_FORMATS = ['png', 'svg', 'drawio'] as const satisfies readonly ExportFormat[];
export type PreviewFormat = (typeof PREVIEW_FORMATS)[number];

export const isPreviewFormat = (v: unknown): v is PreviewFormat => PREVIEW_FORMATS.some((f) => f === v);

/** Whether `ppb export --format` writes a file for a map of `kind`: BPMN is a process notation, it holds the cross-functional maps only. */
export const formatHolds = (format: ExportFormat, kind: DiagramKind): boolean => format !== 'bpmn' || kind === 'cfm';
