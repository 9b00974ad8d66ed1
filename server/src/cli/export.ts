import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import type { Diagram, DiagramSummary } from '../protocol/diagram';
import { formatHolds, type ExportFormat } from '../protocol/export-format';
import { codeKey, drawioDiagram, drawioFile, nearest, pick, toMermaid, type DiagramCatalog, type Lang, type Localized } from '../service';
import { bpmnXml } from './editable/bpmn';
import { exportFiles } from './file-name';
import { CLI_TEXT } from './messages';
import { errorCount, openModel } from './open-model';
import type { DiagramRenderer, ExportBrowser } from './renderer';
import { startRenderers, type DrawingRun } from './start-renderers';
import { writeFileAtomic } from './write-file';

export const MAX_SCALE = 8;

export interface ExportOptions extends DrawingRun {
  /** The model's folder (or one file). */
  readonly path: string;
  readonly out: string;
  readonly format: ExportFormat;
  /** Only these maps (`--map`, repeatable): a code, `L0`, `relasi` or an export name. */
  readonly maps: readonly string[];
  readonly force: boolean;
  /** PNG pixels per CSS pixel. */
  readonly scale: number;
  /** drawio: every map as a page of one file, `<export prefix>.drawio`. */
  readonly singleFile: boolean;
}

type Summary = DiagramSummary<unknown>;

/** The map `--map` names: by id, export name or code (variant spellings of a code match). */
function pickMap<S extends Summary>(list: readonly S[], wanted: string): S | undefined {
  const lower = wanted.toLowerCase();
  const byName = list.find((d) => d.id.toLowerCase() === lower || d.exportName.toLowerCase() === lower);
  if (byName) return byName;
  const key = codeKey(wanted);
  return list.find((d) => d.code !== undefined && codeKey(d.code) === key);
}

/** The existing files among the targets, as the user named them. */
function existing(files: readonly string[], cwd: string): string[] {
  return files.filter((f) => existsSync(f)).map((f) => path.relative(cwd, f) || f);
}

interface Drawn {
  readonly data: string | Uint8Array;
  /** Said after the file's name in the progress line. */
  readonly note?: string;
}

/** A diagram to a file's bytes (or, for one draw.io file of many pages, to its page). */
type Drawer = (diagram: Diagram<unknown>, elementId: string) => Promise<Drawn>;

/** SVG, or PNG at `scale` (with the density that gives its real size in documents). */
function pictureDrawer(r: DiagramRenderer, scale: number | undefined, lang: Lang): Drawer {
  return async (diagram, id) => {
    const svg = await r.svg(toMermaid(diagram), id);
    if (scale === undefined) return { data: svg.svg };
    const png = await r.png(svg, scale);
    return { data: png.png, ...(png.scale < scale ? { note: pick(CLI_TEXT.smallerScale(png.scale), lang) } : {}) };
  };
}

/**
 * draw.io or BPMN: the map drawn as for SVG, then written as shapes at the places the drawing
 * gave them; `page` leaves a draw.io page bare, for a file of many pages.
 */
function editableDrawer(r: DiagramRenderer, format: 'drawio' | 'bpmn', page: boolean): Drawer {
  return async (diagram, id) => {
    const { geometry } = await r.svg(toMermaid(diagram), id, { geometry: true });
    if (!geometry) throw new Error('the export page gave no geometry');
    if (format === 'bpmn') return { data: await bpmnXml(diagram, geometry) };
    const drawn = drawioDiagram(diagram, geometry);
    return { data: page ? drawn : drawioFile([drawn]) };
  };
}

/**
 * Renderers working at once: one per processor, at most four (each holds Mermaid in memory),
 * and only as many as pay for their start (about as long as drawing ten SVGs or three PNGs).
 */
export function workerCount(maps: number, format: ExportFormat): number {
  const perWorker = format === 'png' ? 3 : 10; // svg, drawio and bpmn cost one drawing each
  return Math.max(1, Math.min(availableParallelism(), 4, Math.ceil(maps / perWorker)));
}

/** An id for Mermaid (it scopes the SVG's styles), from the file name: stable across runs. */
export const elementId = (file: string): string =>
  `ppb-${path
    .basename(file)
    .replace(/\.[a-z]+$/, '')
    .replace(/[^A-Za-z0-9-]/g, '-')}`;

interface Job {
  readonly summary: Summary;
  /** Its own file, or the one file of every page (`--single-file`). */
  readonly file: string;
  /** Its place among the maps: a page's place in one file. */
  readonly index: number;
}

type Say = (text: Localized | string) => void;

/**
 * What to write: the model read (refused on a YAML syntax error), the maps chosen, their files
 * (none of which may exist without `--force`). A number is the exit code of a refusal.
 */
async function plan(o: ExportOptions, say: Say): Promise<{ catalog: DiagramCatalog; jobs: Job[] } | number> {
  const ws = await openModel(o.path, o.cwd, o.lang, say);
  if (typeof ws === 'number') return ws;
  const errors = errorCount(ws);
  if (errors > 0) say(CLI_TEXT.modelErrors(errors));
  const catalog = ws.diagrams();
  const all = catalog.list();
  const unknown = o.maps.filter((m) => !pickMap(all, m));
  for (const m of unknown)
    say(
      CLI_TEXT.unknownMap(
        m,
        nearest(
          m,
          all.map((d) => d.exportName),
          5,
        ),
      ),
    );
  if (unknown.length > 0) return 2;
  let maps = o.maps.length === 0 ? all : [...new Set(o.maps.map((m) => pickMap(all, m)))].filter((d) => d !== undefined);
  const notHeld = maps.filter((d) => !formatHolds(o.format, d.kind));
  if (notHeld.length > 0) {
    if (o.maps.length > 0) {
      say(CLI_TEXT.bpmnNotCfm(notHeld.map((d) => d.exportName)));
      return 2;
    }
    say(CLI_TEXT.bpmnLeftOut(notHeld.length));
    maps = maps.filter((d) => formatHolds(o.format, d.kind));
  }
  if (maps.length === 0) {
    say(CLI_TEXT.noMaps);
    return 0;
  }
  const dir = path.resolve(o.cwd, o.out);
  const files = o.singleFile
    ? exportFiles(dir, [catalog.exportPrefix], o.format)
    : exportFiles(
        dir,
        maps.map((d) => d.exportName),
        o.format,
      );
  const there = o.force ? [] : existing(files, o.cwd);
  if (there.length > 0) {
    say(CLI_TEXT.exists(there));
    return 2;
  }
  return { catalog, jobs: maps.map((summary, i) => ({ summary, file: files[o.singleFile ? 0 : i] ?? '', index: i })) };
}

/** Drawers for the format: plain text for mmd; renderers in headless Chromium for pictures. */
async function drawersFor(o: ExportOptions, jobs: number, say: Say): Promise<{ drawers: Drawer[]; browser?: ExportBrowser } | number> {
  if (o.format === 'mmd') return { drawers: [(diagram) => Promise.resolve({ data: toMermaid(diagram) })] };
  const started = await startRenderers(o.chromePath, o.bundlePath, workerCount(jobs, o.format), say);
  if (typeof started === 'number') return started;
  return {
    browser: started.browser,
    drawers: started.renderers.map((r) =>
      o.format === 'drawio' || o.format === 'bpmn'
        ? editableDrawer(r, o.format, o.singleFile)
        : pictureDrawer(r, o.format === 'png' ? o.scale : undefined, o.lang),
    ),
  };
}

/**
 * `ppb export`: every map of one model (or those `--map` names) to a file in `out`, named by
 * its export name, written whole. Returns the exit code: 0 all written, 1 a YAML syntax error
 * or a map that could not be drawn, 2 a usage or I/O problem, existing files without `--force`,
 * no browser.
 */
export async function runExport(o: ExportOptions): Promise<number> {
  const started = Date.now();
  const say: Say = (t) => o.say(typeof t === 'string' ? t : pick(t, o.lang));
  const planned = await plan(o, say);
  if (typeof planned === 'number') return planned;
  const { catalog, jobs } = planned;
  const total = jobs.length;
  const opened = await drawersFor(o, total, say);
  if (typeof opened === 'number') return opened;
  let written = 0;
  let failed = 0;
  let ioProblem = false;
  const write = async (file: string, data: string | Uint8Array): Promise<boolean> => {
    try {
      await writeFileAtomic(file, data, o.force);
      return true;
    } catch (err) {
      ioProblem = true;
      say(CLI_TEXT.writeFailed(path.relative(o.cwd, file), (err as NodeJS.ErrnoException).code ?? String(err)));
      return false;
    }
  };
  /** `--single-file`: each map's page at its place, written together at the end. */
  const pages: (string | undefined)[] = [];
  const work = async (draw: Drawer): Promise<void> => {
    for (let job = jobs.shift(); job; job = jobs.shift()) {
      const name = o.singleFile ? job.summary.exportName : path.basename(job.file);
      let drawn: Drawn;
      try {
        const diagram = catalog.get(job.summary.id);
        if (!diagram) throw new Error(job.summary.id);
        drawn = await draw(diagram, elementId(`${job.summary.exportName}.${o.format}`));
      } catch (err) {
        failed++;
        say(CLI_TEXT.mapFailed(name, err instanceof Error ? err.message : String(err)));
        continue;
      }
      if (o.singleFile) pages[job.index] = String(drawn.data);
      else if (!(await write(job.file, drawn.data))) continue;
      say(`[${++written}/${total}] ${name}${drawn.note ?? ''}`);
    }
  };
  const file = jobs[0]?.file ?? '';
  try {
    await mkdir(path.resolve(o.cwd, o.out), { recursive: true });
    await Promise.all(opened.drawers.map(work));
  } catch (err) {
    say(CLI_TEXT.writeFailed(o.out, (err as NodeJS.ErrnoException).code ?? String(err)));
    return 2;
  } finally {
    await opened.browser?.close();
  }
  const seconds = (Date.now() - started) / 1000;
  if (!o.singleFile) say(CLI_TEXT.exported(written, total, o.out, seconds));
  else if (written > 0 && (await write(file, drawioFile(pages.filter((p) => p !== undefined)))))
    say(CLI_TEXT.pagesExported(written, path.relative(o.cwd, file) || file, seconds));
  return ioProblem ? 2 : failed > 0 ? 1 : 0;
}
