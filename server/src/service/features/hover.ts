import type { Span } from '../diagnostic';
import type { Lang } from '../localized';
import type { PpbWorkspace } from '../workspace';
import { describeCode } from './describe-code';
import { describeParty } from './describe-party';
import { describeStep } from './describe-step';
import { describeTarget } from './describe-target';
import { hoverWriter } from './hover-text';
import { schemaHover } from './schema-hover';
import { symbolAt } from './symbol-at';

export interface PpbHover {
  /** Markdown, in the user's language. */
  readonly contents: string;
  readonly span: Span;
}

/**
 * What the id or code under the cursor stands for, from the whole model; elsewhere, what the
 * schema says of the key or value.
 */
export function hover(ws: PpbWorkspace, uri: string, offset: number, lang: Lang): PpbHover | undefined {
  const symbol = symbolAt(ws, uri, offset);
  if (!symbol) return schemaHover(ws, uri, offset, lang);
  const model = ws.index();
  const w = hoverWriter(model, lang);
  const { key, ref } = symbol;
  switch (symbol.kind) {
    case 'party':
      return { contents: describeParty(model, w, key), span: ref.span };
    case 'code':
      return { contents: describeCode(model, w, key, ref.value), span: ref.span };
    case 'step':
      return { contents: describeStep(model, w, symbol.in.procedure.kode.key, ref.value), span: ref.span };
    case 'target':
      return { contents: describeTarget(model, w, key), span: ref.span };
  }
}
