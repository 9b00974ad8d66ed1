import { lineStartOf } from '../lines';
import { pick, type Lang, type Localized } from '../localized';
import type { ModelIndex } from '../model-index';
import { PARTY_USES } from '../reference-roles';
import { inlineYaml } from '../schema-messages';
import {
  descriptionOf,
  enumValues,
  itemsDefinition,
  itemsSchema,
  propertiesOf,
  resolveRef,
  schemaAtPath,
  shapeOf,
  titleOf,
  type SchemaNode,
} from '../schema-navigator';
import type { PpbWorkspace } from '../workspace';
import { sortKey, type PpbCompletionItem } from './completion-item';
import { codeCandidates, lanesOf, mapHasStart, stepIdsOf, valueItems } from './completion-values';
import { cursorContext, onKeyLine, type CursorContext, type Frame } from './cursor-context';
import { entrySnippet, itemSnippets, type SnippetEnv } from './item-snippets';
import { SnippetLines } from './snippet';
import type { OEntry, OMap } from './text-outline';

export type { PpbCompletionItem, PpbCompletionKind } from './completion-item';

/** What every item needs to know of the request. */
interface Request {
  readonly ctx: CursorContext;
  readonly model: ModelIndex;
  readonly lang: Lang;
}

const NEW_UNIT: Record<string, Localized> = {
  unit: { id: 'unit kerja baru', en: 'new organisation unit' },
  pemangku_kepentingan: { id: 'pihak luar baru', en: 'new external party' },
};

function docOf(node: SchemaNode, key: string | undefined, lang: Lang): string | undefined {
  const description = descriptionOf(node);
  if (!description) return undefined;
  const example = node.examples?.[0];
  const shown =
    example === undefined || key === undefined
      ? ''
      : `\n\n${pick({ id: 'Contoh', en: 'Example' }, lang)}: \`${key}: ${inlineYaml(example)}\``;
  return `${pick(description, lang)}${shown}`;
}

/** A frame for an item not written yet, so its code can be found like a written one's. */
function newFrame(definition: string): Frame {
  return { definition, map: undefined, seq: undefined, index: undefined, key: undefined };
}

function snippetEnv(req: Request, schema: SchemaNode, frames: readonly Frame[]): SnippetEnv {
  const typed = req.ctx.hit.on.kind === 'value' ? req.ctx.hit.on.scalar.text : '';
  return {
    schema,
    nextCode: codeCandidates(req.ctx, req.model, frames, typed)[0]?.code,
    lanes: lanesOf(req.ctx),
    stepIds: stepIdsOf(req.ctx),
    hasStart: mapHasStart(req.ctx),
  };
}

/** Snippets of a new item of a list of `definition`s; `prefix` is `- ` when the dash is not typed yet. */
function newItems(
  req: Request,
  definition: string | undefined,
  schema: SchemaNode,
  frames: readonly Frame[],
  prefix: string,
): PpbCompletionItem[] {
  if (definition === undefined) return [];
  const { ctx, lang } = req;
  const column = ctx.column + prefix.length;
  const title = titleOf(schema);
  return itemSnippets(definition, snippetEnv(req, schema, frames)).map((s, i) => {
    const label = pick(s.label, lang);
    const described = s.documentation ?? descriptionOf(schema);
    const documentation = described && pick(described, lang);
    const first = s.body.render(0).split('\n')[0] ?? '';
    return {
      label,
      kind: 'snippet',
      ...(title ? { detail: pick(title, lang) } : {}),
      ...(documentation ? { documentation } : {}),
      insertText: s.body.render(column, `${ctx.lead}${prefix}`),
      snippet: true,
      sortText: sortKey(0, i),
      // Found by what the author starts to type: the first key, or the words of the label.
      filterText: `${first.replace(/:.*$/, '')} ${label}`,
      replace: ctx.replace,
    };
  });
}

/** How a key is written when chosen: with its value's shape and, for a list of items, its first item. */
function keyInsert(req: Request, key: string, node: SchemaNode): { text: string; snippet: boolean } {
  const column = req.ctx.column;
  const below = ' '.repeat(column + 2);
  switch (shapeOf(node)) {
    case 'value': {
      const values = enumValues(node, req.lang).map((v) => v.value);
      if (values.length === 1) return { text: `${key}: ${values[0] ?? ''}`, snippet: false };
      if (values.length > 1) return { text: `${key}: ${new SnippetLines().choice(values)}`, snippet: true };
      // A new item's code: the next free one, ready to keep.
      const code = key === 'kode' ? codeCandidates(req.ctx, req.model, req.ctx.frames, '')[0]?.code : undefined;
      if (code !== undefined) return { text: `${key}: ${new SnippetLines().tab(code)}`, snippet: true };
      return { text: `${key}: `, snippet: false };
    }
    case 'array': {
      const items = itemsSchema(node);
      const definition = itemsDefinition(node);
      if (items && shapeOf(items) === 'object') {
        const first = itemSnippets(definition ?? '', snippetEnv(req, items, [...req.ctx.frames, newFrame(definition ?? '')]))[0];
        return { text: `${key}:\n${below}${first ? first.body.render(column + 4, '- ') : '- $1'}`, snippet: true };
      }
      return { text: Array.isArray(node.examples?.[0]) ? `${key}: [$1]` : `${key}: $1`, snippet: true };
    }
    case 'object': {
      const entries = (resolveRef(node) as SchemaNode).additionalProperties;
      const entry = typeof entries === 'object' ? (resolveRef(entries) as SchemaNode) : undefined;
      if (entry?.type === 'object') return { text: `${key}:\n${below}${entrySnippet(entry).render(column + 2)}`, snippet: true };
      const s = new SnippetLines().line(0, `${key}:`);
      const example = node.examples?.[0];
      const labels =
        entry && example !== null && typeof example === 'object' ? Object.keys(example) : ((resolveRef(node) as SchemaNode).required ?? []);
      for (const label of labels) s.line(2, `${label}: ${s.tab()}`);
      if (labels.length === 0) s.line(2, s.tab());
      return { text: s.render(column), snippet: true };
    }
  }
}

/** The keys the schema allows in `schema` and the mapping does not hold yet. */
function keyItems(req: Request, schema: SchemaNode, map: OMap | undefined, typed: OEntry | undefined): PpbCompletionItem[] {
  const { ctx, model, lang } = req;
  const present = new Set((map?.entries ?? []).filter((e) => e !== typed).map((e) => e.key));
  // One instansi per model: not offered in a file when another file declares it.
  if (ctx.path.length === 0 && model.instansi.some((i) => i.key.uri !== ctx.uri)) present.add('instansi');
  return propertiesOf(schema)
    .filter((p) => !present.has(p.key))
    .map((p, i) => {
      const insert = typed?.colon ? { text: p.key, snippet: false } : keyInsert(req, p.key, p.node);
      const title = titleOf(p.node);
      const documentation = docOf(p.node, p.key, lang);
      return {
        label: p.key,
        kind: 'key' as const,
        ...(title ? { detail: pick(title, lang) } : {}),
        ...(documentation ? { documentation } : {}),
        insertText: insert.text,
        snippet: insert.snippet,
        sortText: sortKey(1, i),
        replace: ctx.replace,
      };
    });
}

/** Ids the model uses as units or parties without declaring them: each a ready entry. */
function undeclaredParties(req: Request, entry: SchemaNode): PpbCompletionItem[] {
  const { model, lang, ctx } = req;
  const used = new Map<string, number>();
  for (const { key } of model.references.of(PARTY_USES)) if (!model.parties.has(key)) used.set(key, (used.get(key) ?? 0) + 1);
  return [...used].map(([id, n], i) => ({
    label: id,
    kind: 'party' as const,
    detail: pick({ id: `dipakai ${n} kali, belum dinyatakan`, en: `used ${n} ${n === 1 ? 'time' : 'times'}, not declared` }, lang),
    insertText: entrySnippet(entry, id).render(ctx.column),
    snippet: true,
    sortText: sortKey(1, i),
    replace: ctx.replace,
  }));
}

/** Where a key is typed in a mapping of `schema` (or a new mapping, `map` undefined). */
function keyPosition(req: Request, schema: SchemaNode, map: OMap | undefined, typed: OEntry | undefined): PpbCompletionItem[] {
  const entries = (resolveRef(schema) as SchemaNode).additionalProperties;
  if (typeof entries !== 'object' || typed?.colon) return keyItems(req, schema, map, typed);
  const entry = resolveRef(entries) as SchemaNode;
  const parent = req.ctx.path[req.ctx.path.length - 1];
  if (entry.type !== 'object' || typeof parent !== 'string') return [];
  // A mapping of ids (`unit:`): a new entry, or one the model already uses.
  const label = NEW_UNIT[parent] ?? { id: 'entri baru', en: 'new entry' };
  const fresh: PpbCompletionItem = {
    label: pick(label, req.lang),
    kind: 'snippet',
    insertText: entrySnippet(entry).render(req.ctx.column),
    snippet: true,
    sortText: sortKey(0, 0),
    replace: req.ctx.replace,
  };
  return [fresh, ...undeclaredParties(req, entry)];
}

/** A value typed on its key's line, on a line below its key, or as an item of a list. */
function valuePosition(req: Request, node: SchemaNode): PpbCompletionItem[] {
  const { ctx } = req;
  const last = ctx.hit.steps[ctx.hit.steps.length - 1];
  const lead = ctx.lead;
  if (last?.kind === 'item') {
    const prefix = last.item.dash ? '' : '- ';
    if (shapeOf(node) !== 'object') return valueItems({ ...req, wrap: (v) => `${lead}${prefix}${v}` }, node, node);
    const definition = ctx.landing?.definition;
    const snippets = newItems(req, definition, node, ctx.frames, prefix);
    return last.item.dash ? [...snippets, ...keyItems(req, node, undefined, undefined)] : snippets;
  }
  if (last?.kind === 'entry' && onKeyLine(ctx)) {
    if (shapeOf(node) === 'value') return valueItems({ ...req, wrap: (v) => `${lead}${v}` }, node, node);
    const items = itemsSchema(node);
    // A list written inline: `pelaksana: [camat]`.
    return items && shapeOf(items) === 'value' ? valueItems({ ...req, wrap: (v) => `${lead}[${v}]` }, items, node) : [];
  }
  // On a line of its own below the key (or in an empty file).
  switch (shapeOf(node)) {
    case 'object':
      return keyPosition(req, node, undefined, undefined);
    case 'array': {
      const items = itemsSchema(node);
      if (!items) return [];
      if (shapeOf(items) !== 'object') return valueItems({ ...req, wrap: (v) => `- ${v}` }, items, node);
      const definition = itemsDefinition(node);
      return newItems(req, definition, items, [...ctx.frames, newFrame(definition ?? '')], '- ');
    }
    case 'value':
      return valueItems({ ...req, wrap: (v) => v }, node, node);
  }
}

/**
 * Completion at an offset of a PPB file: the keys allowed there, new items as snippets, unit
 * and party ids, codes (the next free one first), step ids and enum values with their
 * meaning. Read from the text around the cursor, so it works while the file does not parse;
 * ids and codes come from the workspace's last good model.
 */
export function completions(ws: PpbWorkspace, uri: string, offset: number, lang: Lang, trigger?: string): PpbCompletionItem[] {
  const parsed = ws.parsed(uri);
  if (!parsed) return [];
  const text = parsed.text;
  // A space typed to indent a line asks for nothing.
  if (trigger === ' ' && text.slice(lineStartOf(text, offset), offset).trim() === '') return [];
  const ctx = cursorContext(uri, text, offset);
  if (!ctx?.landing) return [];
  const req: Request = { ctx, model: ws.index(), lang };
  const on = ctx.hit.on;
  if (on.kind === 'value') return valuePosition(req, ctx.landing.node);
  const last = ctx.hit.steps[ctx.hit.steps.length - 1];
  const keys = keyPosition(req, ctx.landing.node, on.map, on.entry);
  // The first key of a new item: the item's snippets come first.
  if (last?.kind === 'item' && on.map.entries.length === 1 && !on.entry.colon) {
    const definition = schemaAtPath(ctx.path)?.definition;
    return [...newItems(req, definition, ctx.landing.node, ctx.frames, ''), ...keys];
  }
  return keys;
}
