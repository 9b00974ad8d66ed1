import type { DiagramNode } from '../../protocol/diagram';
import type { Span } from '../diagnostic';
import type { ProcessDecl } from '../model';
import { safeId } from './names';

/** A process or sub-process as a box: its code above its name; a click opens its map. */
export function processNode(
  p: ProcessDecl,
  opensFor: (code: string) => string | undefined,
  more: Pick<DiagramNode<Span>, 'group' | 'note'> = {},
): DiagramNode<Span> {
  const opens = opensFor(p.kode.value);
  return {
    id: safeId('p', p.kode.value),
    code: p.kode.value,
    label: p.nama ?? p.kode.value,
    shape: 'process',
    source: p.kode.span,
    ...more,
    ...(opens ? { opens } : {}),
  };
}
