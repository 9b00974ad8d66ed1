import type { Span } from '../diagnostic';
import { columnOf } from '../lines';
import { schemaAtPath, type SchemaLanding } from '../schema-navigator';
import { find, outline, type OHit, type OMap, type ONode, type OSeq, type OStep } from './text-outline';

/** A mapping of the outline that is one of the schema's definitions (a process, a map, a step, ...). */
export interface Frame {
  readonly definition: string;
  /** The mapping, when it has been written (a new `- ` item has none yet). */
  readonly map: OMap | undefined;
  /** The list it is an item of, and where; or the key it stands under (a unit's id). */
  readonly seq: OSeq | undefined;
  readonly index: number | undefined;
  readonly key: string | undefined;
}

/** Where the cursor stands, read from the text alone, so it works in a file that does not parse. */
export interface CursorContext {
  readonly uri: string;
  readonly text: string;
  readonly offset: number;
  readonly root: ONode | undefined;
  readonly hit: OHit;
  /** Keys and list indexes to the mapping whose key is typed, or to the value typed. */
  readonly path: readonly (string | number)[];
  /** The schema at `path`, or undefined off the schema (an unknown key above the cursor). */
  readonly landing: SchemaLanding | undefined;
  /** The definitions on the way down, outermost first. */
  readonly frames: readonly Frame[];
  /** What a completion replaces: the whole word at the cursor, or nothing. */
  readonly replace: Span;
  /** A space to put first when the cursor stands right after `key:` or `-`. */
  readonly lead: string;
  /** The column where inserted text starts. */
  readonly column: number;
}

/** The path of keys and indexes that `steps` take. */
export function pathOf(steps: readonly OStep[]): (string | number)[] {
  return steps.map((s) => (s.kind === 'entry' ? s.entry.key : s.index));
}

function framesOf(steps: readonly OStep[]): Frame[] {
  const frames: Frame[] = [];
  const path: (string | number)[] = [];
  for (const step of steps) {
    path.push(step.kind === 'entry' ? step.entry.key : step.index);
    const landing = schemaAtPath(path);
    if (!landing?.definition || landing.below.length > 0) continue;
    const value = step.kind === 'entry' ? step.entry.value : step.item.value;
    frames.push({
      definition: landing.definition,
      map: value?.kind === 'map' ? value : undefined,
      seq: step.kind === 'item' ? step.seq : undefined,
      index: step.kind === 'item' ? step.index : undefined,
      key: step.kind === 'entry' ? step.entry.key : undefined,
    });
  }
  return frames;
}

/** Reads where `offset` stands in `text`; undefined where nothing can be offered (a comment, a block of text). */
export function cursorContext(uri: string, text: string, offset: number): CursorContext | undefined {
  const root = outline(text, offset);
  const hit = find(root, (_start, _end, cursor) => cursor);
  if (!hit) return undefined;
  const steps = hit.steps;
  const path = pathOf(steps);
  const [start, end] = hit.on.kind === 'key' ? [hit.on.entry.start, hit.on.entry.end] : [hit.on.scalar.start, hit.on.scalar.end];
  const before = text[start - 1];
  const lead = start === end && (before === ':' || before === '-') ? ' ' : '';
  return {
    uri,
    text,
    offset,
    root,
    hit,
    path,
    landing: schemaAtPath(path),
    frames: framesOf(steps),
    replace: { uri, start, end },
    lead,
    column: columnOf(text, start) + lead.length,
  };
}

/** The innermost frame of a definition. */
export function frameOf(ctx: CursorContext, definition: string): Frame | undefined {
  return [...ctx.frames].reverse().find((f) => f.definition === definition);
}

/** Whether the value at the cursor stands on its key's line (`key: |`), not on a line below it. */
export function onKeyLine(ctx: CursorContext): boolean {
  const last = ctx.hit.steps[ctx.hit.steps.length - 1];
  if (last?.kind !== 'entry' || ctx.hit.on.kind !== 'value') return false;
  return !ctx.text.slice(last.entry.end, ctx.hit.on.scalar.start).includes('\n');
}
