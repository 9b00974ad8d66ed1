import { closest } from '../../closest';
import type { Localized } from '../../localized';
import type { PpbTextEdit } from '../../text-edit';
import { rewriteValue } from '../../written-value';
import { addLane, laneMapOf } from './add-lane';
import { declareParty, type PartySection } from './declare-party';
import { fixOf, referenceMarked, type Fix, type FixContext, type Fixer } from './quick-fix';

/** What FORMAT.md allows as a unit or party id: declaring anything else would be PPB105. */
const ID = /^[a-z][a-z0-9_]*$/;

/**
 * Declares `id`; when it performs a step of a map that lists its lanes, it joins them too, or
 * the declaration would only turn PPB207 into PPB208.
 */
function declaration(ctx: FixContext, section: PartySection, id: string, what: Localized, preferred: boolean): Fix[] {
  const { diagnostic } = ctx;
  const map = laneMapOf(referenceMarked(ctx));
  const lanes = map?.lanes?.some((l) => l.value === id) === false ? map : undefined;
  const parsed = ctx.file(diagnostic.uri);
  const edits: (PpbTextEdit | undefined)[] = [declareParty(ctx, section, id)];
  if (lanes) edits.push(parsed && addLane(parsed, lanes, id));
  const title = lanes
    ? {
        id: `Deklarasikan ${what.id} \`${id}\` dan tambahkan ke lajur peta ${lanes.kode.value}`,
        en: `Declare ${what.en} \`${id}\` and add it to the lanes of map ${lanes.kode.value}`,
      }
    : { id: `Deklarasikan ${what.id} \`${id}\``, en: `Declare ${what.en} \`${id}\`` };
  return fixOf(title, edits, preferred);
}

/** PPB207: change the name to the closest declared id, or declare it as a unit (or a stakeholder). */
export const fixUnknownParty: Fixer = (ctx) => {
  const { model, diagnostic } = ctx;
  const parsed = ctx.file(diagnostic.uri);
  const marked = referenceMarked(ctx);
  if (!parsed || marked?.kind !== 'party') return [];
  const id = marked.ref.value;
  const fixes: Fix[] = [];
  const guess = closest(id, model.parties.keys());
  if (guess !== undefined) {
    const nama = model.parties.get(guess)?.[0]?.nama;
    const named = nama ? ` (${nama})` : '';
    fixes.push(
      ...fixOf(
        { id: `Ganti dengan \`${guess}\`${named}`, en: `Change to \`${guess}\`${named}` },
        [rewriteValue(parsed.text, marked.ref, guess)],
        true,
      ),
    );
  }
  if (ID.test(id)) {
    fixes.push(...declaration(ctx, 'unit', id, { id: 'unit', en: 'unit' }, guess === undefined));
    if (model.partyList.some((p) => p.kind === 'party'))
      fixes.push(...declaration(ctx, 'pemangku_kepentingan', id, { id: 'pemangku kepentingan', en: 'stakeholder' }, false));
  }
  return fixes;
};
