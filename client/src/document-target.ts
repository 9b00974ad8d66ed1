import type { Lang } from '../../server/src/protocol/language';

/** The kinds of document `ppb dokumen` writes, named by the file's extension. */
export const DOCUMENT_FORMATS = ['docx', 'pdf'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

/** The name the save dialog proposes, in the model's folder. */
export const DEFAULT_DOCUMENT_NAME = 'peta-proses-bisnis.pdf';

/** The document's format by its file name (`.docx` or `.pdf`, any case); undefined for any other name. */
export function documentFormat(fileName: string): DocumentFormat | undefined {
  const ext = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase();
  return DOCUMENT_FORMATS.find((f) => f === ext);
}

export interface DocumentRun {
  /** The model's folder. */
  readonly folder: string;
  /** The document to write. */
  readonly out: string;
  readonly lang: Lang;
  /** The file exists and the user agreed to replace it. */
  readonly force: boolean;
  /** Written even if the model has errors, marked DRAF. */
  readonly draft: boolean;
}

/** The command line of `ppb dokumen`, verb first. */
export function documentArgs(run: DocumentRun): string[] {
  return ['dokumen', run.folder, '--out', run.out, '--lang', run.lang, ...(run.force ? ['--force'] : []), ...(run.draft ? ['--draf'] : [])];
}
