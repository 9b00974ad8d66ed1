/**
 * Markdown from user text. Names hold `*`, `_`, `[`, `<` and line breaks; shown raw they would
 * turn into emphasis, links, HTML or list items, or break the hover's layout.
 */

/** User text as literal Markdown, on one line. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_{}[\]()#+\-!|<>~&]/g, (c) => `\\${c}`)
    .replace(/^(\d+)([.)])/, '$1\\$2'); // "1. Pendaftaran" would start an ordered list
}

/** User text as an inline code span, fenced with more backticks than it holds in a row. */
export function inlineCode(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}
