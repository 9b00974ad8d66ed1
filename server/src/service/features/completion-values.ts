import { childNumber, codeKey, mapParentKey, parseCode, writtenHead, type ChildKind } from '../code-grammar';
import { pick, type Lang, type Localized } from '../localized';
import type { ModelIndex } from '../model-index';
import type { PartyKind } from '../model';
import { roleWrittenAt, type Role } from '../reference-roles';
import { enumValues, titleOf, type SchemaNode } from '../schema-navigator';
import { sortKey, type PpbCompletionItem, type PpbCompletionKind } from './completion-item';
import { frameOf, type CursorContext, type Frame } from './cursor-context';
import { nextCode, takenUnder } from './next-code';
import { get, textOf, textsOf, type OItem } from './text-outline';

export interface ValueRequest {
  readonly ctx: CursorContext;
  readonly model: ModelIndex;
  readonly lang: Lang;
  /** How a value is written where the cursor is: alone, as `[v]`, or as `- v`. */
  readonly wrap: (value: string) => string;
}

/** What is offered for a value, by the role of the name written there (reference-roles.ts). */
type Offers = 'party' | 'lane' | 'sibling' | 'target' | 'process' | 'linkedMap' | 'step' | 'newStepId' | 'newCode';

const OFFERS: Record<Role, Offers | undefined> = {
  unit: undefined,
  stakeholder: undefined,
  parent: 'party',
  performer: 'party',
  supplier: 'party',
  customer: 'party',
  lane: 'party',
  stepPerformer: 'lane',
  relationFrom: 'party',
  relationTo: 'party',
  processCode: 'newCode',
  mapCode: 'newCode',
  sopCode: 'newCode',
  sopApprover: 'party',
  // Titles in words as well as codes: nothing to offer that the author does not know better.
  sopRelated: undefined,
  nextProcess: 'sibling',
  linkedMap: 'linkedMap',
  relationProcess: 'process',
  stepId: 'newStepId',
  nextStep: 'step',
  branch: 'step',
  // Renstra codes have no numbering to continue.
  goal: undefined,
  target: undefined,
  processTarget: 'target',
};

const PARTY_KIND: Record<PartyKind, Localized> = {
  unit: { id: 'Unit kerja di dalam instansi', en: 'Organisation unit (internal)' },
  party: { id: 'Pemangku kepentingan (pihak luar)', en: 'Stakeholder (external party)' },
};
const LANE: Localized = {
  id: 'Lajur peta ini, belum dinyatakan sebagai unit atau pihak',
  en: 'A lane of this map, not declared as a unit or party',
};
const MAP: Localized = { id: 'Peta lintas fungsi', en: 'Cross-functional map' };
const TARGET: Localized = { id: 'Sasaran Renstra', en: 'Renstra target' };
const processKind = (level: number): Localized => ({ id: `Proses Level ${level}`, en: `Process, Level ${level}` });

interface Offer {
  readonly value: string;
  readonly kind: PpbCompletionKind;
  readonly detail?: string | undefined;
  readonly documentation?: string | undefined;
  readonly group?: number;
  readonly preselect?: boolean;
}

function items(req: ValueRequest, offers: readonly Offer[]): PpbCompletionItem[] {
  const seen = new Set<string>();
  const out: PpbCompletionItem[] = [];
  for (const o of offers) {
    if (seen.has(o.value)) continue;
    seen.add(o.value);
    out.push({
      label: o.value,
      kind: o.kind,
      ...(o.detail ? { detail: o.detail } : {}),
      ...(o.documentation ? { documentation: o.documentation } : {}),
      insertText: req.wrap(o.value),
      snippet: false,
      sortText: sortKey(o.group ?? 1, out.length),
      ...(o.preselect ? { preselect: true } : {}),
      replace: req.ctx.replace,
    });
  }
  return out;
}

/** The texts of the other items of the list the cursor is an item of. */
function otherItems(ctx: CursorContext): Set<string> {
  const last = ctx.hit.steps[ctx.hit.steps.length - 1];
  return new Set(last?.kind === 'item' ? textsOf(last.seq) : []);
}

function partyOffers(req: ValueRequest, lanes: readonly string[]): Offer[] {
  const { ctx, model, lang } = req;
  const exclude = otherItems(ctx);
  const self = frameOf(ctx, 'unit');
  if (self?.key !== undefined && ctx.landing?.definition === 'unit') exclude.add(self.key);
  const declared = new Map(model.partyList.map((p) => [p.id.value, p] as const));
  const laneOffers: Offer[] = lanes.map((id) => {
    const p = declared.get(id);
    return { value: id, kind: 'party', detail: p?.nama, documentation: pick(p ? PARTY_KIND[p.kind] : LANE, lang), group: 0 };
  });
  const rest: Offer[] = model.partyList.map((p) => ({
    value: p.id.value,
    kind: 'party',
    detail: p.nama,
    documentation: pick(PARTY_KIND[p.kind], lang),
  }));
  return [...laneOffers, ...rest].filter((o) => !exclude.has(o.value));
}

/** The steps of the map (or of the SOP with steps of its own) the cursor is in, as the text has them now. */
function stepsAround(ctx: CursorContext): { index: number; item: OItem; id: string | undefined }[] {
  // The steps the cursor's step is one of: its SOP's own, or its map's.
  const map = (frameOf(ctx, 'sop') ?? frameOf(ctx, 'peta'))?.map;
  const steps = get(map, 'langkah');
  if (steps?.kind !== 'seq') return [];
  return steps.items.map((item, index) => ({ index, item, id: textOf(get(item.value, 'id')) }));
}

function stepOffers(req: ValueRequest): Offer[] {
  const own = frameOf(req.ctx, 'langkah')?.index;
  const exclude = otherItems(req.ctx);
  return stepsAround(req.ctx).flatMap(({ index, item, id }) => {
    if (id === undefined || index === own || exclude.has(id)) return [];
    const nama = textOf(get(item.value, 'nama'));
    const jenis = textOf(get(item.value, 'jenis')) ?? 'aktivitas';
    return [
      {
        value: id,
        kind: 'step' as const,
        detail: nama ?? jenis,
        documentation: pick({ id: `Langkah ke-${index + 1} (${jenis})`, en: `Step ${index + 1} (${jenis})` }, req.lang),
      },
    ];
  });
}

/** Ids that other steps of the map lead to but no step declares yet. */
function newStepIdOffers(req: ValueRequest): Offer[] {
  const steps = stepsAround(req.ctx);
  const declared = new Set(steps.map((s) => s.id));
  const wanted = steps.flatMap(({ item }) => {
    const cabang = get(item.value, 'cabang');
    const branches = cabang?.kind === 'map' ? cabang.entries.map((e) => textOf(e.value)) : [];
    return [...textsOf(get(item.value, 'lanjut')), ...branches];
  });
  const doc = pick({ id: 'Dirujuk oleh langkah lain, belum dinyatakan', en: 'Named by another step, not declared yet' }, req.lang);
  return wanted.flatMap((id) => (id === undefined || declared.has(id) ? [] : [{ value: id, kind: 'step' as const, documentation: doc }]));
}

function siblingOffers(req: ValueRequest): Offer[] {
  const frame = frameOf(req.ctx, 'subProses');
  const exclude = otherItems(req.ctx);
  return (frame?.seq?.items ?? []).flatMap((item, index) => {
    const kode = textOf(get(item.value, 'kode'));
    if (kode === undefined || index === frame?.index || exclude.has(kode)) return [];
    return [{ value: kode, kind: 'code' as const, detail: textOf(get(item.value, 'nama')) }];
  });
}

function processOffers(req: ValueRequest, group: number): Offer[] {
  return req.model.processes.map((p) => ({
    value: p.kode.value,
    kind: 'code',
    detail: p.nama,
    documentation: pick(processKind(p.level), req.lang),
    group,
  }));
}

function linkedMapOffers(req: ValueRequest): Offer[] {
  const own = textOf(get(frameOf(req.ctx, 'peta')?.map, 'kode'));
  const maps: Offer[] = req.model.maps
    .filter((m) => own === undefined || m.kode.key !== codeKey(own))
    .map((m) => ({ value: m.kode.value, kind: 'code', detail: m.nama, documentation: pick(MAP, req.lang), group: 0 }));
  return [...maps, ...processOffers(req, 1)];
}

function targetOffers(req: ValueRequest): Offer[] {
  const exclude = otherItems(req.ctx);
  return req.model.targetList
    .filter((t) => t.kind === 'sasaran' && !exclude.has(t.kode.value))
    .map((t) => ({ value: t.kode.value, kind: 'target', detail: t.nama, documentation: pick(TARGET, req.lang) }));
}

/** The codes written in the `kode` of the items of a list, but the one at `except`. */
function codesOf(items: readonly OItem[] | undefined, except: number | undefined): string[] {
  return (items ?? []).flatMap((item, i) => {
    const k = textOf(get(item.value, 'kode'));
    return k === undefined || i === except ? [] : [k];
  });
}

/** The part of a map code before `.CFM.NN`, as written. */
function mapParentRaw(code: string): string | undefined {
  const parsed = parseCode(code);
  return mapParentKey(parsed) === undefined ? undefined : writtenHead(parsed, parsed.segments.length - 2);
}

/** The longest start of a typed code that is a process of the model, as the model writes it. */
function typedParent(model: ModelIndex, typed: string): string | undefined {
  const parsed = parseCode(typed);
  for (let n = parsed.segments.length; n > 0; n--) {
    const found = model.codes.get(codeKey(writtenHead(parsed, n)))?.find((e) => e.kind === 'process');
    if (found) return found.decl.kode.value;
  }
  return undefined;
}

export interface CodeCandidate {
  readonly code: string;
  /** The parent the code is under, for the item's detail. */
  readonly parent: string | undefined;
}

function next(model: ModelIndex, parent: string, kind: ChildKind, siblings: readonly string[]): CodeCandidate[] {
  const key = codeKey(parent);
  const taken = [...takenUnder(model, key, kind), ...siblings.filter((c) => childNumber(key, c, kind) !== undefined)];
  const code = nextCode(parent, taken, kind);
  return code === undefined ? [] : [{ code, parent }];
}

/**
 * The next free codes for the `kode` of the item in `frame`: under the process a sub-process is
 * written in; after the Level 0 codes; for a map, under the process the typed code starts with,
 * then the parents of the maps around it, then every other process. Best first.
 */
export function codeCandidates(ctx: CursorContext, model: ModelIndex, frames: readonly Frame[], typed: string): CodeCandidate[] {
  const frame = frames[frames.length - 1];
  if (!frame) return [];
  const siblings = codesOf(frame.seq?.items, frame.index);
  switch (frame.definition) {
    case 'prosesLevel0': {
      const prefix = textOf(get(get(ctx.root, 'instansi'), 'kode')) ?? model.prefix;
      return prefix === undefined ? [] : next(model, prefix, 'sub', siblings);
    }
    case 'subProses': {
      const parentFrame = frames[frames.length - 2];
      const parent = textOf(get(parentFrame?.map, 'kode'));
      return parent === undefined ? [] : next(model, parent, 'sub', siblings);
    }
    case 'peta': {
      const index = frame.index ?? 0;
      const around = (frame.seq?.items ?? [])
        .map((item, i) => ({ i, code: textOf(get(item.value, 'kode')) }))
        .filter((x) => x.i !== index && x.code !== undefined)
        .sort((a, b) => Math.abs(a.i - index) - Math.abs(b.i - index) || a.i - b.i);
      const parents = [
        typed === '' ? undefined : typedParent(model, typed),
        ...around.map((x) => mapParentRaw(x.code ?? '')),
        ...model.processes.map((p) => p.kode.value),
      ];
      const seen = new Set<string>();
      return parents.flatMap((p) => {
        if (p === undefined || seen.has(codeKey(p))) return [];
        seen.add(codeKey(p));
        return next(model, p, 'map', siblings);
      });
    }
    case 'sop': {
      const map = textOf(get(frames[frames.length - 2]?.map, 'kode'));
      return map === undefined ? [] : next(model, map, 'sop', siblings);
    }
    default:
      return [];
  }
}

function newCodeOffers(req: ValueRequest): Offer[] {
  const typed = req.ctx.hit.on.kind === 'value' ? req.ctx.hit.on.scalar.text : '';
  const names = (code: string): string | undefined => req.model.codes.get(codeKey(code))?.[0]?.decl.nama;
  return codeCandidates(req.ctx, req.model, req.ctx.frames, typed).map((c, i) => ({
    value: c.code,
    kind: 'code',
    detail: pick(
      c.parent === undefined
        ? { id: 'Kode berikutnya yang masih kosong', en: 'Next free code' }
        : { id: `Kode berikutnya di bawah ${c.parent}`, en: `Next free code under ${c.parent}` },
      req.lang,
    ),
    documentation: c.parent === undefined ? undefined : names(c.parent),
    group: 0,
    preselect: i === 0,
  }));
}

function enumOffers(req: ValueRequest, schema: SchemaNode, title: Localized | undefined): Offer[] {
  return enumValues(schema, req.lang).map((v) => ({
    value: v.value,
    kind: 'enum',
    detail: title ? pick(title, req.lang) : undefined,
    documentation: v.description,
  }));
}

/** The lanes of the map the cursor is in, when it lists them. */
export function lanesOf(ctx: CursorContext): string[] {
  return textsOf(get(frameOf(ctx, 'peta')?.map, 'pelaksana'));
}

/** What may be written as the value at the cursor, whose schema is `schema` (of one value). */
export function valueItems(req: ValueRequest, schema: SchemaNode, keySchema: SchemaNode): PpbCompletionItem[] {
  const { ctx } = req;
  if (Array.isArray(schema.enum)) return items(req, enumOffers(req, schema, titleOf(keySchema)));
  const definition = ctx.landing?.definition;
  const key = ctx.landing?.below[0];
  const role = definition === undefined || typeof key !== 'string' ? undefined : roleWrittenAt(definition, key);
  switch (role && OFFERS[role]) {
    case undefined:
      return [];
    case 'party':
      return items(req, partyOffers(req, []));
    case 'lane':
      return items(req, partyOffers(req, lanesOf(ctx)));
    case 'sibling':
      return items(req, siblingOffers(req));
    case 'target':
      return items(req, targetOffers(req));
    case 'process':
      return items(req, processOffers(req, 1));
    case 'linkedMap':
      return items(req, linkedMapOffers(req));
    case 'step':
      return items(req, stepOffers(req));
    case 'newStepId':
      return items(req, newStepIdOffers(req));
    case 'newCode':
      return items(req, newCodeOffers(req));
  }
}

/** Whether any step of the map the cursor is in is its `mulai`. */
export function mapHasStart(ctx: CursorContext): boolean {
  return stepsAround(ctx).some(({ item }) => textOf(get(item.value, 'jenis')) === 'mulai');
}

/** The step ids of the map the cursor is in. */
export function stepIdsOf(ctx: CursorContext): string[] {
  return stepsAround(ctx).flatMap((s) => (s.id === undefined ? [] : [s.id]));
}
