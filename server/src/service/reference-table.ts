import { codeKey, readsAsCode } from './code-grammar';
import type {
  CodeRef,
  FileFragment,
  MapDecl,
  PartyDecl,
  ProcessDecl,
  Procedure,
  Ref,
  RelationDecl,
  SopDecl,
  StepDecl,
  TargetDecl,
} from './model';
import { ROLES, type Role } from './reference-roles';

const ROLE_ORDER = Object.keys(ROLES) as Role[];
const ROLE_INDEX: ReadonlyMap<Role, number> = new Map(ROLE_ORDER.map((r, i) => [r, i]));

/** A step of a map (or of an SOP's own steps): what a step id, its performer or a name of its flow is written in. */
export interface StepPlace {
  /** The map whose lanes the step stands in. */
  readonly map: MapDecl;
  /** The steps it is one of: the map's, or its SOP's own; step ids are known within these. */
  readonly procedure: Procedure;
  readonly step: StepDecl;
}

/** The declaration each role is written in. */
interface Holders {
  readonly unit: PartyDecl;
  readonly stakeholder: PartyDecl;
  readonly parent: PartyDecl;
  readonly performer: ProcessDecl;
  readonly supplier: ProcessDecl;
  readonly customer: ProcessDecl;
  readonly lane: MapDecl;
  readonly stepPerformer: StepPlace;
  readonly relationFrom: RelationDecl;
  readonly relationTo: RelationDecl;
  readonly processCode: ProcessDecl;
  readonly mapCode: MapDecl;
  readonly nextProcess: ProcessDecl;
  readonly linkedMap: StepPlace;
  readonly relationProcess: RelationDecl;
  readonly sopCode: SopDecl;
  readonly sopApprover: SopDecl;
  readonly sopRelated: SopDecl;
  readonly stepId: StepPlace;
  readonly nextStep: StepPlace;
  readonly branch: StepPlace;
  readonly goal: TargetDecl;
  readonly target: TargetDecl;
  readonly processTarget: ProcessDecl;
}

/** One place a unit or party id, a code, a step id or a target code is written. */
export type Reference<R extends Role = Role> = R extends Role
  ? {
      readonly role: R;
      readonly kind: (typeof ROLES)[R]['kind'];
      readonly declares: (typeof ROLES)[R]['declares'];
      /** The name as written, and where. */
      readonly ref: Ref;
      /**
       * What it names, the same in every spelling: a unit, party or target id as written, a
       * code's key (code-grammar.ts), a step id after its map's code key and `#` (step ids are
       * scoped to their map).
       */
      readonly key: string;
      readonly in: Holders[R];
    }
  : never;

/** References of a file, or of the whole model. */
export interface References {
  /** Every reference, in the order written: by offset within a file, files in model order. */
  readonly all: readonly Reference[];
  /** The references in these roles, in the order written. */
  of<R extends Role>(roles: readonly R[]): readonly Reference<R>[];
  /** The references in these roles that name `key`, in the order written. */
  naming<R extends Role>(roles: readonly R[], key: string): readonly Reference<R>[];
}

/** The references of one file fragment, built once with it. */
export class FileReferences implements References {
  /** The same references grouped by role (in the order of ROLE_ORDER), each group in the order written. */
  private readonly grouped: readonly Reference[];
  /** Where each role's group starts in `grouped`, and where the last one ends. */
  private readonly groupStart: Uint32Array;

  constructor(readonly all: readonly Reference[]) {
    // A counting sort: the size of each group, where each starts, then every reference in its place.
    const next = new Uint32Array(ROLE_ORDER.length + 1);
    for (const r of all) {
      const i = (ROLE_INDEX.get(r.role) ?? 0) + 1;
      next[i] = (next[i] ?? 0) + 1;
    }
    for (let i = 1; i < next.length; i++) next[i] = (next[i] ?? 0) + (next[i - 1] ?? 0);
    this.groupStart = next.slice();
    const grouped = new Array<Reference>(all.length);
    for (const r of all) {
      const i = ROLE_INDEX.get(r.role) ?? 0;
      grouped[next[i] ?? 0] = r;
      next[i] = (next[i] ?? 0) + 1;
    }
    this.grouped = grouped;
  }

  of<R extends Role>(roles: readonly R[]): readonly Reference<R>[] {
    const found: Reference<R>[] = [];
    this.collect(roles, undefined, found);
    return found;
  }

  naming<R extends Role>(roles: readonly R[], key: string): readonly Reference<R>[] {
    const found: Reference<R>[] = [];
    this.collect(roles, key, found);
    return found;
  }

  /** Adds the references in these roles (that name `key`, when given) to `into`, in the order written. */
  collect<R extends Role>(roles: readonly R[], key: string | undefined, into: Reference<R>[]): void {
    const from = into.length;
    for (const role of roles) {
      const i = ROLE_INDEX.get(role) ?? 0;
      for (let k = this.groupStart[i] ?? 0; k < (this.groupStart[i + 1] ?? 0); k++) {
        // Each group holds the references of its role only.
        const r = this.grouped[k] as Reference<R>;
        if (key === undefined || r.key === key) into.push(r);
      }
    }
    if (roles.length > 1) into.push(...into.splice(from).sort((a, b) => a.ref.span.start - b.ref.span.start));
  }

  /** What is written at `offset`; a caret touching a name's end counts. */
  at(offset: number): Reference | undefined {
    // The last reference starting at or before the offset: names never overlap.
    let low = 0;
    let high = this.all.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((this.all[mid]?.ref.span.start ?? 0) <= offset) low = mid + 1;
      else high = mid;
    }
    const found = this.all[low - 1];
    return found && offset <= found.ref.span.end ? found : undefined;
  }
}

/** The references of the whole model: its files' tables, joined only when every one is asked for. */
export class ModelReferences implements References {
  private joined: readonly Reference[] | undefined;

  constructor(private readonly files: readonly FileReferences[]) {}

  get all(): readonly Reference[] {
    if (!this.joined) {
      const joined: Reference[] = [];
      for (const file of this.files) for (const r of file.all) joined.push(r);
      this.joined = joined;
    }
    return this.joined;
  }

  of<R extends Role>(roles: readonly R[]): readonly Reference<R>[] {
    const found: Reference<R>[] = [];
    for (const file of this.files) file.collect(roles, undefined, found);
    return found;
  }

  naming<R extends Role>(roles: readonly R[], key: string): readonly Reference<R>[] {
    const found: Reference<R>[] = [];
    for (const file of this.files) file.collect(roles, key, found);
    return found;
  }
}

/** Every place a fragment names a unit or party, a code, a step or a target, sorted by where it stands. */
export function referencesIn(
  fragment: Pick<FileFragment, 'parties' | 'processes' | 'maps' | 'procedures' | 'relations' | 'targets'>,
): FileReferences {
  const out: Reference[] = [];
  const add = <R extends Role>(role: R, ref: Ref | undefined, holder: Holders[R], key = ref?.value): void => {
    if (!ref || key === undefined) return;
    const { kind, declares } = ROLES[role];
    out.push({ role, kind, declares, ref, key, in: holder } as Reference<R>);
  };
  const code = <R extends Role>(role: R, ref: CodeRef | undefined, holder: Holders[R]): void => add(role, ref, holder, ref?.key);

  for (const p of fragment.parties) {
    add(p.kind === 'unit' ? 'unit' : 'stakeholder', p.id, p);
    add('parent', p.induk, p);
  }
  const walk = (p: ProcessDecl): void => {
    code('processCode', p.kode, p);
    for (const r of p.pelaksana) add('performer', r, p);
    for (const r of p.pemasok) add('supplier', r, p);
    for (const r of p.pelanggan) add('customer', r, p);
    for (const r of p.lanjut) code('nextProcess', r, p);
    for (const r of p.sasaran) add('processTarget', r, p);
    p.children.forEach(walk);
  };
  fragment.processes.forEach(walk);
  for (const map of fragment.maps) {
    code('mapCode', map.kode, map);
    for (const r of map.lanes ?? []) add('lane', r, map);
    for (const sop of map.sop) {
      code('sopCode', sop.kode, sop);
      add('sopApprover', sop.disahkanOleh, sop);
      for (const r of sop.keterkaitan) if (readsAsCode(r.value)) code('sopRelated', { ...r, key: codeKey(r.value) }, sop);
    }
  }
  for (const procedure of fragment.procedures) {
    const stepKey = (id: Ref): string => `${procedure.kode.key}#${id.value}`;
    for (const step of procedure.steps) {
      const place = { map: procedure.map, procedure, step };
      if (step.id) add('stepId', step.id, place, stepKey(step.id));
      for (const r of step.pelaksana) add('stepPerformer', r, place);
      for (const r of step.lanjut) add('nextStep', r, place, stepKey(r));
      for (const b of step.cabang) add('branch', b.target, place, stepKey(b.target));
      code('linkedMap', step.peta, place);
    }
  }
  for (const r of fragment.relations) {
    add('relationFrom', r.dari, r);
    add('relationTo', r.ke, r);
    code('relationProcess', r.proses, r);
  }
  for (const t of fragment.targets) add(t.kind === 'tujuan' ? 'goal' : 'target', t.kode, t);
  out.sort((a, b) => a.ref.span.start - b.ref.span.start);
  return new FileReferences(out);
}
