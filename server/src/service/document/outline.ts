/**
 * The Peta Proses Bisnis document as data: what `ppb dokumen` prints, built from the model by
 * the pure service and written by two writers (DOCX and PDF) that know nothing of the model.
 * Every text here is plain text: the writers keep it literal (never markup).
 */

/** A piece of text in one style. */
export interface TextRun {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
}

export interface ListItem {
  readonly runs: readonly TextRun[];
  /** A list inside this item (the Sekretariat's subbagian, a tujuan's sasaran). */
  readonly items?: readonly ListItem[];
}

export interface TableCell {
  readonly text: string;
  /** Steps of indentation, for a hierarchy set in a table (the organisation's units). */
  readonly indent?: number;
  readonly bold?: boolean;
}

export type Block =
  /** A section heading inside a chapter: level 2 `A. Latar Belakang`, level 3 below it. */
  | { readonly kind: 'heading'; readonly level: 2 | 3; readonly text: string; readonly id: string }
  | { readonly kind: 'paragraph'; readonly runs: readonly TextRun[] }
  | { readonly kind: 'list'; readonly ordered: boolean; readonly items: readonly ListItem[] }
  | {
      readonly kind: 'table';
      readonly header: readonly string[];
      readonly rows: readonly (readonly TableCell[])[];
      /** Relative width of each column (any unit: the writers share them out). */
      readonly widths: readonly number[];
    }
  /** A map on a page of its own: the writers ask for its drawing by `diagramId`. */
  | { readonly kind: 'figure'; readonly diagramId: string; readonly number: number; readonly caption: string; readonly id: string }
  | { readonly kind: 'signature'; readonly signature: Signature };

/** Where and when the document is signed, and by whom (`instansi.pimpinan`, `instansi.pengesahan`). */
export interface Signature {
  /** `Klambu, 28 September 2022`; the place alone, or empty, when not written. */
  readonly placeAndDate: string;
  readonly position: string;
  readonly name: string;
  /** `NIP. 1987…`, or empty. */
  readonly nip: string;
}

/** `BAB I` and its title, and what it holds. */
export interface Chapter {
  readonly id: string;
  /** `BAB I` */
  readonly number: string;
  /** `PENDAHULUAN` */
  readonly title: string;
  readonly blocks: readonly Block[];
}

export interface Cover {
  /** The title in lines: `PETA PROSES BISNIS`, `KECAMATAN KLAMBU`, `KABUPATEN GROBOGAN`, `TAHUN 2021-2026`. */
  readonly titleLines: readonly string[];
  /** The parent body, above the title (`Pemerintah Kabupaten Grobogan`), or empty. */
  readonly induk: string;
  /** The body's name in capitals, under the logo. */
  readonly instansi: string;
  readonly alamat: string;
  /** `instansi.logo` as written: a path relative to the file that declares it. */
  readonly logo: LogoRef | undefined;
  /** `Nomor: …` of the decree (`instansi.pengesahan.nomor`), or empty. */
  readonly nomor: string;
}

export interface LogoRef {
  readonly path: string;
  /** The URI of the file that declares the logo, which the path is relative to. */
  readonly baseUri: string;
}

/** One entry of the table of contents: a chapter, a section or a figure. */
export interface TocEntry {
  readonly id: string;
  readonly text: string;
  /** 1 chapter, 2 section, 3 figure. */
  readonly level: 1 | 2 | 3;
}

export interface DocumentOutline {
  /** The document's title for its properties: `Peta Proses Bisnis Kecamatan Klambu 2021-2026`. */
  readonly title: string;
  readonly cover: Cover;
  /** `KATA PENGANTAR`'s text, only when the agency wrote one. */
  readonly foreword: readonly Block[] | undefined;
  readonly chapters: readonly Chapter[];
  readonly toc: readonly TocEntry[];
  /** The model has errors and the user asked for a draft: every page is marked DRAF. */
  readonly draft: boolean;
}
