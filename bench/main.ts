// `npm run bench [-- --quick] [-- --only cold,edits,side,preview,dokumen,sop,editable]`: builds, then measures the built
// CLI and server against the targets of docs/PERFORMANCE.md. It reports; it never fails on a
// missed target (a broken run still fails).
import { mkdirSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { coldCheck, type ColdResult } from './cold';
import { documentBench, sopBench, type DocumentCase, type SopCase } from './documents';
import { editableBench, type EditableCase } from './editable';
import { editLatency, type EditResult } from './edits';
import { previewBench, type PreviewCase } from './preview';
import { REPO } from './processes';
import { judge, render, type BenchResults } from './report';
import { sideBySide, type SideBySide } from './side-by-side';
import { BenchFolders } from './workspaces';

const SECTIONS = ['cold', 'edits', 'side', 'preview', 'dokumen', 'sop', 'editable'] as const;
type Section = (typeof SECTIONS)[number];

interface Plan {
  readonly quick: boolean;
  readonly sections: ReadonlySet<Section>;
}

function plan(argv: readonly string[]): Plan {
  const quick = argv.includes('--quick');
  const at = argv.indexOf('--only');
  const only = at >= 0 ? (argv[at + 1] ?? '').split(',') : [...SECTIONS];
  const unknown = only.filter((s) => !(SECTIONS as readonly string[]).includes(s));
  if (unknown.length > 0) throw new Error(`unknown section ${unknown.join(', ')}; the sections are ${SECTIONS.join(', ')}`);
  return { quick, sections: new Set(only as Section[]) };
}

const log = (text: string): void => {
  process.stderr.write(`${text}\n`);
};

async function main(): Promise<void> {
  const p = plan(process.argv.slice(2));
  const loadAtStart = os.loadavg();
  const folders = new BenchFolders();
  const cold: ColdResult[] = [];
  let edits: EditResult | undefined;
  let side: SideBySide | undefined;
  let preview: PreviewCase[] | undefined;
  let documents: DocumentCase[] | undefined;
  let sops: SopCase[] | undefined;
  let editable: EditableCase[] | undefined;
  try {
    if (p.sections.has('cold')) {
      for (const factor of p.quick ? [1, 2] : [1, 2, 4, 8]) {
        log(`cold check at ${factor * 500} maps…`);
        cold.push(await coldCheck(folders, factor, p.quick ? 1 : 3));
      }
    }
    if (p.sections.has('edits')) {
      log('edit → diagnostics and features at 500 maps…');
      edits = await editLatency(folders, p.quick ? 20 : 50, p.quick ? 20 : 50);
    }
    if (p.sections.has('side')) {
      log('side by side with yaml-language-server…');
      side = await sideBySide(folders, p.quick ? 6 : 20);
    }
    if (p.sections.has('preview')) {
      log('preview in Chromium…');
      preview = await previewBench(folders, p.quick);
    }
    if (p.sections.has('dokumen')) {
      log('ppb dokumen beside ppb export --format png…');
      documents = await documentBench(folders, p.quick);
    }
    if (p.sections.has('sop')) {
      log('ppb sop beside ppb export --format png…');
      sops = await sopBench(p.quick);
    }
    if (p.sections.has('editable')) {
      log('ppb export --format drawio and bpmn beside --format svg…');
      editable = await editableBench(folders, p.quick);
    }
  } finally {
    folders.dispose();
  }
  const cpus = os.cpus();
  const partial: Omit<BenchResults, 'targets'> = {
    machine: {
      node: process.version,
      cpus: cpus.length,
      cpuModel: cpus[0]?.model.trim() ?? '?',
      loadAtStart,
      loadAtEnd: os.loadavg(),
      memoryGb: os.totalmem() / 2 ** 30,
    },
    quick: p.quick,
    date: new Date().toISOString(),
    cold,
    edits,
    sideBySide: side,
    preview,
    documents,
    sops,
    editable,
  };
  const results: BenchResults = { ...partial, targets: judge(partial) };
  const out = path.join(REPO, 'bench/results.json');
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(`${render(results)}\n\nWritten to ${path.relative(process.cwd(), out)}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
