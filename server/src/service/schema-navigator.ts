import schema from '../../../schemas/ppb.schema.json';
import type { Lang, Localized } from './localized';
import { pick } from './localized';

/** A node of our JSON Schema, read loosely: only the keywords the service needs. */
export type SchemaNode = Record<string, unknown> & {
  properties?: Record<string, unknown>;
  items?: unknown;
  additionalProperties?: unknown;
  oneOf?: unknown[];
  enum?: unknown[];
  required?: string[];
  examples?: unknown[];
  type?: string;
};

const DEFINITIONS = (schema as { definitions: Record<string, unknown> }).definitions;
const REF_PREFIX = '#/definitions/';

/** The name of the definition a `$ref` points to, if it points inside our schema. */
export function refName(s: unknown): string | undefined {
  const ref = (s as { $ref?: unknown } | undefined)?.$ref;
  return typeof ref === 'string' && ref.startsWith(REF_PREFIX) ? ref.slice(REF_PREFIX.length) : undefined;
}

/** Resolves a `$ref` inside our own schema. */
export function resolveRef(s: unknown): unknown {
  const name = refName(s);
  return name === undefined ? s : DEFINITIONS[name];
}

/** A property's schema: its own texts and examples first (they stand beside `$ref`), then the definition's. */
function merged(node: unknown): SchemaNode {
  const own = (node ?? {}) as SchemaNode;
  const target = resolveRef(node) as SchemaNode | undefined;
  return { ...(target ?? {}), ...own };
}

/** The items of a list, or of the list branch of a `oneOf` (a value or a list of it). */
function listItems(resolved: SchemaNode): unknown {
  return resolved.items ?? resolved.oneOf?.map((b) => resolveRef(b) as SchemaNode).find((b) => b.items !== undefined)?.items;
}

/** Where a path of keys and list indexes lands in the schema. */
export interface SchemaLanding {
  readonly node: SchemaNode;
  /** The definition last entered on the way (`langkah`, `subProses`, ...), `undefined` at the top. */
  readonly definition: string | undefined;
  /** The path below that definition: `['cabang', 'Ya']` for a branch of a step. */
  readonly below: readonly (string | number)[];
}

/**
 * Walks the schema along a path of keys (mapping) and numbers (list items). A `oneOf` of a value
 * and a list of it (`lanjut`) is entered at its list branch for an item. Undefined off the schema.
 */
export function schemaAtPath(path: readonly (string | number)[]): SchemaLanding | undefined {
  let node: unknown = schema;
  let definition: string | undefined;
  let below: (string | number)[] = [];
  for (const seg of path) {
    const resolved = resolveRef(node) as SchemaNode | undefined;
    if (!resolved || typeof resolved !== 'object') return undefined;
    // A number is a list index, or else a key that looks like one (a branch label `1`).
    let next: unknown = typeof seg === 'number' ? listItems(resolved) : undefined;
    if (next === undefined) {
      const key = String(seg);
      next = resolved.properties?.[key] ?? (typeof resolved.additionalProperties === 'object' ? resolved.additionalProperties : undefined);
    }
    if (next === undefined) return undefined;
    // A definition entered for its shape (`unit`, `langkah`), not for a value (`id`, `code`).
    const name = refName(next);
    const shape = resolveRef(next) as SchemaNode | undefined;
    if (name !== undefined && shape?.type === 'object') {
      definition = name;
      below = [];
    } else {
      below = [...below, seg];
    }
    node = next;
  }
  return { node: merged(node), definition, below };
}

/** One segment of a JSON pointer (RFC 6901): `~1` then `~0`, every occurrence. */
export function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/**
 * The schema of the property at an ajv instance path (`/proses/0/kode`), with its own texts and
 * examples first, then those of the definition it refers to.
 */
export function propertyAt(instancePath: string): Record<string, unknown> | undefined {
  const segments = instancePath === '' ? [] : instancePath.split('/').slice(1).map(unescapePointer);
  return schemaAtPath(segments.map((s) => (/^[0-9]+$/.test(s) ? Number(s) : s)))?.node;
}

/** The value shape of a node: an object, a list, or a value (a `oneOf` counts as its first branch's shape). */
export function shapeOf(node: SchemaNode): 'object' | 'array' | 'value' {
  const resolved = resolveRef(node) as SchemaNode;
  const type = resolved.type ?? (resolveRef(resolved.oneOf?.[0]) as SchemaNode | undefined)?.type;
  return type === 'object' ? 'object' : type === 'array' ? 'array' : 'value';
}

/** The schema of the items of a list node (the list branch of a `oneOf`), merged with its texts. */
export function itemsSchema(node: SchemaNode): SchemaNode | undefined {
  const items = listItems(resolveRef(node) as SchemaNode);
  return items === undefined ? undefined : merged(items);
}

/** The definition the items of a list node are (`subProses` for `sub_proses`), if they are one. */
export function itemsDefinition(node: SchemaNode): string | undefined {
  return refName(listItems(resolveRef(node) as SchemaNode));
}

/** The properties of an object node, each merged with its texts, in the schema's order. */
export function propertiesOf(node: SchemaNode): { key: string; node: SchemaNode }[] {
  const props = (resolveRef(node) as SchemaNode).properties ?? {};
  return Object.entries(props)
    .filter(([, v]) => typeof v === 'object')
    .map(([key, v]) => ({ key, node: merged(v) }));
}

function text(node: SchemaNode, en: string, id: string): Localized | undefined {
  const e = node[en];
  if (typeof e !== 'string') return undefined;
  const i = node[id];
  return { en: e, id: typeof i === 'string' ? i : e };
}

/** The title of a node in both languages (`x-title-id` beside `title`). */
export function titleOf(node: SchemaNode): Localized | undefined {
  return text(node, 'title', 'x-title-id');
}

/** The description of a node in both languages (`x-description-id` beside `description`). */
export function descriptionOf(node: SchemaNode): Localized | undefined {
  return text(node, 'description', 'x-description-id');
}

/** The allowed values of a node, each with its description in the user's language. */
export function enumValues(node: SchemaNode, lang: Lang): { value: string; description: string | undefined }[] {
  const values = (resolveRef(node) as SchemaNode).enum ?? node.enum ?? [];
  const nth = (key: string, i: number): string | undefined => {
    const list = node[key];
    const text: unknown = Array.isArray(list) ? list[i] : undefined;
    return typeof text === 'string' ? text : undefined;
  };
  return values.map((v, i) => {
    const en = nth('x-enum-descriptions', i);
    const described = en === undefined ? undefined : { en, id: nth('x-enum-descriptions-id', i) ?? en };
    return { value: String(v), description: described ? pick(described, lang) : undefined };
  });
}
