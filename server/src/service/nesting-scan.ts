/**
 * How deeply a YAML text nests, estimated in one pass over its characters, before the `yaml`
 * parser sees it: that parser takes seconds, then runs out of memory, on a megabyte of `[` or
 * of `- - - …`. The estimate counts block indentation levels, compact `- ` entries on a line and
 * `key: ` on a line, open flow brackets, skipping comments and quoted text; it returns the offset where `limit`
 * is first exceeded, or undefined. It may over-count odd texts slightly, never by a hundred
 * levels on a real PPB file (which nests about 8 deep).
 */
export function nestingBeyond(text: string, limit: number): number | undefined {
  const indents: number[] = [];
  let flow = 0;
  let compact = 0;
  /** The last character that was not a space on this line, or '\n' at its start. */
  let last = '\n';
  let lineStart = true;
  let column = 0;
  const valueStart = (): boolean =>
    last === '\n' || last === ':' || last === '-' || last === ',' || last === '[' || last === '{' || last === '?';
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '\n' || c === '\r') {
      last = '\n';
      lineStart = true;
      column = 0;
      compact = 0;
      continue;
    }
    if (lineStart && c === ' ') {
      column++;
      continue;
    }
    if (c === ' ' || c === '\t') continue;
    if (c === '#' && (last === '\n' || text[i - 1] === ' ' || text[i - 1] === '\t')) {
      const nl = text.indexOf('\n', i);
      i = (nl < 0 ? text.length : nl) - 1;
      continue;
    }
    if (lineStart) {
      lineStart = false;
      if (flow === 0) {
        while (indents.length > 0 && (indents[indents.length - 1] as number) > column) indents.pop();
        if (indents.length === 0 || (indents[indents.length - 1] as number) < column) indents.push(column);
      }
    }
    if ((c === '"' || c === "'") && valueStart()) {
      i = endOfQuote(text, i, c);
      last = c;
      continue;
    }
    if ((c === '[' || c === '{') && valueStart()) flow++;
    else if ((c === ']' || c === '}') && flow > 0) flow--;
    else if ((c === '-' || c === '?') && (last === '\n' || last === '-' || last === '?') && /[ \t\r\n]/.test(text[i + 1] ?? '\n'))
      compact++;
    // `a: b: c: …` on one line nests too (the parser reads it so, then reports the error).
    else if (c === ':' && flow === 0 && /[ \t\r\n]/.test(text[i + 1] ?? '\n')) compact++;
    last = c;
    if (indents.length + compact + flow > limit) return i;
  }
  return undefined;
}

/** The offset of the closing quote (or the end of the text), past escapes. */
function endOfQuote(text: string, open: number, quote: string): number {
  for (let i = open + 1; i < text.length; i++) {
    const c = text[i];
    if (quote === '"' && c === '\\') i++;
    else if (c === quote) {
      if (quote === "'" && text[i + 1] === "'") i++;
      else return i;
    }
  }
  return text.length;
}
