import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import * as path from 'node:path';
import { codeKey, nearest, pick, type Localized, type SopDocument } from '../../service';
import type { SopSheets } from '../../protocol/sop-sheet';
import { byPlace, diagnosticRecords, recordLine } from '../check';
import { workerCount } from '../export';
import { exportFiles } from '../file-name';
import { CLI_TEXT } from '../messages';
import { errorCount, openModel } from '../open-model';
import type { DiagramRenderer, Printer } from '../renderer';
import { startRenderers, type Renderers, type DrawingRun } from '../start-renderers';
import { writeFileAtomic } from '../write-file';
import { modelLogo, type Logo } from '../document/logo';
import { sopDocx, type FlowPicture } from './sop-docx';
import { sopPrintHtml } from './sop-print';
import { sopPageSvg } from './sop-svg';

export const SOP_FORMATS = ['pdf', 'docx', 'svg'] as const;
export type SopFormat = (typeof SOP_FORMATS)[number];
export const isSopFormat = (v: string): v is SopFormat => (SOP_FORMATS as readonly string[]).includes(v);

export interface SopOptions extends DrawingRun {
  /** The model's folder (or one of its files). */
  readonly path: string;
  /** The folder the files go to. */
  readonly out: string;
  readonly format: SopFormat;
  /** SOP or map codes; empty: every SOP. */
  readonly codes: readonly string[];
  readonly force: boolean;
  /** Write them even when the model has errors, every page marked DRAF. */
  readonly draft: boolean;
}

type Say = (text: Localized | string) => void;
type Sop = { readonly document: SopDocument; readonly sheets: SopSheets };

/** The density of a DOCX page's flow picture: lines sharp when printed. */
const FLOW_DPI = 300;

/** The SOPs `--kode` names: an SOP's code, or a map's code for all of its SOPs (variant spellings match). */
function chosen(all: readonly Sop[], codes: readonly string[], say: Say): Sop[] | number {
  if (codes.length === 0) return [...all];
  const keyOf = (code: string): string => codeKey(code);
  const unknown = codes.filter((c) => !all.some((s) => keyOf(s.sheets.kode) === keyOf(c) || keyOf(s.sheets.map) === keyOf(c)));
  const known = [...new Set(all.flatMap((s) => [s.sheets.kode, s.sheets.map]))];
  for (const c of unknown) say(CLI_TEXT.unknownSop(c, nearest(c, known, 5)));
  if (unknown.length > 0) return 2;
  const wanted = new Set(codes.map(keyOf));
  return all.filter((s) => wanted.has(keyOf(s.sheets.kode)) || wanted.has(keyOf(s.sheets.map)));
}

/** Each SOP's files: one per page as SVG, else one. */
function filesOf(sops: readonly Sop[], dir: string, format: SopFormat): string[][] {
  return sops.map((s) =>
    format === 'svg'
      ? exportFiles(
          dir,
          s.sheets.pages.map((_, i) => `${s.sheets.exportName}-${i + 1}`),
          'svg',
        )
      : exportFiles(dir, [s.sheets.exportName], format),
  );
}

const dataUrl = (logo: Logo): string =>
  `data:image/${logo.type === 'png' ? 'png' : 'jpeg'};base64,${Buffer.from(logo.data).toString('base64')}`;

/** The flow pictures of an SOP's procedure pages, by page index. */
async function flowPictures(sheets: SopSheets, r: DiagramRenderer): Promise<Map<number, FlowPicture>> {
  const pictures = new Map<number, FlowPicture>();
  for (const [i, page] of sheets.pages.entries()) {
    if (!page.flow) continue;
    const px = (mm: number): number => (mm / 25.4) * 96;
    const svg = sopPageSvg({ shapes: page.flow.shapes }, page.flow, { pixels: true });
    const drawn = await r.png({ svg, width: px(page.flow.width), height: px(page.flow.height) }, FLOW_DPI / 96);
    pictures.set(i, { png: drawn.png });
  }
  return pictures;
}

/** What a worker writes with: nothing for SVG, a printer for the PDF, a renderer (the flow's pictures) for the DOCX. */
type Tool =
  | { readonly format: 'svg' }
  | { readonly format: 'pdf'; readonly printer: Printer }
  | { readonly format: 'docx'; readonly renderer: DiagramRenderer };

/** An SOP's files' bytes in the tool's format. */
async function render(sop: Sop, logo: Logo | undefined, tool: Tool): Promise<Uint8Array[]> {
  const { sheets } = sop;
  const url = logo && dataUrl(logo);
  switch (tool.format) {
    case 'svg': {
      const box = { x: 0, y: 0, width: sheets.width, height: sheets.height };
      return sheets.pages.map((p) => Buffer.from(sopPageSvg(p, box, { logo: url })));
    }
    case 'pdf':
      return [await tool.printer.print(sopPrintHtml(sheets, url))];
    case 'docx':
      return [await sopDocx(sheets, sop.document.identity.nomor, await flowPictures(sheets, tool.renderer), logo)];
  }
}

/** The workers' tools: as many as the work is worth, each of its own (a renderer or a printer is one page). */
async function toolsFor(format: SopFormat, opened: Renderers | undefined, workers: number): Promise<Tool[]> {
  if (format === 'svg' || !opened) return [{ format: 'svg' }];
  if (format === 'docx') return opened.renderers.map((renderer) => ({ format, renderer }));
  return Promise.all(Array.from({ length: workers }, async () => ({ format, printer: await opened.browser.printer() })));
}

/**
 * `ppb sop`: the SOP AP documents of one model, one file per SOP (PDF, DOCX) or per page (SVG),
 * each written whole. Exit code: 0 written; 1 the model has errors (listed; nothing written unless
 * `draft`), a YAML syntax error, or an SOP that could not be written; 2 a usage or I/O problem,
 * files that exist without `force`, no browser.
 */
export async function runSop(o: SopOptions): Promise<number> {
  const started = Date.now();
  const say: Say = (t) => o.say(typeof t === 'string' ? t : pick(t, o.lang));
  const ws = await openModel(o.path, o.cwd, o.lang, say);
  if (typeof ws === 'number') return ws;
  const errors = diagnosticRecords(ws, o.cwd, o.lang)
    .filter((r) => r.severity === 'error')
    .sort(byPlace)
    .map(recordLine);
  const all = ws.sops(errors.length > 0);
  const sops = chosen(all, o.codes, say);
  if (typeof sops === 'number') return sops;
  const ref = sops[0]?.document.instansi.logo;
  const read = ref && (await modelLogo(ref, path.resolve(o.cwd, o.path), o.cwd, o.lang));
  if (read && 'error' in read) errors.push(read.error);
  const logo = read && !('error' in read) ? read : undefined;
  if (errors.length > 0) {
    errors.forEach(say);
    const count = errorCount(ws) + (read && 'error' in read ? 1 : 0);
    if (!o.draft) {
      say(CLI_TEXT.sopRefused(count));
      return 1;
    }
    say(CLI_TEXT.sopDraftWithErrors(count));
  }
  if (sops.length === 0) {
    say(CLI_TEXT.noSops);
    return 0;
  }
  const dir = path.resolve(o.cwd, o.out);
  const files = filesOf(sops, dir, o.format);
  const there = o.force
    ? []
    : files
        .flat()
        .filter((f) => existsSync(f))
        .map((f) => path.relative(o.cwd, f) || f);
  if (there.length > 0) {
    say(CLI_TEXT.exists(there));
    return 2;
  }
  try {
    await mkdir(dir, { recursive: true });
  } catch (err) {
    say(CLI_TEXT.writeFailed(o.out, (err as NodeJS.ErrnoException).code ?? String(err)));
    return 2;
  }
  // Only the DOCX draws pictures (the flow); the PDF is printed by the browser alone.
  const workers = workerCount(sops.length, 'png');
  const opened = o.format === 'svg' ? undefined : await startRenderers(o.chromePath, o.bundlePath, o.format === 'docx' ? workers : 0, say);
  if (typeof opened === 'number') return opened;
  const queue = sops.map((sop, i) => ({ sop, files: files[i] ?? [] }));
  let done = 0;
  let failed = false;
  let written = 0;
  const work = async (tool: Tool): Promise<void> => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      const { sop } = job;
      try {
        const bytes = await render(sop, logo, tool);
        for (const [i, file] of job.files.entries()) {
          await writeFileAtomic(file, bytes[i] ?? new Uint8Array(), o.force);
          written++;
        }
        say(`[${++done}/${sops.length}] ${job.files.map((f) => path.relative(o.cwd, f)).join(', ')}`);
      } catch (err) {
        failed = true;
        const code = (err as NodeJS.ErrnoException).code;
        say(CLI_TEXT.sopFailed(sop.sheets.kode, code ?? (err instanceof Error ? err.message : String(err))));
      }
    }
  };
  try {
    await Promise.all((await toolsFor(o.format, opened, workers)).map(work));
  } finally {
    await opened?.browser.close();
  }
  const drafts = sops.filter((s) => s.sheets.draft).length;
  say(CLI_TEXT.sopsWritten(done, drafts, written, path.relative(o.cwd, dir) || '.', (Date.now() - started) / 1000));
  return failed ? 1 : 0;
}
