import { addLane, laneMapOf } from './add-lane';
import { fixOf, referenceMarked, type Fixer } from './quick-fix';

/** PPB208: the step's performer joins the map's `pelaksana` lanes, at the end, in the list's own style. */
export const fixStepLane: Fixer = (ctx) => {
  const parsed = ctx.file(ctx.diagnostic.uri);
  const performer = referenceMarked(ctx);
  const map = laneMapOf(performer);
  const lane = performer?.ref.value;
  if (!parsed || !map || lane === undefined) return [];
  return fixOf(
    { id: `Tambahkan \`${lane}\` ke lajur peta ${map.kode.value}`, en: `Add \`${lane}\` to the lanes of map ${map.kode.value}` },
    [addLane(parsed, map, lane)],
    true,
  );
};
