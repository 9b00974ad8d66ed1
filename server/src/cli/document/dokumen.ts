import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { pick, SECTIONS_FOLDER, toMermaid, type Block, type DocumentOutline, type Localized, type PpbWorkspace } from '../../service';
import { byPlace, diagnosticRecords, recordLine } from '../check';
import { elementId, workerCount } from '../export';
import { MIN_PT } from '../../protocol/page-size';
import { documentFormat, type DocumentFormat } from '../../protocol/document-format';
import { CLI_TEXT } from '../messages';
import { errorCount, openModel } from '../open-model';
import type { DiagramRenderer } from '../renderer';
import { startRenderers, type DrawingRun } from '../start-renderers';
import { writeFileAtomic } from '../write-file';
import { docxDocument, type DocxPicture } from './docx-writer';
import { figureLayout, type FigureLayout } from './figure-page';
import { modelFolder, modelLogo, type Logo } from './logo';
import { pdfDocument } from './pdf-writer';

export interface DokumenOptions extends DrawingRun {
  /** The model's folder (or one of its files). */
  readonly path: string;
  /** The document's file: `.docx` or `.pdf`. */
  readonly out: string;
  readonly force: boolean;
  /** Write it even when the model has errors, every page marked DRAF. */
  readonly draft: boolean;
}

type Say = (text: Localized | string) => void;

/** The least density of a map's picture in the DOCX at its printed size; drawn a little above. */
const DOCX_DPI = 200;
const DPI_MARGIN = 1.1;

/** The agency's own sections: `dokumen/*.md` beside the model, by name without `.md`. */
async function sectionTexts(modelDir: string, problems: Localized[], cwd: string): Promise<Map<string, string>> {
  const dir = path.join(modelDir, SECTIONS_FOLDER);
  const texts = new Map<string, string>();
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.toLowerCase().endsWith('.md')).sort();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? String(err);
    if (code !== 'ENOENT' && code !== 'ENOTDIR') problems.push(CLI_TEXT.unreadable(path.relative(cwd, dir), code));
    return texts;
  }
  for (const name of names) {
    try {
      texts.set(name.slice(0, -'.md'.length), await readFile(path.join(dir, name), 'utf8'));
    } catch (err) {
      problems.push(CLI_TEXT.unreadable(path.relative(cwd, path.join(dir, name)), (err as NodeJS.ErrnoException).code ?? String(err)));
    }
  }
  return texts;
}

const figuresOf = (outline: DocumentOutline): Extract<Block, { kind: 'figure' }>[] =>
  outline.chapters.flatMap((c) => c.blocks.filter((b): b is Extract<Block, { kind: 'figure' }> => b.kind === 'figure'));

interface DrawnFigure {
  readonly layout: FigureLayout;
  readonly svg: string;
  readonly png: DocxPicture | undefined;
}

/** Every map of the document drawn by the renderers side by side; a map that fails is said, and undefined. */
async function drawFigures(
  ws: PpbWorkspace,
  figures: readonly Extract<Block, { kind: 'figure' }>[],
  renderers: readonly DiagramRenderer[],
  format: DocumentFormat,
  say: Say,
): Promise<Map<string, DrawnFigure> | undefined> {
  const catalog = ws.diagrams();
  const queue = [...figures];
  const drawn = new Map<string, DrawnFigure>();
  let failed = false;
  const work = async (r: DiagramRenderer): Promise<void> => {
    for (let f = queue.shift(); f; f = queue.shift()) {
      const diagram = catalog.get(f.diagramId);
      const name = diagram?.exportName ?? f.diagramId;
      try {
        if (!diagram) throw new Error(f.diagramId);
        // Untitled: the caption above the map names it. Flat: a PDF would draw each shadow as a picture.
        const svg = await r.svg(toMermaid(diagram, { title: false }), elementId(name), { flat: true });
        const layout = figureLayout(svg.width, svg.height, f.caption);
        let png: DocxPicture | undefined;
        if (format === 'docx') {
          const mmPerPx = layout.widthMm / svg.width;
          const picture = await r.png(svg, Math.max(1, (DOCX_DPI * DPI_MARGIN * mmPerPx) / 25.4));
          png = {
            png: picture.png,
            pixelWidth: Math.round(svg.width * picture.scale),
            pixelHeight: Math.round(svg.height * picture.scale),
            layout,
          };
        }
        drawn.set(f.diagramId, { layout, svg: svg.svg, png });
        say(`[${drawn.size}/${figures.length}] ${name}`);
        if (layout.pt < MIN_PT) say(CLI_TEXT.smallPrint(name, layout.pt));
      } catch (err) {
        failed = true;
        say(CLI_TEXT.mapFailed(name, err instanceof Error ? err.message : String(err)));
      }
    }
  };
  await Promise.all(renderers.map(work));
  return failed ? undefined : drawn;
}

/**
 * `ppb dokumen`: the Peta Proses Bisnis document of one model, as .docx or .pdf, written whole.
 * Exit code: 0 written; 1 the model has errors (listed; no document unless `draft`), a YAML
 * syntax error, or a map that could not be drawn; 2 a usage or I/O problem, the file exists
 * without `force`, no browser.
 */
export async function runDokumen(o: DokumenOptions): Promise<number> {
  const started = Date.now();
  const say: Say = (t) => o.say(typeof t === 'string' ? t : pick(t, o.lang));
  const format = documentFormat(o.out);
  if (!format) {
    say(CLI_TEXT.badDocumentName(o.out));
    return 2;
  }
  const out = path.resolve(o.cwd, o.out);
  if (!o.force && existsSync(out)) {
    say(CLI_TEXT.exists([o.out]));
    return 2;
  }
  const ws = await openModel(o.path, o.cwd, o.lang, say);
  if (typeof ws === 'number') return ws;
  const modelPath = path.resolve(o.cwd, o.path);
  const modelDir = await modelFolder(modelPath);
  const problems: Localized[] = [];
  const texts = await sectionTexts(modelDir, problems, o.cwd);
  if (problems.length > 0) {
    problems.forEach(say);
    return 2;
  }
  const { outline, warnings } = ws.document(texts, o.draft);
  warnings.forEach(say);
  const errors = diagnosticRecords(ws, o.cwd, o.lang)
    .filter((r) => r.severity === 'error')
    .sort(byPlace)
    .map(recordLine);
  let logo: Logo | undefined;
  if (outline.cover.logo) {
    const read = await modelLogo(outline.cover.logo, modelPath, o.cwd, o.lang);
    if ('error' in read) errors.push(read.error);
    else logo = read;
  }
  if (errors.length > 0) {
    errors.forEach(say);
    const count = errorCount(ws) + (outline.cover.logo && !logo ? 1 : 0);
    if (!o.draft) {
      say(CLI_TEXT.documentRefused(count));
      return 1;
    }
    say(CLI_TEXT.draftWithErrors(count));
  }
  const figures = figuresOf(outline);
  const opened = await startRenderers(o.chromePath, o.bundlePath, workerCount(figures.length, format === 'docx' ? 'png' : 'svg'), say);
  if (typeof opened === 'number') return opened;
  try {
    const drawn = await drawFigures(ws, figures, opened.renderers, format, say);
    if (!drawn) {
      say(CLI_TEXT.documentIncomplete);
      return 1;
    }
    say(CLI_TEXT.writingDocument(path.basename(out)));
    let bytes: Uint8Array;
    let pages: number | undefined;
    if (format === 'pdf') {
      const printed = await pdfDocument(
        outline,
        new Map(
          [...drawn].map(([id, f]) => [
            id,
            { layout: f.layout, src: `data:image/svg+xml;base64,${Buffer.from(f.svg).toString('base64')}` },
          ]),
        ),
        logo && `data:image/${logo.type === 'png' ? 'png' : 'jpeg'};base64,${Buffer.from(logo.data).toString('base64')}`,
        opened.browser,
      );
      bytes = printed.pdf;
      pages = printed.pages;
    } else {
      const pictures = new Map<string, DocxPicture>();
      for (const [id, f] of drawn) if (f.png) pictures.set(id, f.png);
      bytes = await docxDocument(outline, pictures, logo);
    }
    try {
      await mkdir(path.dirname(out), { recursive: true });
      await writeFileAtomic(out, bytes, o.force);
    } catch (err) {
      say(CLI_TEXT.writeFailed(o.out, (err as NodeJS.ErrnoException).code ?? String(err)));
      return 2;
    }
    say(CLI_TEXT.documentWritten(o.out, figures.length, pages, (Date.now() - started) / 1000));
    return 0;
  } finally {
    await opened.browser.close();
  }
}
