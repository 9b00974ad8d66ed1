/**
 * An agency's own text for a section of the document, written in Markdown, as document blocks.
 *
 * markdown-it parses (raw HTML off, so `<script>` is text like any other); this module walks its
 * token stream and never renders HTML. Every text it gives is plain: entity references come
 * decoded (`&amp;` is `&`), markup characters stay literal, and the writers escape what their
 * format needs and drop control characters.
 *
 * - A paragraph keeps bold and italic (`**…**`, `*…*`); inline code is plain text, a link keeps
 *   its text only, an image its alt text, and a line break, soft or hard, is a space.
 * - A heading of any level is a sub-heading (level 3) inside the section, its id
 *   `${idPrefix}-${n}` counting the headings from 1 (one without text is dropped).
 * - Lists, bullet or numbered, nest; an item's paragraphs are joined with a space, and whatever
 *   else an item holds (code, a table, a heading) is kept as its plain text.
 * - A table (GitHub's pipes) keeps its header and its cells as plain text, the columns alike.
 * - A block quote is its inner blocks; code, fenced or indented, is one paragraph per line
 *   (blank lines dropped); a thematic break is dropped.
 */

import MarkdownIt from 'markdown-it';
import type { Block, ListItem, TableCell, TextRun } from './outline';

type Token = MarkdownIt.Token;

const md = new MarkdownIt('default', { html: false, linkify: false, typographer: false });

/** Where the headings are counted: one per call, so the ids of a section are its own. */
interface Context {
  readonly idPrefix: string;
  headings: number;
}

/** An agency's Markdown as document blocks: paragraphs, lists, tables and sub-headings; everything else as its plain text. */
export function markdownBlocks(markdown: string, idPrefix: string): Block[] {
  if (markdown.trim() === '') return [];
  const tokens = md.parse(markdown, {});
  return blocksIn(tokens, 0, tokens.length, { idPrefix, headings: 0 });
}

/** The index of the token that closes the one opened at `open` (itself when it opens nothing). */
function closing(tokens: readonly Token[], open: number): number {
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    depth += tokens[i]?.nesting ?? 0;
    if (depth <= 0) return i;
  }
  return tokens.length - 1;
}

/** The blocks of the tokens `from` up to (not including) `to`. */
function blocksIn(tokens: readonly Token[], from: number, to: number, ctx: Context): Block[] {
  const blocks: Block[] = [];
  let i = from;
  while (i < to) {
    const token = tokens[i];
    if (!token) break;
    const end = Math.min(closing(tokens, i), to - 1);
    switch (token.type) {
      case 'paragraph_open': {
        const runs = inlineRunsIn(tokens, i + 1, end);
        if (runs.length > 0) blocks.push({ kind: 'paragraph', runs });
        break;
      }
      case 'heading_open': {
        const text = plainTextIn(tokens, i + 1, end).trim();
        if (text !== '') blocks.push({ kind: 'heading', level: 3, text, id: `${ctx.idPrefix}-${++ctx.headings}` });
        break;
      }
      case 'bullet_list_open':
      case 'ordered_list_open':
        blocks.push({ kind: 'list', ordered: token.type === 'ordered_list_open', items: listItemsIn(tokens, i + 1, end, ctx) });
        break;
      case 'table_open':
        blocks.push(tableIn(tokens, i + 1, end));
        break;
      case 'fence':
      case 'code_block':
      case 'html_block':
        blocks.push(...linesOf(token.content));
        break;
      case 'hr':
        break;
      case 'inline': {
        // Not inside a paragraph: cannot happen with the default rules, but is text all the same.
        const runs = inlineRuns(token.children ?? []);
        if (runs.length > 0) blocks.push({ kind: 'paragraph', runs });
        break;
      }
      default:
        // A block quote, and any container a rule might add: its inner blocks as they are.
        if (token.nesting === 1) blocks.push(...blocksIn(tokens, i + 1, end, ctx));
        else if (token.nesting === 0 && token.content.trim() !== '') blocks.push(...linesOf(token.content));
        break;
    }
    i = end + 1;
  }
  return blocks;
}

/** Code as one paragraph per line, each a single plain run; blank lines dropped. */
function linesOf(content: string): Block[] {
  return content
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => ({ kind: 'paragraph', runs: [{ text: line }] }));
}

/** The items of a list whose tokens are `from` up to `to`: each `list_item_open` … `list_item_close`. */
function listItemsIn(tokens: readonly Token[], from: number, to: number, ctx: Context): ListItem[] {
  const items: ListItem[] = [];
  let i = from;
  while (i < to) {
    const token = tokens[i];
    if (!token) break;
    const end = Math.min(closing(tokens, i), to - 1);
    if (token.type === 'list_item_open') {
      // The item's own blocks, its headings counted apart: they are not headings of the section.
      items.push(listItem(blocksIn(tokens, i + 1, end, { idPrefix: ctx.idPrefix, headings: 0 })));
    }
    i = end + 1;
  }
  return items;
}

/** A list item from its blocks: the text joined with spaces, the lists inside as its items. */
function listItem(blocks: readonly Block[]): ListItem {
  const runs: TextRun[] = [];
  const items: ListItem[] = [];
  const add = (more: readonly TextRun[]): void => {
    if (more.length === 0) return;
    if (runs.length > 0) runs.push({ text: ' ' });
    runs.push(...more);
  };
  for (const block of blocks) {
    switch (block.kind) {
      case 'paragraph':
        add(block.runs);
        break;
      case 'list':
        items.push(...block.items);
        break;
      case 'heading':
        add([{ text: block.text }]);
        break;
      case 'table': {
        const texts = [...block.header, ...block.rows.flatMap((row) => row.map((cell) => cell.text))].filter((t) => t !== '');
        if (texts.length > 0) add([{ text: texts.join(' ') }]);
        break;
      }
      case 'figure':
      case 'signature':
        // Markdown makes neither.
        break;
    }
  }
  const merged = mergeRuns(runs);
  return items.length > 0 ? { runs: merged, items } : { runs: merged };
}

/** A table: `thead` with one row of `th`, `tbody` with rows of `td`, each cell an inline token. */
function tableIn(tokens: readonly Token[], from: number, to: number): Block {
  const header: string[] = [];
  const rows: TableCell[][] = [];
  let row: TableCell[] | undefined;
  let inHead = false;
  for (let i = from; i < to; i++) {
    const token = tokens[i];
    if (!token) break;
    switch (token.type) {
      case 'thead_open':
        inHead = true;
        break;
      case 'thead_close':
        inHead = false;
        break;
      case 'tr_open':
        row = inHead ? undefined : [];
        break;
      case 'tr_close':
        if (row) rows.push(row);
        row = undefined;
        break;
      case 'inline': {
        const text = plainText(token.children ?? []).trim();
        if (inHead) header.push(text);
        else row?.push({ text });
        break;
      }
      default:
        break;
    }
  }
  return { kind: 'table', header, rows, widths: header.map(() => 1) };
}

/** The runs of the inline tokens between `from` and `to` (a paragraph's one `inline`). */
function inlineRunsIn(tokens: readonly Token[], from: number, to: number): TextRun[] {
  const runs: TextRun[] = [];
  for (let i = from; i < to; i++) {
    const token = tokens[i];
    if (token?.type === 'inline') runs.push(...inlineRuns(token.children ?? []));
  }
  return mergeRuns(runs);
}

/** The plain text of the inline tokens between `from` and `to`. */
function plainTextIn(tokens: readonly Token[], from: number, to: number): string {
  return inlineRunsIn(tokens, from, to)
    .map((run) => run.text)
    .join('');
}

function plainText(children: readonly Token[]): string {
  return inlineRuns(children)
    .map((run) => run.text)
    .join('');
}

/** Inline tokens as runs, bold and italic kept; nothing else of their markup. */
function inlineRuns(children: readonly Token[]): TextRun[] {
  const runs: TextRun[] = [];
  let bold = 0;
  let italic = 0;
  const push = (text: string): void => {
    if (text === '') return;
    runs.push({ text, ...(bold > 0 ? { bold: true } : {}), ...(italic > 0 ? { italic: true } : {}) });
  };
  for (const token of children) {
    switch (token.type) {
      case 'strong_open':
        bold++;
        break;
      case 'strong_close':
        bold = Math.max(0, bold - 1);
        break;
      case 'em_open':
        italic++;
        break;
      case 'em_close':
        italic = Math.max(0, italic - 1);
        break;
      case 'softbreak':
      case 'hardbreak':
        push(' ');
        break;
      case 'image':
        // The alt text, parsed as inline by markdown-it; its own emphasis is not kept.
        push(token.children ? plainText(token.children) : token.content);
        break;
      case 'link_open':
      case 'link_close':
      case 's_open':
      case 's_close':
        // The link's text is kept, its address is not; struck text is plain text.
        break;
      default:
        // `text`, `code_inline`, `text_special` and anything else that carries text.
        if (token.nesting === 0) push(token.content);
        break;
    }
  }
  return mergeRuns(runs);
}

/** Adjacent runs of the same style as one. */
function mergeRuns(runs: readonly TextRun[]): TextRun[] {
  const merged: TextRun[] = [];
  for (const run of runs) {
    if (run.text === '') continue;
    const last = merged[merged.length - 1];
    if (last && (last.bold ?? false) === (run.bold ?? false) && (last.italic ?? false) === (run.italic ?? false)) {
      merged[merged.length - 1] = { ...last, text: last.text + run.text };
    } else {
      merged.push(run);
    }
  }
  return merged;
}
