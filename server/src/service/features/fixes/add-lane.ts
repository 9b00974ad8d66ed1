import { isSeq } from 'yaml';
import { columnOf } from '../../lines';
import type { MapDecl } from '../../model';
import type { ParsedFile } from '../../parse';
import type { Reference } from '../../reference-table';
import type { PpbTextEdit } from '../../text-edit';
import { pairOf } from '../../yaml-nodes';
import { insertLineAfter, mappingAt, rangeOf } from './yaml-edit';

/** The map a step's performer is named in, when the name is one and that map lists its lanes. */
export function laneMapOf(named: Reference | undefined): MapDecl | undefined {
  return named?.role === 'stepPerformer' && named.in.map.lanes && named.in.map.lanes.length > 0 ? named.in.map : undefined;
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
