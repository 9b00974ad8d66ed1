import { addLane, laneMapOf } from './add-lane';
import { fixOf, type Fixer } from './quick-fix';

/** PPB208: the step's performer joins the map's `pelaksana` lanes, at the end, in the list's own style. */
export const fixStepLane: Fixer = ({ model, diagnostic, file }) => {
  const parsed = file(diagnostic.uri);
  const map = laneMapOf(model, diagnostic.uri, diagnostic.start);
  const lane = map?.steps.find((s) => s.pelaksana?.span.uri === diagnostic.uri && s.pelaksana.span.start === diagnostic.start)?.pelaksana?.value;
  if (!parsed || !map || lane === undefined) return [];
  return fixOf({ id: `Tambahkan \`${lane}\` ke lajur peta ${map.kode.value}`, en: `Add \`${lane}\` to the lanes of map ${map.kode.value}` }, [addLane(parsed, map, lane)], true);
};
