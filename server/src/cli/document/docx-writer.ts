/**
 * The Peta Proses Bisnis document as a Word file (`ppb dokumen --format docx`): the outline's
 * data written through the `docx` library, which escapes every text; no XML is built here.
 * Text pages are A4 portrait; each map gets a landscape section of its own paper.
 */
import {
  AlignmentType,
  Bookmark,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  LineRuleType,
  NumberFormat,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableOfContents,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { FileChild, ILevelsOptions, ISectionOptions, ParagraphChild } from 'docx';
import {
  xmlText,
  type Block,
  type DocumentOutline,
  type ListItem,
  type Signature,
  type TableCell as OutlineCell,
  type TextRun as OutlineRun,
} from '../../service';
import { FIGURE_MARGIN_MM, SHEETS, type FigureLayout } from './figure-page';
import { draftMark, runsOf, SINGLE, THIN, twips } from './docx-parts';

export interface DocxPicture {
  /** PNG bytes of the map. */
  readonly png: Uint8Array;
  /** The PNG's size in pixels. */
  readonly pixelWidth: number;
  readonly pixelHeight: number;
  /** Its paper and printed size (figure-page.ts): the PDF's, so both print the map alike. */
  readonly layout: FigureLayout;
}
export interface DocxLogo {
  readonly data: Uint8Array;
  readonly type: 'png' | 'jpg';
  readonly pixelWidth: number;
  readonly pixelHeight: number;
}

const FONT = 'Arial';
/** Half-points. */
const BODY_SIZE = 24;
const TABLE_SIZE = 22;
/** A map's caption: 10 pt, the room figure-page.ts keeps for it. */
const CAPTION_SIZE = 20;
/** Line spacing: 1.5 for text, single where pictures and tables sit (always with its rule: LibreOffice reads none as exact). */
const ONE_AND_HALF = { line: 360, lineRule: LineRuleType.AUTO } as const;

/** `docx` takes pictures in pixels at 96 to the inch. */
const px96 = (mm: number): number => Math.floor((mm / 25.4) * 96);

/** Portrait sizes in mm; landscape swaps them (docx does, given the orientation). */
const PAPER = { A4: { width: 210, height: 297 }, A3: { width: 297, height: 420 } } as const;
const TEXT_MARGIN = { top: 25, left: 25, right: 20, bottom: 20, header: 12.5, footer: 10 } as const;
const TEXT_WIDTH_MM = PAPER.A4.width - TEXT_MARGIN.left - TEXT_MARGIN.right;
/** One step of a table cell's `indent`. */
const INDENT_STEP_MM = 5;
const LOGO_WIDTH_MM = 40;
const LOGO_MAX_HEIGHT_MM = 50;

const ORDERED = 'ppb-ordered';
const BULLET = 'ppb-bullet';
const LIST_LEVELS = 9;

/** The whole .docx file's bytes. A figure whose picture is missing is an Error naming it. */
export async function docxDocument(
  outline: DocumentOutline,
  pictures: ReadonlyMap<string /* diagramId */, DocxPicture>,
  logo: DocxLogo | undefined,
): Promise<Uint8Array> {
  checkPictures(outline, pictures);
  const writer = new SectionWriter(outline.draft, pictures);
  writer.cover(outline, logo);
  writer.frontMatter(outline.foreword);
  for (const chapter of outline.chapters) writer.chapter(chapter.id, chapter.number, chapter.title, chapter.blocks);
  const doc = new Document({
    title: xmlText(outline.title),
    creator: 'PPB',
    lastModifiedBy: 'PPB',
    styles: STYLES,
    numbering: {
      config: [
        { reference: ORDERED, levels: orderedLevels() },
        { reference: BULLET, levels: bulletLevels() },
      ],
    },
    sections: writer.finish(),
  });
  return Packer.toBuffer(doc);
}

function checkPictures(outline: DocumentOutline, pictures: ReadonlyMap<string, DocxPicture>): void {
  const blocks = [...(outline.foreword ?? []), ...outline.chapters.flatMap((c) => c.blocks)];
  for (const b of blocks) {
    if (b.kind !== 'figure') continue;
    const picture = pictures.get(b.diagramId);
    if (!picture) throw new Error(`No picture for figure ${b.number} (${b.diagramId}).`);
    if (!(picture.pixelWidth > 0 && picture.pixelHeight > 0))
      throw new Error(`The picture of figure ${b.number} (${b.diagramId}) has no size.`);
  }
}

/** Which page numbers a run of sections shows: none on the cover, i, ii… before the chapters, then 1, 2… */
type Part = 'cover' | 'front' | 'body';

/** Lays the blocks into sections: text flows in A4 portrait ones, each map opens a landscape one. */
class SectionWriter {
  private readonly sections: ISectionOptions[] = [];
  private children: FileChild[] = [];
  private part: Part = 'cover';
  private listInstance = 0;
  private readonly bookmarks = new Set<string>();

  constructor(
    private readonly draft: boolean,
    private readonly pictures: ReadonlyMap<string, DocxPicture>,
  ) {}

  cover(outline: DocumentOutline, logo: DocxLogo | undefined): void {
    const { cover } = outline;
    const line = (text: string, size: number, bold: boolean, before: number, allCaps = false): Paragraph =>
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before, after: 0, ...SINGLE },
        children: runsOf(text, { bold, size, allCaps }),
      });
    if (cover.induk) this.children.push(line(cover.induk, 28, true, 0, true));
    cover.titleLines.forEach((t, i) => this.children.push(line(t, 32, true, i === 0 ? 2000 : 120)));
    if (logo && logo.pixelWidth > 0 && logo.pixelHeight > 0) {
      let width = LOGO_WIDTH_MM;
      let height = (width * logo.pixelHeight) / logo.pixelWidth;
      if (height > LOGO_MAX_HEIGHT_MM) [width, height] = [(width * LOGO_MAX_HEIGHT_MM) / height, LOGO_MAX_HEIGHT_MM];
      this.children.push(
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { before: 2000, after: 0, ...SINGLE },
          children: [
            new ImageRun({
              type: logo.type,
              data: logo.data,
              transformation: { width: px96(width), height: px96(height) },
              altText: { name: 'Logo', description: xmlText(cover.instansi), title: 'Logo' },
            }),
          ],
        }),
      );
    }
    this.children.push(line(cover.instansi, 28, true, 2000));
    if (cover.alamat) this.children.push(line(cover.alamat, 22, false, 120));
    if (cover.nomor) this.children.push(line(`Nomor: ${cover.nomor}`, BODY_SIZE, false, 600));
    this.flushText();
  }

  /** KATA PENGANTAR when written, then DAFTAR ISI, as Indonesian official documents order them. */
  frontMatter(foreword: readonly Block[] | undefined): void {
    this.startPart('front');
    if (foreword) {
      this.children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('KATA PENGANTAR')] }));
      for (const b of foreword) this.block(b);
    }
    this.children.push(
      new Paragraph({
        style: 'PpbTitle',
        pageBreakBefore: foreword !== undefined,
        children: [new TextRun('DAFTAR ISI')],
      }),
      new TableOfContents('DAFTAR ISI', { hyperlink: true, headingStyleRange: '1-2' }),
    );
  }

  chapter(id: string, number: string, title: string, blocks: readonly Block[]): void {
    if (this.part !== 'body') this.startPart('body');
    this.children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        pageBreakBefore: this.children.length > 0,
        children: [this.bookmark(id, [...runsOf(number), ...runsOf(title, { break: 1 })])],
      }),
    );
    for (const b of blocks) this.block(b);
  }

  finish(): ISectionOptions[] {
    this.flushText();
    return this.sections;
  }

  private block(b: Block): void {
    switch (b.kind) {
      case 'heading':
        this.children.push(
          new Paragraph({
            heading: b.level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3,
            children: [this.bookmark(b.id, runsOf(b.text))],
          }),
        );
        return;
      case 'paragraph':
        this.children.push(new Paragraph({ alignment: AlignmentType.JUSTIFIED, children: styledRuns(b.runs) }));
        return;
      case 'list':
        this.listInstance++;
        this.listItems(b.items, b.ordered ? ORDERED : BULLET, 0);
        return;
      case 'table':
        this.children.push(table(b.header, b.rows, b.widths), new Paragraph({ spacing: { after: 120, ...SINGLE } }));
        return;
      case 'figure':
        this.figure(b.diagramId, b.caption, b.id);
        return;
      case 'signature':
        this.children.push(...signature(b.signature));
        return;
    }
  }

  private listItems(items: readonly ListItem[], reference: string, level: number): void {
    for (const item of items) {
      this.children.push(
        new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          spacing: { after: 60 },
          numbering: { reference, level: Math.min(level, LIST_LEVELS - 1), instance: this.listInstance },
          children: styledRuns(item.runs),
        }),
      );
      if (item.items) this.listItems(item.items, reference, level + 1);
    }
  }

  /**
   * A map on a landscape page of its own paper, its caption above it, scaled to the rest of the
   * page. Its sharpness is the caller's business: a PNG of 2x the drawing prints at about 200 dpi
   * or more on the paper `paper` names; a smaller one is still placed, only blurrier.
   */
  private figure(diagramId: string, caption: string, id: string): void {
    const picture = this.pictures.get(diagramId);
    if (!picture) throw new Error(`No picture for ${diagramId}.`);
    this.flushText();
    const { paper: name, widthMm: width, heightMm: height } = picture.layout;
    const sheet = SHEETS[name];
    this.sections.push({
      properties: {
        page: {
          size: { width: twips(sheet.height), height: twips(sheet.width), orientation: PageOrientation.LANDSCAPE },
          margin: {
            top: twips(FIGURE_MARGIN_MM),
            left: twips(FIGURE_MARGIN_MM),
            right: twips(FIGURE_MARGIN_MM),
            bottom: twips(FIGURE_MARGIN_MM),
            header: twips(3),
            footer: twips(3),
          },
          pageNumbers: this.pageNumbers(),
        },
      },
      ...this.headerAndFooter(true),
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          keepNext: true,
          spacing: { before: 0, after: 120, ...SINGLE },
          children: [this.bookmark(id, runsOf(caption, { bold: true, size: CAPTION_SIZE }))],
        }),
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { before: 0, after: 0, ...SINGLE },
          children: [
            new ImageRun({
              type: 'png',
              data: picture.png,
              transformation: { width: px96(width), height: px96(height) },
              altText: { name: xmlText(diagramId), description: xmlText(caption), title: xmlText(caption) },
            }),
          ],
        }),
      ],
    });
  }

  private startPart(part: Part): void {
    this.flushText();
    this.part = part;
  }

  /** Closes the open text section, if it holds anything. */
  private flushText(): void {
    if (this.children.length === 0) return;
    this.sections.push({
      properties: {
        page: {
          size: { width: twips(PAPER.A4.width), height: twips(PAPER.A4.height), orientation: PageOrientation.PORTRAIT },
          margin: {
            top: twips(TEXT_MARGIN.top),
            left: twips(TEXT_MARGIN.left),
            right: twips(TEXT_MARGIN.right),
            bottom: twips(TEXT_MARGIN.bottom),
            header: twips(TEXT_MARGIN.header),
            footer: twips(TEXT_MARGIN.footer),
          },
          pageNumbers: this.pageNumbers(),
        },
      },
      ...this.headerAndFooter(),
      children: this.children,
    });
    this.children = [];
  }

  /** One run of numbers from the cover (which shows none), as the PDF numbers its pages. */
  private pageNumbers(): { formatType: (typeof NumberFormat)[keyof typeof NumberFormat] } {
    return { formatType: NumberFormat.DECIMAL };
  }

  /** Every section says its own header and footer: none inherits the cover's (no number). */
  /**
   * Every section says its own header and footer: none inherits the cover's (no number). On a
   * map's page they stay inside its 10 mm margins (smaller type), so the map keeps its room.
   */
  private headerAndFooter(onMap = false): Pick<ISectionOptions, 'headers' | 'footers'> {
    const empty = (): Paragraph => new Paragraph({ spacing: { before: 0, after: 0, ...SINGLE }, run: { size: 2 } });
    const header = new Header({ children: this.draft ? [draftMark(onMap ? 24 : 40)] : [empty()] });
    const footer = new Footer({
      children:
        this.part === 'cover'
          ? [empty()]
          : [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                spacing: { before: 0, after: 0, ...SINGLE },
                children: [new TextRun({ children: [PageNumber.CURRENT], size: onMap ? 18 : 22 })],
              }),
            ],
    });
    return { headers: { default: header }, footers: { default: footer } };
  }

  /** The runs inside a bookmark named after `id`, as Word allows names: a letter first, then letters, digits and _, at most 40. */
  private bookmark(id: string, children: ParagraphChild[]): ParagraphChild {
    let name = xmlText(id).replace(/[^A-Za-z0-9_]/g, '_');
    if (!/^[A-Za-z]/.test(name)) name = `b${name}`;
    name = name.slice(0, 40);
    for (let n = 2; this.bookmarks.has(name); n++) name = `${name.slice(0, 40 - String(n).length - 1)}_${n}`;
    this.bookmarks.add(name);
    return new Bookmark({ id: name, children });
  }
}

const styledRuns = (runs: readonly OutlineRun[]): TextRun[] =>
  runs.flatMap((r) => runsOf(r.text, { bold: r.bold === true, italics: r.italic === true }));

function table(header: readonly string[], rows: readonly (readonly OutlineCell[])[], widths: readonly number[]): Table {
  const columns = rows.reduce((n, r) => Math.max(n, r.length), Math.max(header.length, 1));
  const given = Array.from({ length: columns }, (_, i) => widths[i] ?? 0);
  const total = given.reduce((a, w) => a + (Number.isFinite(w) && w > 0 ? w : 0), 0);
  const share = given.map((w) => (total > 0 && Number.isFinite(w) && w > 0 ? w / total : total > 0 ? 0 : 1 / columns));
  // A column given no width still gets a sliver, so its text stays readable.
  const floor = share.map((s) => Math.max(s, 0.05));
  const sum = floor.reduce((a, s) => a + s, 0);
  const columnWidths = floor.map((s) => Math.floor((twips(TEXT_WIDTH_MM) * s) / sum));
  const cell = (c: OutlineCell, col: number, head: boolean): TableCell =>
    new TableCell({
      width: { size: columnWidths[col] ?? 0, type: WidthType.DXA },
      verticalAlign: head ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
      shading: head ? { type: ShadingType.CLEAR, color: 'auto', fill: 'D9D9D9' } : undefined,
      margins: { top: 40, bottom: 40, left: 85, right: 85 },
      children: [
        new Paragraph({
          alignment: head ? AlignmentType.CENTER : AlignmentType.LEFT,
          spacing: { before: 0, after: 0, ...SINGLE },
          indent: c.indent ? { left: twips(INDENT_STEP_MM * Math.max(0, Math.min(c.indent, 20))) } : undefined,
          children: runsOf(c.text, { bold: head || c.bold === true, size: TABLE_SIZE }),
        }),
      ],
    });
  const row = (cells: readonly OutlineCell[], head: boolean): TableRow =>
    new TableRow({
      tableHeader: head,
      cantSplit: true,
      children: Array.from({ length: columns }, (_, i) => cell(cells[i] ?? { text: '' }, i, head)),
    });
  return new Table({
    width: { size: columnWidths.reduce((a, w) => a + w, 0), type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    borders: { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN },
    rows: [
      row(
        header.map((text) => ({ text })),
        true,
      ),
      ...rows.map((r) => row(r, false)),
    ],
  });
}

/** The signature on the right half of the page, kept on one page. */
function signature(s: Signature): Paragraph[] {
  const line = (children: ParagraphChild[], keepNext = true): Paragraph =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      indent: { left: twips(90) },
      keepNext,
      keepLines: true,
      spacing: { before: 0, after: 0, ...SINGLE },
      children,
    });
  const out = [new Paragraph({ keepNext: true, spacing: { before: 0, after: 0 } })];
  if (s.placeAndDate) out.push(line(runsOf(s.placeAndDate)));
  out.push(line(runsOf(s.position)));
  for (let i = 0; i < 4; i++) out.push(line([]));
  out.push(line(runsOf(s.name, { bold: true, underline: {} }), s.nip !== ''));
  if (s.nip) out.push(line(runsOf(s.nip), false));
  return out;
}

function orderedLevels(): ILevelsOptions[] {
  const formats = [
    [LevelFormat.DECIMAL, '%1.'],
    [LevelFormat.LOWER_LETTER, '%2.'],
    [LevelFormat.DECIMAL, '%3)'],
    [LevelFormat.LOWER_LETTER, '%4)'],
  ] as const;
  return Array.from({ length: LIST_LEVELS }, (_, level) => {
    const [format, text] = formats[level % formats.length] ?? formats[0];
    return listLevel(level, format, text.replace(/\d/, String(level + 1)));
  });
}

function bulletLevels(): ILevelsOptions[] {
  return Array.from({ length: LIST_LEVELS }, (_, level) => listLevel(level, LevelFormat.BULLET, level % 2 === 0 ? '•' : '-'));
}

function listLevel(level: number, format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string): ILevelsOptions {
  return {
    level,
    format,
    text,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: twips(7 + 7 * level), hanging: twips(7) } } },
  };
}

const headingStyle = (size: number, alignment: (typeof AlignmentType)[keyof typeof AlignmentType], outlineLevel: number) => ({
  run: { font: FONT, size, bold: true, color: '000000' },
  paragraph: {
    alignment,
    keepNext: true,
    keepLines: true,
    outlineLevel,
    spacing: {
      before: outlineLevel === 0 ? 0 : 240,
      after: outlineLevel === 0 ? 360 : 120,
      ...(outlineLevel === 0 ? ONE_AND_HALF : SINGLE),
    },
  },
});

const STYLES = {
  default: {
    document: {
      run: { font: FONT, size: BODY_SIZE, language: { value: 'id-ID' } },
      paragraph: { spacing: { ...ONE_AND_HALF, after: 120 } },
    },
    heading1: headingStyle(28, AlignmentType.CENTER, 0),
    heading2: headingStyle(BODY_SIZE, AlignmentType.LEFT, 1),
    heading3: headingStyle(BODY_SIZE, AlignmentType.LEFT, 2),
  },
  paragraphStyles: [
    {
      id: 'PpbTitle',
      name: 'PPB Title',
      basedOn: 'Normal',
      next: 'Normal',
      run: { font: FONT, size: 28, bold: true },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 360 } },
    },
  ],
};
