/** What a name written in a PPB file stands for. */
export type ReferenceKind = 'party' | 'code' | 'step' | 'target';

/** Where the schema lets a name be written: the definitions that hold the key. */
export interface WrittenAt {
  readonly in: readonly string[];
  readonly key: string;
}

interface RoleFacts {
  readonly kind: ReferenceKind;
  /** This place declares the name; every other place uses it. */
  readonly declares: boolean;
  /** Undefined for a unit or party id, written as a key of `unit:` or `pemangku_kepentingan:`. */
  readonly at: WrittenAt | undefined;
}

const SIPOC = ['prosesLevel0', 'subProses'];

/**
 * Every role a unit or party id, a code, a step id or a target code plays where it is written:
 * the one list rules, navigation, rename, quick fixes and completion read.
 */
export const ROLES = {
  unit: { kind: 'party', declares: true, at: undefined },
  stakeholder: { kind: 'party', declares: true, at: undefined },
  parent: { kind: 'party', declares: false, at: { in: ['unit'], key: 'induk' } },
  performer: { kind: 'party', declares: false, at: { in: SIPOC, key: 'pelaksana' } },
  supplier: { kind: 'party', declares: false, at: { in: SIPOC, key: 'pemasok' } },
  customer: { kind: 'party', declares: false, at: { in: SIPOC, key: 'pelanggan' } },
  lane: { kind: 'party', declares: false, at: { in: ['peta'], key: 'pelaksana' } },
  stepPerformer: { kind: 'party', declares: false, at: { in: ['langkah'], key: 'pelaksana' } },
  relationFrom: { kind: 'party', declares: false, at: { in: ['relasi'], key: 'dari' } },
  relationTo: { kind: 'party', declares: false, at: { in: ['relasi'], key: 'ke' } },
  processCode: { kind: 'code', declares: true, at: { in: SIPOC, key: 'kode' } },
  mapCode: { kind: 'code', declares: true, at: { in: ['peta'], key: 'kode' } },
  nextProcess: { kind: 'code', declares: false, at: { in: ['subProses'], key: 'lanjut' } },
  linkedMap: { kind: 'code', declares: false, at: { in: ['langkah'], key: 'peta' } },
  relationProcess: { kind: 'code', declares: false, at: { in: ['relasi'], key: 'proses' } },
  sopCode: { kind: 'code', declares: true, at: { in: ['sop'], key: 'kode' } },
  sopApprover: { kind: 'party', declares: false, at: { in: ['sop'], key: 'disahkan_oleh' } },
  /** Only the `keterkaitan` entries that read as codes: the others are titles. */
  sopRelated: { kind: 'code', declares: false, at: { in: ['sop'], key: 'keterkaitan' } },
  stepId: { kind: 'step', declares: true, at: { in: ['langkah'], key: 'id' } },
  nextStep: { kind: 'step', declares: false, at: { in: ['langkah'], key: 'lanjut' } },
  branch: { kind: 'step', declares: false, at: { in: ['langkah'], key: 'cabang' } },
  goal: { kind: 'target', declares: true, at: { in: ['tujuan'], key: 'kode' } },
  target: { kind: 'target', declares: true, at: { in: ['sasaran'], key: 'kode' } },
  processTarget: { kind: 'target', declares: false, at: { in: SIPOC, key: 'sasaran' } },
} as const satisfies Record<string, RoleFacts>;

export type Role = keyof typeof ROLES;

/** The roles of one kind that declare (`true`) or use (`false`) a name. */
export type RolesOf<K extends ReferenceKind, D extends boolean> = {
  [R in Role]: (typeof ROLES)[R] extends { kind: K; declares: D } ? R : never;
}[Role];

const ALL = Object.keys(ROLES) as Role[];

function rolesOf<K extends ReferenceKind, D extends boolean>(kind: K, declares: D): readonly RolesOf<K, D>[] {
  return ALL.filter((r): r is RolesOf<K, D> => ROLES[r].kind === kind && ROLES[r].declares === declares);
}

/** `pelaksana`, `pemasok`, `pelanggan`, `induk`, lanes, `dari`, `ke`: every use of a unit or party. */
export const PARTY_USES = rolesOf('party', false);
export const CODE_DECLARATIONS = rolesOf('code', true);
/** A step's `peta`, a sub-process's `lanjut`, a relation's `proses`. */
export const CODE_USES = rolesOf('code', false);
export const STEP_USES = rolesOf('step', false);
export const TARGET_USES = rolesOf('target', false);

/** The role of a value written under `key` in a mapping of the schema's `definition`, if it names anything. */
export function roleWrittenAt(definition: string, key: string): Role | undefined {
  return ALL.find((r) => {
    const at: WrittenAt | undefined = ROLES[r].at;
    return at !== undefined && at.key === key && at.in.includes(definition);
  });
}
