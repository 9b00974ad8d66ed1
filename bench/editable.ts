import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { folderMb, SIXTY_MAPS, timed } from './documents';
import { REPO } from './processes';
import { median } from './stats';
import type { BenchFolders } from './workspaces';

/**
 * The editable exports beside the SVG export of the same maps: the picture a user has today,
 * drawn by the same Chromium; draw.io and BPMN add only the writing of shapes to that drawing.
 */
export interface EditableCase {
  readonly name: string;
  /** Every map (draw.io) and the cross-functional ones (BPMN). */
  readonly maps: number;
  readonly cfms: number;
  readonly runs: number;
  readonly svgMs: number;
  readonly drawioMs: number;
  /** `--single-file`: every map a page of one file. */
  readonly singleFileMs: number;
  /** `--format svg` of the cross-functional maps only: what BPMN compares with. */
  readonly cfmSvgMs: number;
  readonly bpmnMs: number;
  readonly drawioMb: number;
  readonly bpmnMb: number;
}

/** The five exports of one model, in turns (svg, drawio, one file, svg of the CFMs, bpmn), medians. */
async function editableCase(name: string, folder: string, runs: number): Promise<EditableCase> {
  const out = mkdtempSync(path.join(os.tmpdir(), 'ppb-bench-editable-'));
  const times = { svg: [] as number[], drawio: [] as number[], single: [] as number[], cfmSvg: [] as number[], bpmn: [] as number[] };
  try {
    await timed(['export', folder, '--out', path.join(out, 'mmd'), '--format', 'mmd']);
    const names = readdirSync(path.join(out, 'mmd')).map((f) => f.replace(/\.mmd$/, ''));
    const cfms = names.filter((n) => n.includes('.CFM.'));
    const cfmArgs = cfms.flatMap((m) => ['--map', m]);
    for (let i = 0; i < runs; i++) {
      const to = (what: string): string[] => ['--out', path.join(out, `${what}-${i}`)];
      times.svg.push(await timed(['export', folder, ...to('svg'), '--format', 'svg']));
      times.drawio.push(await timed(['export', folder, ...to('drawio'), '--format', 'drawio']));
      times.single.push(await timed(['export', folder, ...to('single'), '--format', 'drawio', '--single-file']));
      times.cfmSvg.push(await timed(['export', folder, ...to('cfm-svg'), '--format', 'svg', ...cfmArgs]));
      times.bpmn.push(await timed(['export', folder, ...to('bpmn'), '--format', 'bpmn']));
    }
    return {
      name,
      maps: names.length,
      cfms: cfms.length,
      runs,
      svgMs: median(times.svg),
      drawioMs: median(times.drawio),
      singleFileMs: median(times.single),
      cfmSvgMs: median(times.cfmSvg),
      bpmnMs: median(times.bpmn),
      drawioMb: folderMb(path.join(out, 'drawio-0')),
      bpmnMb: folderMb(path.join(out, 'bpmn-0')),
    };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** Klambu (30 maps, 22 cross-functional) and the generated model of 60 cross-functional maps. */
export async function editableBench(folders: BenchFolders, quick: boolean): Promise<EditableCase[]> {
  const runs = quick ? 1 : 3;
  return [
    await editableCase('Klambu', path.join(REPO, 'samples/klambu'), runs),
    await editableCase('generated, 60 CFMs', folders.workspace(SIXTY_MAPS), runs),
  ];
}
