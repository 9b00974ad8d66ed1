import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import type { Location } from 'vscode-languageserver-protocol';
import { BROWSER_ARGS, findBrowser } from '../server/src/cli/browser';
import type { Diagram } from '../server/src/protocol/diagram';
import { DiagramRequest, type DiagramResult } from '../server/src/protocol/requests';
import { LEVEL0_ID, toMermaid } from '../server/src/service';
import { LspTestClient } from '../test/support/lsp-client';
import { mapCode, type WorkspaceShape } from './generate';
import { fileUri } from './our-server';
import { REPO } from './processes';
import { median, since } from './stats';
import type { BenchFolders } from './workspaces';

export interface PreviewCase {
  readonly name: string;
  readonly nodes: number;
  readonly runs: number;
  /** Median ms: the server's diagram after an edit, plus the preview drawing it. */
  readonly oursMs: number;
  readonly serverMs: number;
  readonly pageMs: number;
  /** Of the page's time, what the preview's call of Mermaid's render took. */
  readonly pageMermaidMs: number;
  /** Median ms of Mermaid's own render of the same text. */
  readonly mermaidMs: number;
  readonly ratio: number;
  readonly layout: string;
}

/** What the page (media/src/bench/preview-page.ts) offers on `globalThis.ppbBench`. */
interface PreviewRun {
  readonly ms: number;
  readonly renderMs: number;
  readonly text: string;
}
interface PreviewBench {
  preview(diagram: Diagram<Location>): Promise<PreviewRun>;
  mermaid(text: string, id: string): Promise<number>;
  settle(): Promise<void>;
}

interface Case {
  readonly name: string;
  readonly shape: WorkspaceShape;
  readonly diagramId: string;
  /** A text in the model's file whose change the diagram shows (its title). */
  readonly title: string;
  /**
   * Runs in a full bench (two in a quick one): more for small maps, whose few milliseconds a
   * median of three leaves to chance; even, so each side draws a new text first as often.
   */
  readonly runs: number;
}

/** Edits and diagram requests that warm the server up before a case is timed. */
const SERVER_WARM_UP = 30;

/** The preview's swimlane limit (media/src/preview/diagram-view.ts): past it, it offers a drawing without lanes. */
const SWIMLANE_LIMIT = 60;

const CASES: readonly Case[] = [
  ...[
    { steps: 10, runs: 16 },
    { steps: 50, runs: 8 },
    { steps: 200, runs: 4 },
  ].map(({ steps, runs }) => ({
    name: `map of ${steps} steps`,
    shape: { processes: 3, subProcesses: 1, mapsPerSub: 1, stepsPerMap: steps },
    diagramId: mapCode(1, 1, 1),
    title: 'nama: Peta lintas fungsi 01.01.01',
    runs,
  })),
  {
    name: 'Level 0 of 60 processes',
    shape: { processes: 60, subProcesses: 1, mapsPerSub: 1, stepsPerMap: 3 },
    diagramId: LEVEL0_ID,
    title: 'nama: Proses bisnis 01',
    runs: 8,
  },
];

async function bundle(): Promise<string> {
  const out = await esbuild.build({
    entryPoints: [path.join(REPO, 'media/src/bench/preview-page.ts')],
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'iife',
    target: 'chrome120',
    minify: true,
    logLevel: 'silent',
  });
  const js = out.outputFiles[0]?.text;
  if (!js) throw new Error('the bench page did not bundle');
  return js;
}

const call = <K extends keyof PreviewBench>(
  page: Page,
  method: K,
  ...args: Parameters<PreviewBench[K]>
): Promise<Awaited<ReturnType<PreviewBench[K]>>> =>
  page.evaluate(([m, a]) => (globalThis as unknown as { ppbBench: Record<string, (...x: unknown[]) => unknown> }).ppbBench[m]?.(...a), [
    method,
    args as unknown[],
  ] as const) as Promise<Awaited<ReturnType<PreviewBench[K]>>>;

/**
 * Model to drawing, as the preview does it: after an edit of the model, the server's diagram
 * (`ppb/diagram`), then the preview's DiagramView in headless Chromium turning it into Mermaid
 * text and a drawing on the page; against Mermaid's `render` of the same text in the same page
 * with the same configuration. Runs alternate between the two; medians of each case's runs
 * after one warm-up each.
 */
export async function previewBench(folders: BenchFolders, quick: boolean): Promise<PreviewCase[]> {
  const found = findBrowser(process.env.CHROME_PATH);
  if (!found.found) throw new Error('the preview bench needs Chromium (apt-get install chromium, or CHROME_PATH)');
  const js = await bundle();
  const css = readFileSync(path.join(REPO, 'media/preview.css'), 'utf8');
  const browser = await chromium.launch({ executablePath: found.path, headless: true, args: [...BROWSER_ARGS] });
  const results: PreviewCase[] = [];
  try {
    for (const c of CASES) {
      const file = folders.singleFile(c.shape);
      const uri = fileUri(file);
      const original = readFileSync(file, 'utf8');
      const server = await LspTestClient.start({ folders: [path.dirname(file)] });
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.setContent('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body></body></html>');
      await page.addStyleTag({ content: css });
      await page.addScriptTag({ content: js });
      try {
        await server.open(uri, original);
        await server.waitFor(uri);
        const server1: number[] = [];
        const page1: number[] = [];
        const render1: number[] = [];
        const floor: number[] = [];
        let nodes = 0;
        let layout = '';
        const runs = quick ? 2 : c.runs;
        // A server in use: one just started compiles its code as it goes, and its first edits
        // take two to four times as long (the warm-up ends before any timing).
        let version = 1;
        // An edit of the title: the server builds the model and the diagram anew.
        const editAndAsk = async (mark: string): Promise<DiagramResult> => {
          await server.change(uri, original.replace(c.title, `${c.title} (${mark})`), ++version);
          return server.connection.sendRequest<DiagramResult>(DiagramRequest.method, { uri, id: c.diagramId });
        };
        for (let i = 0; i < SERVER_WARM_UP; i++) await editAndAsk(`warm-up ${i}`);
        for (let i = 0; i <= runs; i++) {
          const start = performance.now();
          const answer = await editAndAsk(String(i));
          const serverMs = since(start);
          const diagram = answer.diagram;
          if (!diagram) throw new Error(`${c.name}: the server has no diagram ${c.diagramId}`);
          // The text the preview draws: past the swimlane limit, without lanes.
          const text = toMermaid(
            diagram,
            diagram.kind === 'cfm' && diagram.nodes.length > SWIMLANE_LIMIT ? { laneLayout: 'subgraph' } : {},
          );
          // Which one draws a new text first alternates: Mermaid keeps what it measured of labels.
          let mermaidMs = i % 2 === 1 ? await call(page, 'mermaid', text, `floor-${i}`) : 0;
          const run: PreviewRun = await call(page, 'preview', diagram);
          // The page lays out and paints the new drawing after it is timed; not during the next timing.
          await call(page, 'settle');
          if (i % 2 === 0) mermaidMs = await call(page, 'mermaid', text, `floor-${i}`);
          if (run.text !== text) throw new Error(`${c.name}: the preview drew another text than the floor`);
          nodes = diagram.nodes.length;
          layout = /^swimlane/m.test(run.text) ? 'swimlane' : 'flowchart';
          if (i === 0) continue; // warm-up: Mermaid's first drawing loads its fonts and code
          server1.push(serverMs);
          page1.push(run.ms);
          render1.push(run.renderMs);
          floor.push(mermaidMs);
        }
        const serverMs = median(server1);
        const pageMs = median(page1);
        const mermaidMs = median(floor);
        results.push({
          name: c.name,
          nodes,
          runs,
          oursMs: serverMs + pageMs,
          serverMs,
          pageMs,
          pageMermaidMs: median(render1),
          mermaidMs,
          ratio: (serverMs + pageMs) / mermaidMs,
          layout,
        });
      } finally {
        await context.close();
        await server.stop();
      }
    }
  } finally {
    await browser.close();
  }
  return results;
}
