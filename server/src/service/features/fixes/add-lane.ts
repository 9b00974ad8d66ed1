import { isSeq } from 'yaml';
import type { MapDecl } from '../../model';
import type { ModelIndex } from '../../model-index';
import type { ParsedFile } from '../../parse';
import { pairOf } from '../../yaml-nodes';
import type { PpbTextEdit } from './quick-fix';
import { columnOf, insertLineAfter, mappingAt, rangeOf } from './yaml-edit';

/** The map whose step is performed by the party named at `[uri, start)`, when that map lists its lanes. */
export function laneMapOf(model: ModelIndex, uri: string, start: number): MapDecl | undefined {
  return model.maps.find((m) => m.lanes && m.lanes.length > 0 && m.steps.some((s) => s.pelaksana?.span.uri === uri && s.pelaksana.span.start === start));
}

/** `lane` at the end of the map's `pelaksana` list, in the list's own style (flow or block). */
export function addLane(parsed: ParsedFile, map: MapDecl, lane: string): PpbTextEdit | undefined {
  const lanes = pairOf(mappingAt(parsed, map.extent.start), 'pelaksana')?.value;
  const range = isSeq(lanes) ? rangeOf(lanes.items[lanes.items.length - 1]) : undefined;
  if (!isSeq(lanes) || !range) return undefined;
  if (lanes.flow) return { uri: parsed.uri, start: range[1], end: range[1], newText: `, ${lane}` };
  // Block style: a new `- lane` under the last one, its dash in the same column.
  return insertLineAfter(parsed, range[1], columnOf(parsed.text, parsed.text.lastIndexOf('-', range[0])), `- ${lane}`);
}
