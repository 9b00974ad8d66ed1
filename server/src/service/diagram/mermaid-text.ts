import { NOTE_TAG } from '../../protocol/diagram';
/**
 * Labels are data: every character that is not a plain letter, digit or space is written as a
 * Mermaid entity code (`#60;` for `<`). Nothing in a YAML value can then close a label, start
 * a directive (`%%{init}%%`), add a `click`, or become markup: Mermaid shows it literally.
 */
export function mermaidLabel(text: string): string {
  let out = '';
  for (const ch of text) {
    out += /[A-Za-z0-9 ]/.test(ch) ? ch : `#${ch.codePointAt(0) ?? 32};`;
  }
  // Runs of spaces and line breaks fold to one space: a label is one line of text. Mermaid
  // draws `$$...$$` as KaTeX math even from entities (in a label of several lines): an empty
  // element between two dollars keeps them text, and adds no character.
  return out
    .replace(/ {2,}/g, ' ')
    .trim()
    .replace(/#36;(?=#36;)/g, '#36;<span></span>');
}

/**
 * A quoted label of several lines, the first the main text; a note last, in smaller type. The
 * `<small>` (NOTE_TAG) is ours, around text already made literal: Mermaid's sanitizer keeps it, and sizes
 * the box for the smaller text.
 */
export function mermaidLines(lines: readonly string[], note?: string): string {
  const small = note !== undefined ? mermaidLabel(note.replace(/\s+/g, ' ')) : '';
  return `"${[...lines.map((l) => mermaidLabel(l.replace(/\s+/g, ' '))), ...(small !== '' ? [`<${NOTE_TAG}>${small}</${NOTE_TAG}>`] : [])]
    .filter((l) => l !== '')
    .join('<br/>')}"`;
}
