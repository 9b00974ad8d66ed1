import type { PpbDiagnostic } from '../diagnostic';
import { pick, type Lang } from '../localized';
import type { PpbTextEdit } from '../text-edit';
import type { PpbWorkspace } from '../workspace';
import { fixActivityOutput } from './fixes/activity-output';
import { fixCodePrefix } from './fixes/code-prefix';
import { fixDuplicateCode } from './fixes/duplicate-code';
import type { Fixer } from './fixes/quick-fix';
import { fixStepLane } from './fixes/step-lane';
import { fixUnknownParty } from './fixes/unknown-party';

/** A quick fix in LSP's shape: the diagnostic it fixes and the edits, as offsets in each file. */
export interface PpbCodeAction {
  readonly title: string;
  readonly kind: 'quickfix';
  readonly diagnostic: PpbDiagnostic;
  readonly edits: readonly PpbTextEdit[];
  readonly isPreferred: boolean;
}

/** The diagnostics whose fix is clear, and how each is fixed. */
const FIXERS: ReadonlyMap<string, Fixer> = new Map([
  ['PPB201', fixCodePrefix],
  ['PPB203', fixDuplicateCode],
  ['PPB207', fixUnknownParty],
  ['PPB208', fixStepLane],
  ['PPB303', fixActivityOutput],
]);

/**
 * The quick fixes for the diagnostics of `uri` that touch `[start, end]` (the cursor or the
 * selection), computed from the current model: never from a file that does not parse.
 */
export function codeActions(ws: PpbWorkspace, uri: string, start: number, end: number, lang: Lang): PpbCodeAction[] {
  const file = (u: string): ReturnType<PpbWorkspace['parsed']> => {
    const parsed = ws.parsed(u);
    return parsed?.doc && parsed.syntaxErrors.length === 0 ? parsed : undefined;
  };
  if (!file(uri)) return [];
  const model = ws.index();
  const out: PpbCodeAction[] = [];
  for (const diagnostic of ws.diagnostics().get(uri) ?? []) {
    const fixer = FIXERS.get(diagnostic.code);
    if (!fixer || diagnostic.start > end || diagnostic.end < start) continue;
    for (const fix of fixer({ ws, model, diagnostic, file })) {
      out.push({ title: pick(fix.title, lang), kind: 'quickfix', diagnostic, edits: fix.edits, isPreferred: fix.preferred });
    }
  }
  return out;
}
