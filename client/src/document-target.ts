import type { Lang } from '../../server/src/protocol/language';

/** The name the save dialog proposes, in the model's folder. */
export const DEFAULT_DOCUMENT_NAME = 'peta-proses-bisnis.pdf';

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
