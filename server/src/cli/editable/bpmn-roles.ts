import type { Diagram, DiagramEdge, DiagramNode } from '../../protocol/diagram';

/**
 * What a step of a cross-functional map is in BPMN: `start` and `end` events for its terminators;
 * a `task` (an activity, a joint step's copy) or a `document` task (a task with the document as
 * its output); an exclusive `gateway` for a decision; for a connector, a link event: `throw` where
 * the flow leaves the page, `catch` where it comes in, `pass` where it leaves and comes back (a
 * throw and a catch of one link, side by side: a link event may not both end and start a flow).
 */
export type BpmnRole = 'start' | 'end' | 'task' | 'document' | 'gateway' | 'throw' | 'catch' | 'pass';

/** The lines of the order of work: what becomes a sequence flow. */
export const isFlow = (e: DiagramEdge): boolean => (e.kind ?? 'flow') === 'flow';

export function bpmnRole(node: DiagramNode<unknown>, diagram: Diagram<unknown>): BpmnRole {
  const flows = diagram.edges.filter(isFlow);
  const comesIn = flows.some((e) => e.to === node.id);
  const goesOn = flows.some((e) => e.from === node.id);
  switch (node.shape) {
    case 'terminator':
      // `mulai` starts the flow and `selesai` ends it; the step kind is not in the diagram, the flow is.
      return goesOn ? 'start' : 'end';
    case 'connector':
      return comesIn && goesOn ? 'pass' : goesOn ? 'catch' : 'throw';
    case 'decision':
      return 'gateway';
    case 'document':
      return 'document';
    case 'activity':
    case 'process':
    case 'party':
    case 'unit':
    case 'data':
      return 'task';
  }
}
