import type { Span } from '../diagnostic';
import type { Lang } from '../localized';
import type { PpbWorkspace } from '../workspace';

/**
 * PLACEHOLDER in branch f/nav only: engineer B owns this file (hover of keys and enum values
 * from the schema). This stand-in keeps the agreed signature and answers nothing; the lead keeps
 * B's version at merge.
 */
export function schemaHover(_ws: PpbWorkspace, _uri: string, _offset: number, _lang: Lang): { contents: string; span: Span } | undefined {
  return undefined;
}
