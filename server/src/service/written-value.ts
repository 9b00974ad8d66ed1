import type { Span } from './diagnostic';
import type { Ref } from './model';
import type { PpbTextEdit } from './text-edit';

/** Where a value is written, and whether those characters are the value itself. */
export interface WrittenValue {
  /** Inside its quotes for a quoted value; the whole source, without the line break a block value ends with, otherwise. */
  readonly span: Span;
  /** The characters of `span` are the value as is: no escapes, no folding. */
  readonly asIs: boolean;
}

/** Where the value of `ref` stands in `text`, the file it was read from. */
export function writtenValue(text: string, ref: Ref): WrittenValue {
  const { uri, start, end } = ref.span;
  const source = text.slice(start, end);
  if (source === ref.value) return { span: ref.span, asIs: true };
  const quote = source[0];
  if ((quote === '"' || quote === "'") && source.length >= 2 && source.endsWith(quote) && source.slice(1, -1) === ref.value) {
    return { span: { uri, start: start + 1, end: end - 1 }, asIs: true };
  }
  let last = end;
  while (last > start && /\s/.test(text.charAt(last - 1))) last--;
  return { span: { uri, start, end: last }, asIs: false };
}

/**
 * The edit that makes the value written at `ref` read `newValue`: the value's own characters
 * replaced whole (inside the quotes of a quoted value), as an editor's rename shows it, so the
 * author's layout, quoting and comments stay; a value written with escapes or as a block is
 * written anew, in double quotes.
 */
export function rewriteValue(text: string, ref: Ref, newValue: string): PpbTextEdit {
  const { span, asIs } = writtenValue(text, ref);
  return { ...span, newText: asIs ? newValue : JSON.stringify(newValue) };
}
