import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DiagramSummary } from '../protocol/diagram';
import { PpbWorkspace, codeKey, nearest, pick, positionAt, toMermaid, type DiagramCatalog, type Lang, type Localized } from '../service';
import { BROWSER_CANDIDATES, findBrowser } from './browser';
import { exportFiles } from './file-name';
import { loadModel, modelsOf } from './load-model';
import { CLI_TEXT } from './messages';
import { ExportBrowser, type DiagramRenderer } from './renderer';
import { writeFileAtomic } from './write-file';

export const EXPORT_FORMATS = ['svg', 'png', 'mmd'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const isExportFormat = (v: string): v is ExportFormat => (EXPORT_FORMATS as readonly string[]).includes(v);

export const MAX_SCALE = 8;

export interface ExportOptions {
  /** The model's folder (or one file). */
  readonly path: string;
  readonly out: string;
  readonly format: ExportFormat;
  /** Only these maps (`--map`, repeatable): a code, `L0`, `relasi` or an export name. */
  readonly maps: readonly string[];
  readonly force: boolean;
  /** PNG pixels per CSS pixel. */
  readonly scale: number;
  readonly lang: Lang;
  readonly cwd: string;
  readonly chromePath: string | undefined;
  /** `dist/media/export.js`: the page that draws, the same code as the preview's. */
  readonly bundlePath: string;
  /** Progress, warnings and errors, a line each (stderr). */
  readonly say: (line: string) => void;
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

/** A YAML syntax error makes a file's part of the model unknown: refuse, naming where. */
function syntaxErrors(ws: PpbWorkspace, cwd: string, lang: Lang): string[] {
  const out: string[] = [];
  for (const uri of ws.uris()) {
    const parsed = ws.parsed(uri);
    for (const d of parsed?.syntaxErrors ?? []) {
      if (!parsed) continue;
      const at = positionAt(parsed, d.start);
      const where = `${path.relative(cwd, fileURLToPath(uri))}:${at.line + 1}:${at.character + 1}`;
      out.push(pick(CLI_TEXT.syntaxRefused(where, pick(d.message, lang)), lang));
    }
  }
  return out;
}

function errorCount(ws: PpbWorkspace): number {
  let n = 0;
  for (const list of ws.diagnostics().values()) n += list.filter((d) => d.severity === 'error').length;
  return n;
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

/** Mermaid text to a file's bytes. */
type Drawer = (mermaidText: string, elementId: string) => Promise<Drawn>;

/** SVG, or PNG at `scale` (with the density that gives its real size in documents). */
function pictureDrawer(r: DiagramRenderer, scale: number | undefined, lang: Lang): Drawer {
  return async (text, id) => {
    const svg = await r.svg(text, id);
    if (scale === undefined) return { data: svg.svg };
    const png = await r.png(svg, scale);
    return { data: png.png, ...(png.scale < scale ? { note: pick(CLI_TEXT.smallerScale(png.scale), lang) } : {}) };
  };
}

/**
 * Renderers working at once: one per processor, at most four (each holds Mermaid in memory),
 * and only as many as pay for their start (about as long as drawing ten SVGs or three PNGs).
 */
function workerCount(maps: number, format: ExportFormat): number {
  const perWorker = format === 'png' ? 3 : 10;
  return Math.max(1, Math.min(availableParallelism(), 4, Math.ceil(maps / perWorker)));
}

/** An id for Mermaid (it scopes the SVG's styles), from the file name: stable across runs. */
const elementId = (file: string): string =>
  `ppb-${path
    .basename(file)
    .replace(/\.[a-z]+$/, '')
    .replace(/[^A-Za-z0-9-]/g, '-')}`;

interface Job {
  readonly summary: Summary;
  readonly file: string;
}

type Say = (text: Localized | string) => void;

/**
 * What to write: the model read (refused on a YAML syntax error), the maps chosen, their files
 * (none of which may exist without `--force`). A number is the exit code of a refusal.
 */
async function plan(o: ExportOptions, say: Say): Promise<{ catalog: DiagramCatalog; jobs: Job[] } | number> {
  const problems: Localized[] = [];
  const ws = new PpbWorkspace();
  await loadModel(ws, (await modelsOf([o.path], problems, o.cwd)).flat(), problems, o.cwd);
  if (problems.length > 0) {
    problems.forEach(say);
    return 2;
  }
  const broken = syntaxErrors(ws, o.cwd, o.lang);
  if (broken.length > 0) {
    broken.forEach(say);
    return 1;
  }
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
  const maps = o.maps.length === 0 ? all : [...new Set(o.maps.map((m) => pickMap(all, m)))].filter((d) => d !== undefined);
  if (maps.length === 0) {
    say(CLI_TEXT.noMaps);
    return 0;
  }
  const files = exportFiles(
    path.resolve(o.cwd, o.out),
    maps.map((d) => d.exportName),
    o.format,
  );
  const there = o.force ? [] : existing(files, o.cwd);
  if (there.length > 0) {
    say(CLI_TEXT.exists(there));
    return 2;
  }
  return { catalog, jobs: maps.map((summary, i) => ({ summary, file: files[i] ?? '' })) };
}

/** Drawers for the format: plain text for mmd; renderers in headless Chromium for pictures. */
async function drawersFor(o: ExportOptions, jobs: number, say: Say): Promise<{ drawers: Drawer[]; browser?: ExportBrowser } | number> {
  if (o.format === 'mmd') return { drawers: [(text) => Promise.resolve({ data: text })] };
  const found = findBrowser(o.chromePath);
  if (!found.found) {
    say(found.badEnv !== undefined ? CLI_TEXT.badChromePath(found.badEnv) : CLI_TEXT.noBrowser(BROWSER_CANDIDATES[process.platform] ?? []));
    return 2;
  }
  if (!existsSync(o.bundlePath)) {
    say(CLI_TEXT.noBundle(o.bundlePath));
    return 2;
  }
  let browser: ExportBrowser | undefined;
  try {
    browser = await ExportBrowser.launch(found.path, o.bundlePath);
    const b = browser;
    const renderers = await Promise.all(Array.from({ length: workerCount(jobs, o.format) }, () => b.renderer()));
    return { browser, drawers: renderers.map((r) => pictureDrawer(r, o.format === 'png' ? o.scale : undefined, o.lang)) };
  } catch (err) {
    await browser?.close();
    say(CLI_TEXT.browserFailed(found.path, err instanceof Error ? (err.message.split('\n')[0] ?? '') : String(err)));
    return 2;
  }
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
  const work = async (draw: Drawer): Promise<void> => {
    for (let job = jobs.shift(); job; job = jobs.shift()) {
      const name = path.basename(job.file);
      let drawn: Drawn;
      try {
        const diagram = catalog.get(job.summary.id);
        if (!diagram) throw new Error(job.summary.id);
        drawn = await draw(toMermaid(diagram), elementId(job.file));
      } catch (err) {
        failed++;
        say(CLI_TEXT.mapFailed(name, err instanceof Error ? err.message : String(err)));
        continue;
      }
      try {
        await writeFileAtomic(job.file, drawn.data, o.force);
      } catch (err) {
        ioProblem = true;
        say(CLI_TEXT.writeFailed(path.relative(o.cwd, job.file), (err as NodeJS.ErrnoException).code ?? String(err)));
        continue;
      }
      say(`[${++written}/${total}] ${name}${drawn.note ?? ''}`);
    }
  };
  try {
    await mkdir(path.resolve(o.cwd, o.out), { recursive: true });
    await Promise.all(opened.drawers.map(work));
  } catch (err) {
    say(CLI_TEXT.writeFailed(o.out, (err as NodeJS.ErrnoException).code ?? String(err)));
    return 2;
  } finally {
    await opened.browser?.close();
  }
  say(CLI_TEXT.exported(written, total, o.out, (Date.now() - started) / 1000));
  return ioProblem ? 2 : failed > 0 ? 1 : 0;
}
