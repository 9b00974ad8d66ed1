import { PREVIEW_OPEN_COMMAND } from '../../protocol/commands';
import type { Span } from '../diagnostic';
import { lanesOf } from '../diagram/cfm';
import { pick, type Lang, type Localized } from '../localized';
import type { MapDecl } from '../model';
import type { PpbWorkspace } from '../workspace';

/** A line of text above a map, and what clicking it does (a client command, by name). */
export interface PpbCodeLens {
  readonly span: Span;
  readonly title: string;
  /** No command: the lens only informs. */
  readonly command?: { readonly name: string; readonly arguments: readonly string[] };
}

const OPEN_PREVIEW: Localized = { id: 'Buka pratinjau', en: 'Open preview' };

const english = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** "N langkah · M jalur · K keputusan[ · S SOP]": the size of a map at a glance (lanes as the diagram draws them). */
function summaryOf(m: MapDecl): Localized {
  const steps = m.steps.length;
  const lanes = lanesOf(m).length;
  const decisions = m.steps.filter((s) => s.jenis === 'keputusan').length;
  const sop = m.sop.length > 0 ? ` · ${m.sop.length} SOP` : '';
  return {
    id: `${steps} langkah · ${lanes} jalur · ${decisions} keputusan${sop}`,
    en: `${english(steps, 'step')} · ${english(lanes, 'lane')} · ${english(decisions, 'decision')}${sop}`,
  };
}

/**
 * Above each cross-functional map of `uri`, at its `kode`: its size, and "Open preview" with the
 * client command `ppb.preview.open` and the map's code (a client without that command shows the
 * lens and does nothing). Nothing while the file does not parse: the model's offsets are stale.
 */
export function codeLenses(ws: PpbWorkspace, uri: string, lang: Lang): PpbCodeLens[] {
  const parsed = ws.parsed(uri);
  if (!parsed?.doc || parsed.syntaxErrors.length > 0) return [];
  return ws
    .index()
    .maps.filter((m) => m.kode.span.uri === uri)
    .flatMap((m) => [
      { span: m.kode.span, title: pick(summaryOf(m), lang) },
      { span: m.kode.span, title: pick(OPEN_PREVIEW, lang), command: { name: PREVIEW_OPEN_COMMAND, arguments: [m.kode.value] } },
    ]);
}
