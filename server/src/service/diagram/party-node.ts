import type { DiagramNode } from '../../protocol/diagram';
import type { Span } from '../diagnostic';
import type { ModelIndex } from '../model-index';
import { partyLabel } from './names';

/** A unit or an external party as a box, by its full name; a click reveals its declaration unless `source` says where else. */
export function partyNode(
  model: ModelIndex,
  id: string,
  partyId: string,
  more: Pick<DiagramNode<Span>, 'group' | 'source'> = {},
): DiagramNode<Span> {
  const decl = model.parties.get(partyId)?.[0];
  return {
    id,
    label: partyLabel(model, partyId, false),
    shape: decl?.kind === 'unit' ? 'unit' : 'party',
    ...(decl ? { source: decl.id.span } : {}),
    ...more,
  };
}
