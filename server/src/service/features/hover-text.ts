import { pick, type Lang, type Localized } from '../localized';
import type { ModelIndex } from '../model-index';
import { escapeMarkdown, inlineCode } from './markdown';

/** How many items a hover lists before it says how many more there are. */
const LIST_LIMIT = 8;

/** The pieces every hover is written with, in the user's language. */
export interface HoverWriter {
  readonly lang: Lang;
  say(text: Localized): string;
  /** A unit or party: its name and id, or its id alone when it is not declared. */
  party(id: string): string;
  /** A code followed by its name. */
  named(code: string, nama: string | undefined): string;
  /** Items on one line, cut after a few with how many more. */
  inline(items: readonly string[]): string;
  /** Items as a bulleted list, cut after a few with how many more. */
  bullets(items: readonly string[]): string;
}

export function hoverWriter(model: ModelIndex, lang: Lang): HoverWriter {
  const say = (text: Localized): string => pick(text, lang);
  const more = (n: number): string => say({ id: `dan ${n} lainnya`, en: `and ${n} more` });
  return {
    lang,
    say,
    party(id) {
      const nama = model.parties.get(id)?.[0]?.nama;
      return nama === undefined ? inlineCode(id) : `${escapeMarkdown(nama)} (${inlineCode(id)})`;
    },
    named(code, nama) {
      return nama === undefined ? inlineCode(code) : `${inlineCode(code)} ${escapeMarkdown(nama)}`;
    },
    inline(items) {
      const shown = items.slice(0, LIST_LIMIT).join(', ');
      return items.length > LIST_LIMIT ? `${shown}, ${more(items.length - LIST_LIMIT)}` : shown;
    },
    bullets(items) {
      const lines = items.slice(0, LIST_LIMIT).map((i) => `- ${i}`);
      if (items.length > LIST_LIMIT) lines.push(`- ${more(items.length - LIST_LIMIT)}`);
      return lines.join('\n');
    },
  };
}

/** A title line: the id or code in bold code, then its name. */
export function title(key: string, nama: string | undefined): string {
  return nama === undefined ? `**${inlineCode(key)}**` : `**${inlineCode(key)}** · ${escapeMarkdown(nama)}`;
}

/** Hover sections are paragraphs. */
export function paragraphs(parts: readonly (string | undefined)[]): string {
  return parts.filter((p): p is string => p !== undefined && p !== '').join('\n\n');
}

/** The hover of an id or code the model does not declare: what is missing, and where it belongs. */
export function undeclared(w: HoverWriter, written: string, missing: Localized): string {
  return paragraphs([title(written, undefined), w.say(missing)]);
}

/** Said when an id or code is declared more than once (the diagnostics say which is wrong). */
export function declaredTimes(w: HoverWriter, count: number): string | undefined {
  return count > 1 ? w.say({ id: `⚠ Dideklarasikan ${count} kali.`, en: `⚠ Declared ${count} times.` }) : undefined;
}
