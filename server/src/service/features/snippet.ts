/** Text inside a snippet placeholder or a plain part: `$`, `}` and `\` are escaped. */
export function escapeSnippet(text: string): string {
  return text.replace(/[$}\\]/g, (c) => `\\${c}`);
}

/**
 * Lines of YAML in LSP snippet syntax, with tab stops numbered in the order they are asked for,
 * so the cursor goes where the author types next. Indents are relative to the first line.
 */
export class SnippetLines {
  private stops = 0;
  private readonly lines: { indent: number; text: string }[] = [];

  /** A tab stop, with a default text the author can keep or overwrite. */
  tab(placeholder?: string): string {
    const n = ++this.stops;
    return placeholder === undefined || placeholder === '' ? `$${n}` : `\${${n}:${escapeSnippet(placeholder)}}`;
  }

  /** A tab stop offering a choice of values (a plain stop when there is nothing to choose). */
  choice(values: readonly string[]): string {
    if (values.length === 0) return this.tab();
    const n = ++this.stops;
    return `\${${n}|${values.map((v) => v.replace(/[,|\\$}]/g, (c) => `\\${c}`)).join(',')}|}`;
  }

  line(indent: number, text: string): this {
    this.lines.push({ indent, text });
    return this;
  }

  get isEmpty(): boolean {
    return this.lines.length === 0;
  }

  /**
   * The snippet text: the first line follows `prefix` where the cursor is; the others start at
   * `column` plus their own indent (the text is inserted as is, not re-indented by the editor).
   */
  render(column: number, prefix = ''): string {
    return this.lines
      .map((l, i) => (i === 0 ? `${prefix}${' '.repeat(l.indent)}${l.text}` : `${' '.repeat(column + l.indent)}${l.text}`))
      .join('\n');
  }
}

const STOPS = /\$\{\d+:((?:\\.|[^}\\])*)\}|\$\{\d+\|(?:\\.|[^|\\])*\|\}|\$\{\d+\}|\$\d+|\\(.)/g;

/** A snippet as plain text for a client without snippets: defaults kept, other stops left empty. */
export function snippetAsPlainText(snippet: string): string {
  return snippet.replace(
    STOPS,
    (_m, placeholder: string | undefined, escaped: string | undefined) =>
      escaped ?? (placeholder === undefined ? '' : placeholder.replace(/\\(.)/g, '$1')),
  );
}
