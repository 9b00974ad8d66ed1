import type { Span } from '../diagnostic';
import { pick, type Lang } from '../localized';
import { descriptionOf, enumValues, schemaAtPath, titleOf, type SchemaNode } from '../schema-navigator';
import type { PpbWorkspace } from '../workspace';
import { pathOf } from './cursor-context';
import { find, outline } from './text-outline';

/** What the schema says about the key or the value under the cursor. */
export interface SchemaHover {
  /** Markdown, in the user's language. */
  readonly contents: string;
  /** The key or the value described. */
  readonly span: Span;
}

function heading(name: string, title: string | undefined): string {
  return title === undefined || title.toLowerCase() === name.toLowerCase() ? `**${name}**` : `**${name}** · ${title}`;
}

function describeKey(key: string, node: SchemaNode, lang: Lang): string | undefined {
  const description = descriptionOf(node);
  if (!description) return undefined;
  const title = titleOf(node);
  return `${heading(key, title && pick(title, lang))}\n\n${pick(description, lang)}`;
}

function describeValue(value: string, key: string | undefined, node: SchemaNode, lang: Lang): string | undefined {
  const found = enumValues(node, lang).find((v) => v.value === value);
  if (!found?.description) return undefined;
  const title = titleOf(node);
  const of = title ? pick(title, lang) : key;
  return `${heading(value, of)}\n\n${found.description}`;
}

/**
 * Hover from the schema: what a key holds (`kategori`, `cabang`), or what an enum value means
 * (`kategori: pendukung`, `jenis: keputusan`), from the schema's descriptions in both languages.
 * Read from the text, so it works in a file that does not parse; undefined for anything else
 * (ids and codes are the model's to describe).
 */
export function schemaHover(ws: PpbWorkspace, uri: string, offset: number, lang: Lang): SchemaHover | undefined {
  const parsed = ws.parsed(uri);
  if (!parsed) return undefined;
  const hit = find(outline(parsed.text), (start, end) => start < end && offset >= start && offset <= end);
  if (!hit) return undefined;
  const path = pathOf(hit.steps);
  if (hit.on.kind === 'key') {
    const { entry } = hit.on;
    if (!entry.colon) return undefined;
    const landing = schemaAtPath([...path, entry.key]);
    const markdown = landing && describeKey(entry.key, landing.node, lang);
    return markdown ? { contents: markdown, span: { uri, start: entry.start, end: entry.end } } : undefined;
  }
  const { scalar } = hit.on;
  const landing = schemaAtPath(path);
  const key = path.filter((p): p is string => typeof p === 'string').pop();
  const markdown = landing && describeValue(scalar.text, key, landing.node, lang);
  return markdown ? { contents: markdown, span: { uri, start: scalar.start, end: scalar.end } } : undefined;
}
