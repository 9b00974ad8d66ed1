/** The kinds of document `ppb dokumen` writes, named by the file's extension: the CLI and the extension read a name alike. */
export const DOCUMENT_FORMATS = ['docx', 'pdf'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

/** The document's format by its file name (`.docx` or `.pdf`, any case); undefined for any other name. */
export function documentFormat(fileName: string): DocumentFormat | undefined {
  const ext = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase();
  return DOCUMENT_FORMATS.find((f) => f === ext);
}
