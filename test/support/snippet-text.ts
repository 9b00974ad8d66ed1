/** One tab stop of an LSP snippet: its number, its default (or first choice), its choices. */
export interface SnippetStop {
  readonly n: number;
  readonly placeholder: string;
  readonly choices: readonly string[] | undefined;
  /** The text of the line it stands on, up to the stop (`kode: `, `  Ya: `). */
  readonly before: string;
}

const STOP = /\$\{(\d+):((?:\\.|[^}\\])*)\}|\$\{(\d+)\|((?:\\.|[^|\\])*)\|\}|\$\{(\d+)\}|\$(\d+)|\\(.)/g;

const unescape = (s: string): string => s.replace(/\\(.)/g, '$1');

/**
 * Expands an LSP snippet as an editor does when the author fills stop n with `fills[n]`, or
 * keeps its default (the first choice of a choice); returns the text and the stops in text order.
 */
export function expandSnippet(snippet: string, fills: Readonly<Record<number, string>> = {}): { text: string; stops: SnippetStop[] } {
  const stops: SnippetStop[] = [];
  let text = '';
  let last = 0;
  for (const m of snippet.matchAll(STOP)) {
    text += snippet.slice(last, m.index);
    last = m.index + m[0].length;
    if (m[7] !== undefined) {
      text += m[7];
      continue;
    }
    const n = Number(m[1] ?? m[3] ?? m[5] ?? m[6]);
    const choices = m[4] === undefined ? undefined : m[4].split(/(?<!\\),/).map(unescape);
    const placeholder = m[2] !== undefined ? unescape(m[2]) : (choices?.[0] ?? '');
    stops.push({ n, placeholder, choices, before: text.slice(text.lastIndexOf('\n') + 1) });
    text += fills[n] ?? placeholder;
  }
  text += snippet.slice(last);
  return { text, stops };
}

/** The text of a file after an item is accepted: its range replaced by its (expanded) text. */
export function acceptItem(
  text: string,
  item: { readonly insertText: string; readonly snippet: boolean; readonly replace: { readonly start: number; readonly end: number } },
  fills: Readonly<Record<number, string>> = {},
): string {
  const inserted = item.snippet ? expandSnippet(item.insertText, fills).text : item.insertText;
  return text.slice(0, item.replace.start) + inserted + text.slice(item.replace.end);
}
