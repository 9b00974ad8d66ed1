import type { Diagram, DiagramSummary } from '../../protocol/diagram';
import { codeKey, mapParentKey, parseCode } from '../code-grammar';
import type { Span } from '../diagnostic';
import type { MapDecl, ProcessDecl } from '../model';
import type { ModelIndex } from '../model-index';
import { cfmDiagram, cfmSummary } from './cfm';
import { uniqueExportNames } from './export-name';
import { LEVEL0_ID, level0Diagram, level0Summary } from './level0';
import { level1Diagram, level1Summary } from './level1';
import { exportPrefix, safeId } from './names';
import { RELASI_ID, relasiDiagram, relasiSummary } from './relasi';

/** Where the cursor stands in the diagrams: the map around it and the node it belongs to. */
export interface DiagramFocus {
  readonly diagramId: string;
  readonly nodeId?: string;
}

const inside = (span: Span, uri: string, offset: number): boolean => span.uri === uri && span.start <= offset && offset <= span.end;

/**
 * Every diagram of a model: Level 0, the Peta Relasi, a Level map for each process that has
 * sub-processes, and each cross-functional map. Diagrams are built when asked for, and kept
 * for this model (a new model, after any change, builds them anew).
 */
export class DiagramCatalog {
  private readonly levelOf = new Map<string, ProcessDecl>(); // code key -> process with children
  private readonly processOf = new Map<string, ProcessDecl>();
  private readonly mapOf = new Map<string, MapDecl>();
  private readonly mapsUnder = new Map<string, MapDecl[]>();
  private readonly built = new Map<string, Diagram<Span>>();
  private summaries: DiagramSummary<Span>[] | undefined;

  constructor(private readonly model: ModelIndex) {
    for (const p of model.processes) {
      const k = p.kode.key;
      if (!this.processOf.has(k)) this.processOf.set(k, p);
      if (p.children.length > 0 && !this.levelOf.has(k)) this.levelOf.set(k, p);
    }
    for (const m of model.maps) {
      const k = m.kode.key;
      if (this.mapOf.has(k)) continue;
      this.mapOf.set(k, m);
      const parent = mapParentKey(parseCode(m.kode.value));
      if (parent !== undefined) this.mapsUnder.set(parent, [...(this.mapsUnder.get(parent) ?? []), m]);
    }
  }

  /** The diagram a code opens: a map, a process's Level map, else the first map under it. */
  readonly opensFor = (code: string): string | undefined => {
    const k = codeKey(code);
    return this.mapOf.get(k)?.kode.value ?? this.levelOf.get(k)?.kode.value ?? this.mapsUnder.get(k)?.[0]?.kode.value;
  };

  /** The diagram that shows a process as a box: its parent's Level map, or Level 0. */
  private shownIn(p: ProcessDecl): string {
    return p.parent ? p.parent.kode.value : LEVEL0_ID;
  }

  private parentOfMap(m: MapDecl): string {
    const parentKey = mapParentKey(parseCode(m.kode.value));
    const p = parentKey === undefined ? undefined : this.processOf.get(parentKey);
    if (!p) return LEVEL0_ID;
    return this.levelOf.has(p.kode.key) ? p.kode.value : this.shownIn(p);
  }

  /** What every export name of this model begins with: the instansi's code (`KECKLB`), or `PPB`. */
  get exportPrefix(): string {
    return exportPrefix(this.model);
  }

  list(): readonly DiagramSummary<Span>[] {
    if (this.summaries) return this.summaries;
    const out: DiagramSummary<Span>[] = [];
    if (this.model.processes.length > 0) out.push(level0Summary(this.model), relasiSummary(this.model));
    for (const p of this.levelOf.values()) out.push(level1Summary(p, this.shownIn(p)));
    for (const m of this.mapOf.values()) out.push(cfmSummary(m, this.parentOfMap(m)));
    const names = uniqueExportNames(out.map((d) => d.exportName));
    this.summaries = out.map((d, i) => ({ ...d, exportName: names[i] ?? d.exportName }));
    return this.summaries;
  }

  get(id: string): Diagram<Span> | undefined {
    const cached = this.built.get(id);
    if (cached) return cached;
    let d: Diagram<Span> | undefined;
    if (id === LEVEL0_ID) d = this.model.processes.length > 0 ? level0Diagram(this.model, this.opensFor) : undefined;
    else if (id === RELASI_ID) d = this.model.processes.length > 0 ? relasiDiagram(this.model, this.opensFor) : undefined;
    else {
      const k = codeKey(id);
      const map = this.mapOf.get(k);
      const level = this.levelOf.get(k);
      if (map) d = cfmDiagram(this.model, map, this.parentOfMap(map), this.opensFor);
      else if (level) d = level1Diagram(this.model, level, this.shownIn(level), this.opensFor);
    }
    if (!d) return undefined;
    // Named as in the list: the file names of every export follow one rule.
    const exportName = this.list().find((s) => s.id === id)?.exportName ?? d.exportName;
    d = { ...d, exportName };
    this.built.set(id, d);
    return d;
  }

  /** The map around a position, and the node there: a step, a process box, a unit. */
  focusAt(uri: string, offset: number): DiagramFocus | undefined {
    for (const m of this.mapOf.values()) {
      if (!inside(m.extent, uri, offset)) continue;
      const i = m.steps.findIndex((s) => inside(s.extent, uri, offset));
      return { diagramId: m.kode.value, ...(i >= 0 ? { nodeId: `s${i}` } : {}) };
    }
    let deepest: ProcessDecl | undefined;
    for (const p of this.processOf.values()) {
      if (inside(p.extent, uri, offset) && (!deepest || p.level > deepest.level)) deepest = p;
    }
    if (deepest) return { diagramId: this.shownIn(deepest), nodeId: safeId('p', deepest.kode.value) };
    const party = this.model.partyList.find((p) => inside(p.extent, uri, offset));
    if (party) {
      // The Peta Relasi draws a party once per process it takes part in: the first stands for all.
      const shown = this.get(RELASI_ID)?.nodes.find((n) => n.source?.uri === party.id.span.uri && n.source.start === party.id.span.start);
      return { diagramId: RELASI_ID, ...(shown ? { nodeId: shown.id } : {}) };
    }
    return this.model.processes.length > 0 ? { diagramId: LEVEL0_ID } : undefined;
  }
}
