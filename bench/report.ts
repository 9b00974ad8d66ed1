import type { ColdResult } from './cold';
import type { DocumentCase, SopCase } from './documents';
import type { EditableCase } from './editable';
import type { EditResult, FeatureLatency } from './edits';
import type { PreviewCase } from './preview';
import type { SideBySide } from './side-by-side';

export interface BenchResults {
  readonly machine: {
    readonly node: string;
    readonly cpus: number;
    readonly cpuModel: string;
    readonly loadAtStart: readonly number[];
    readonly loadAtEnd: readonly number[];
    readonly memoryGb: number;
  };
  readonly quick: boolean;
  readonly date: string;
  readonly cold: readonly ColdResult[];
  readonly edits: EditResult | undefined;
  readonly sideBySide: SideBySide | undefined;
  readonly preview: readonly PreviewCase[] | undefined;
  readonly documents: readonly DocumentCase[] | undefined;
  readonly sops?: readonly SopCase[] | undefined;
  readonly editable?: readonly EditableCase[] | undefined;
  readonly targets: readonly Target[];
}

export interface Target {
  readonly what: string;
  readonly limit: string;
  readonly measured: string;
  readonly met: boolean | undefined;
}

const ms = (n: number | undefined): string =>
  n === undefined || Number.isNaN(n) ? '-' : n >= 1000 ? `${(n / 1000).toFixed(2)} s` : `${n.toFixed(1)} ms`;
const mb = (n: number | undefined): string => (n === undefined ? '-' : `${n.toFixed(0)} MB`);

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** How cost grows: each size's time per map against the smallest size's (1.00 = linear). */
export function growth(cold: readonly ColdResult[], of: (c: ColdResult) => number | undefined): number[] {
  const first = cold[0];
  const base = first ? of(first) : undefined;
  if (!first || base === undefined) return [];
  return cold.map((c) => (of(c) ?? Number.NaN) / c.maps / (base / first.maps));
}

const feature = (f: FeatureLatency | 'not served'): string[] =>
  f === 'not served' ? ['not served', '-', '-'] : [ms(f.p50), ms(f.p95), `${f.answered}/${f.count}`];

/** The targets of issue 7, judged on these results; undefined: not measured in this run. */
export function judge(r: Omit<BenchResults, 'targets'>): Target[] {
  const at = (maps: number): ColdResult | undefined => r.cold.find((c) => c.maps === maps);
  const out: Target[] = [];
  const e = r.edits;
  out.push({
    what: 'edit → diagnostics p95, 500 maps',
    limit: '≤ 50 ms',
    measured: ms(e?.edit.p95),
    met: e ? e.edit.p95 <= 50 : undefined,
  });
  for (const name of ['hover', 'completion', 'definition'] as const) {
    const f = e?.[name];
    out.push({
      what: `${name} p95, 500 maps`,
      limit: '≤ 20 ms',
      measured: f === undefined ? '-' : f === 'not served' ? 'not served' : ms(f.p95),
      met: f === undefined || f === 'not served' ? undefined : f.p95 <= 20,
    });
  }
  const c500 = at(500);
  out.push({
    what: 'cold check of 500 maps (CLI; server)',
    limit: '≤ 3 s',
    measured: c500 ? `${ms(c500.cliMs)}; ${ms(c500.serverMs)}` : '-',
    met: c500 ? c500.cliMs <= 3000 && c500.serverMs <= 3000 : undefined,
  });
  const c4000 = at(4000);
  out.push({
    what: 'server peak memory, 4,000 maps',
    limit: '≤ 300 MB',
    measured: mb(c4000?.serverPeakMb),
    met: c4000?.serverPeakMb === undefined ? undefined : c4000.serverPeakMb <= 300,
  });
  const g = [...growth(r.cold, (c) => c.cliMs), ...growth(r.cold, (c) => c.serverMs)];
  // Linear: time per map at the largest size no more than 1.25 times that at 500 maps.
  out.push({
    what: 'cost grows no worse than linearly (time per map vs 500 maps)',
    limit: '≤ 1.25',
    measured: g.length > 1 ? Math.max(...g).toFixed(2) : '-',
    met: g.length > 1 ? Math.max(...g) <= 1.25 : undefined,
  });
  const s = r.sideBySide;
  out.push({
    what: 'ours / yaml-language-server, edit → diagnostics, ~20,000-line file',
    limit: '≤ 0.5',
    measured: s ? s.ratio.toFixed(2) : '-',
    met: s ? s.ratio <= 0.5 : undefined,
  });
  for (const p of r.preview ?? [])
    out.push({ what: `preview / Mermaid's render, ${p.name}`, limit: '≤ 1.2', measured: p.ratio.toFixed(2), met: p.ratio <= 1.2 });
  for (const [verb, cases] of [
    ['dokumen', r.documents],
    ['sop', r.sops],
  ] as const)
    for (const d of cases ?? [])
      for (const [format, time] of [
        ['pdf', d.pdfMs],
        ['docx', d.docxMs],
      ] as const) {
        const ratio = time / d.pngMs;
        out.push({
          what: `ppb ${verb} ${format} / ppb export png, ${d.name}`,
          limit: '≤ 1.3',
          measured: ratio.toFixed(2),
          met: ratio <= 1.3,
        });
      }
  for (const e of r.editable ?? [])
    for (const [what, ratio] of [
      ['drawio / svg', e.drawioMs / e.svgMs],
      ['bpmn / svg of the same maps', e.bpmnMs / e.cfmSvgMs],
    ] as const)
      out.push({ what: `ppb export ${what}, ${e.name}`, limit: '≤ 1.2', measured: ratio.toFixed(2), met: ratio <= 1.2 });
  return out;
}

export function render(r: BenchResults): string {
  const parts: string[] = [];
  const m = r.machine;
  parts.push(
    `PPB bench ${r.quick ? '(quick) ' : ''}${r.date}: node ${m.node}, ${m.cpus} × ${m.cpuModel}, ${m.memoryGb.toFixed(0)} GB; load average ${m.loadAtStart.map((l) => l.toFixed(1)).join(' ')} at start, ${m.loadAtEnd.map((l) => l.toFixed(1)).join(' ')} at end`,
  );
  if (r.cold.length > 0) {
    const cli = growth(r.cold, (c) => c.cliMs);
    const srv = growth(r.cold, (c) => c.serverMs);
    parts.push(`\nCold check of a whole workspace (median of ${r.cold[0]?.runs ?? 0} runs; server: spawn to the last file's diagnostics)`);
    parts.push(
      table(
        ['maps', 'files', 'CLI', 'server', 'server peak RSS', 'CLI per map vs 500', 'server per map vs 500'],
        r.cold.map((c, i) => [
          String(c.maps),
          String(c.files),
          ms(c.cliMs),
          ms(c.serverMs),
          mb(c.serverPeakMb),
          (cli[i] ?? Number.NaN).toFixed(2),
          (srv[i] ?? Number.NaN).toFixed(2),
        ]),
      ),
    );
  }
  if (r.edits) {
    const e = r.edits;
    parts.push(`\nIn the ${e.maps}-map workspace, one map file open`);
    parts.push(
      table(
        ['', 'p50', 'p95', 'answered'],
        [
          ['edit → diagnostics', ms(e.edit.p50), ms(e.edit.p95), `${e.edit.count} edits`],
          ['hover', ...feature(e.hover)],
          ['completion', ...feature(e.completion)],
          ['definition', ...feature(e.definition)],
        ],
      ),
    );
  }
  if (r.sideBySide) {
    const s = r.sideBySide;
    parts.push(
      `\nSide by side: edit → diagnostics on one ${s.lines}-line file, median of ${s.edits} edits (yaml-language-server ${s.yamlLsVersion} with our schema)`,
    );
    parts.push(
      table(
        ['', 'median'],
        [
          ['ours', ms(s.oursMs)],
          ['yaml-language-server, as seen (incl. its 200 ms debounce)', ms(s.yamlLsMs)],
          ['yaml-language-server, its work (less the debounce)', ms(s.yamlLsWorkMs)],
          ['ratio ours / its work', s.ratio.toFixed(2)],
          ['ratio ours / as seen', s.ratioAsSeen.toFixed(2)],
        ],
      ),
    );
  }
  if (r.preview && r.preview.length > 0) {
    parts.push("\nPreview: model to drawing in headless Chromium (median), against Mermaid's own render of the same text");
    parts.push(
      table(
        ['', 'nodes', 'layout', 'runs', 'server', 'page', 'of it Mermaid', 'ours total', 'mermaid.render', 'ratio'],
        r.preview.map((p) => [
          p.name,
          String(p.nodes),
          p.layout,
          String(p.runs),
          ms(p.serverMs),
          ms(p.pageMs),
          ms(p.pageMermaidMs),
          ms(p.oursMs),
          ms(p.mermaidMs),
          p.ratio.toFixed(2),
        ]),
      ),
    );
  }
  parts.push(...documentTable('The document (ppb dokumen)', 'dokumen', r.documents));
  parts.push(...documentTable('The SOP AP documents (ppb sop, one per map)', 'sop', r.sops));
  if (r.editable && r.editable.length > 0) {
    parts.push('\nThe editable exports beside ppb export --format svg of the same maps, spawn to exit (median, in turns)');
    parts.push(
      table(
        ['', 'maps', 'runs', 'svg', 'drawio', 'ratio', 'one file', 'CFMs', 'svg', 'bpmn', 'ratio', 'drawio size', 'bpmn size'],
        r.editable.map((e) => [
          e.name,
          String(e.maps),
          String(e.runs),
          ms(e.svgMs),
          ms(e.drawioMs),
          (e.drawioMs / e.svgMs).toFixed(2),
          ms(e.singleFileMs),
          String(e.cfms),
          ms(e.cfmSvgMs),
          ms(e.bpmnMs),
          (e.bpmnMs / e.cfmSvgMs).toFixed(2),
          `${e.drawioMb.toFixed(1)} MB`,
          `${e.bpmnMb.toFixed(1)} MB`,
        ]),
      ),
    );
  }
  parts.push('\nTargets');
  parts.push(
    table(
      ['target', 'limit', 'measured', ''],
      r.targets.map((t) => [t.what, t.limit, t.measured, t.met === undefined ? 'not measured' : t.met ? 'met' : 'MISSED']),
    ),
  );
  return parts.join('\n');
}

/** A document verb's rows beside the PNG export of the same maps; nothing when not measured. */
function documentTable(title: string, verb: string, cases: readonly DocumentCase[] | undefined): string[] {
  if (!cases || cases.length === 0) return [];
  return [
    `\n${title} beside ppb export --format png of the same maps, spawn to exit (median, in turns)`,
    table(
      ['', 'maps', 'runs', 'export png', `${verb} pdf`, 'ratio', `${verb} docx`, 'ratio', 'pdf size', 'docx size'],
      cases.map((d) => [
        d.name,
        String(d.maps),
        String(d.runs),
        ms(d.pngMs),
        ms(d.pdfMs),
        (d.pdfMs / d.pngMs).toFixed(2),
        ms(d.docxMs),
        (d.docxMs / d.pngMs).toFixed(2),
        `${d.pdfMb.toFixed(1)} MB`,
        `${d.docxMb.toFixed(1)} MB`,
      ]),
    ),
  ];
}
