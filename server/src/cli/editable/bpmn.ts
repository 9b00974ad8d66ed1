import type { Diagram, DiagramNode } from '../../protocol/diagram';
import type { DrawingGeometry, DrawnBox, DrawnNode, DrawnPoint } from '../../protocol/drawing-geometry';
import { diagramTitle } from '../../service';
import { BpmnBuilder, ncName } from './bpmn-builder';
import { boxCentre, eventBox, touchEnds, type Outline } from './bpmn-outline';
import { bpmnRole, isFlow } from './bpmn-roles';
import { documentSpot } from './document-spot';
import { eventLabel } from './event-label';
import { labelBeside } from './flow-label';
import { bpmnModdle, type ModdleElement } from './moddle';

/** Where BPMN's names for our maps live (the definitions' target namespace). */
const NAMESPACE = 'https://github.com/ppb-peta-proses-bisnis/ppb/bpmn';
/** A modeller's header strip: the pool's name stands in it, turned, left of the lanes (bpmn-js draws a lane's name in the same 30 px). */
const POOL_HEADER = 30;
/** An outside label's line (bpmn-js writes them at 11 px, 1.2 apart). */
const LINE = 14;
/** How far the two events of a connector the flow passes stand from its centre, each way. */
const PASS_OFFSET = 26;

/** An element a line may start or end at: its lists of flows, and its outline in the picture. */
interface End {
  readonly element: ModdleElement;
  readonly incoming: ModdleElement[];
  readonly outgoing: ModdleElement[];
  readonly outline: Outline;
}

/** What a step became: where its flows come in and go out (one element, or a passing connector's two events). */
interface Step {
  readonly node: DiagramNode<unknown>;
  readonly enter: End;
  readonly leave: End;
}

/**
 * A cross-functional map as BPMN 2.0 XML: a pool of the map's lanes (one per performer, in order),
 * its steps as events, tasks and gateways, its lines as sequence flows, each laid out where our
 * drawing put it (`geometry`), so that a BPMN modeller shows the map as our SVG shows it. Built
 * with bpmn-moddle, which writes every label as text.
 */
export async function bpmnXml(diagram: Diagram<unknown>, geometry: DrawingGeometry): Promise<string> {
  if (diagram.kind !== 'cfm') {
    throw new Error(`BPMN export takes cross-functional maps only: ${diagram.exportName} is a ${diagram.kind} diagram, not a cfm.`);
  }
  const b = new BpmnBuilder(await bpmnModdle());
  const drawnNode = (id: string): DrawnNode => {
    const n = geometry.nodes.find((g) => g.id === id);
    if (!n) throw new Error(`BPMN export: the drawing of ${diagram.exportName} has no box for step ${id}.`);
    return n;
  };
  const flowElements: ModdleElement[] = [];
  const artifacts: ModdleElement[] = [];
  const edgeShapes: ModdleElement[] = [];
  /** Shapes are made once the lines are known: an event's label keeps off the lines that meet it. */
  const shapeMakers: (() => ModdleElement)[] = [];
  /** Where lines meet each element. */
  const touches = new Map<ModdleElement, DrawnPoint[]>();
  const touchesOf = (...ends: End[]): DrawnPoint[] => ends.flatMap((e) => touches.get(e.element) ?? []);
  const flows = diagram.edges.filter(isFlow);

  // What a document's paper keeps clear of: every shape, label and line of the drawing; it stays in its lane, right of the lane's name.
  // Branch labels count where they end up, moved off their lines.
  const taken = [...geometry.nodes, ...geometry.edges.flatMap((e) => (e.label ? [e.label, labelBeside(e.label, e.points)] : []))];
  const lines = geometry.edges.map((e) => e.points);
  const laneArea = (group: string | undefined): DrawnBox => {
    const lane = geometry.groups.find((g) => g.id === group);
    const title = lane?.titleWidth ?? 0;
    return lane
      ? { x: lane.x + title, y: lane.y, width: lane.width - title, height: lane.height }
      : { x: 0, y: 0, width: geometry.width, height: geometry.height };
  };

  /** A flow node; its shape is `outline`'s box, its label's box (outside labels only) given once the lines are drawn. */
  const flowNode = (type: string, id: string, outline: Outline, props: Record<string, unknown>, label?: () => DrawnBox): End => {
    const incoming: ModdleElement[] = [];
    const outgoing: ModdleElement[] = [];
    const element = b.make(type, id, { ...props, incoming, outgoing });
    flowElements.push(element);
    shapeMakers.push(() => b.shape(element, outline.box, label?.()));
    return { element, incoming, outgoing, outline };
  };

  const steps = new Map<string, Step>();
  for (const node of diagram.nodes) {
    const drawn = drawnNode(node.id);
    const id = ncName('Step', node.id);
    const name = node.label;
    const centre = boxCentre(drawn);
    const textSize = { width: Math.max(90, drawn.width), height: LINE * Math.max(1, drawn.lines.length) };
    // A connector shows the code of the map it leads to above its name: the event's name holds both.
    const eventName = node.code !== undefined ? `${node.code} ${name}` : name;
    const link = (eventId: string): Record<string, unknown> => ({
      eventDefinitions: [b.part('bpmn:LinkEventDefinition', { id: `${eventId}-link`, name })],
    });
    const event = (
      type: string,
      eventId: string,
      at: DrawnPoint,
      props: Record<string, unknown>,
      label?: (circle: DrawnBox) => DrawnBox,
    ): End => {
      const circle = eventBox(at);
      return flowNode(type, eventId, { kind: 'circle', box: circle }, props, label && (() => label(circle)));
    };
    const single = (end: End): Step => ({ node, enter: end, leave: end });
    // One event in our shape's place, its label clear of its lines.
    const oneEvent = (type: string, props: Record<string, unknown>): Step => {
      const end: End = event(type, id, centre, { name: eventName, ...props }, (circle) => eventLabel([circle], textSize, touchesOf(end)));
      return single(end);
    };
    const role = bpmnRole(node, diagram);
    let step: Step;
    switch (role) {
      case 'start':
        step = oneEvent('bpmn:StartEvent', {});
        break;
      case 'end':
        step = oneEvent('bpmn:EndEvent', {});
        break;
      case 'throw':
        step = oneEvent('bpmn:IntermediateThrowEvent', link(id));
        break;
      case 'catch':
        step = oneEvent('bpmn:IntermediateCatchEvent', link(id));
        break;
      case 'pass': {
        // The throw on the side the flow comes from, the catch on the side it goes on to; the name once, for both.
        const from = flows.filter((e) => e.to === node.id).map((e) => boxCentre(drawnNode(e.from)).x);
        const to = flows.filter((e) => e.from === node.id).map((e) => boxCentre(drawnNode(e.to)).x);
        const side = Math.min(...from) <= Math.max(...to) ? 1 : -1;
        const backId = `${id}-back`;
        const leave = event('bpmn:IntermediateCatchEvent', backId, { x: centre.x + side * PASS_OFFSET, y: centre.y }, link(backId));
        const enter: End = event(
          'bpmn:IntermediateThrowEvent',
          id,
          { x: centre.x - side * PASS_OFFSET, y: centre.y },
          { name: eventName, ...link(id) },
          () => eventLabel([enter.outline.box, leave.outline.box], textSize, touchesOf(enter, leave)),
        );
        step = { node, enter, leave };
        break;
      }
      case 'gateway': {
        // The question stands over the diamond, as in our drawing (its marker stays off, out of the way).
        const over = { x: centre.x - drawn.width / 4, y: centre.y - textSize.height / 2, width: drawn.width / 2, height: textSize.height };
        step = single(flowNode('bpmn:ExclusiveGateway', id, { kind: 'diamond', box: drawn }, { name }, () => over));
        break;
      }
      case 'task':
        step = single(flowNode('bpmn:Task', id, { kind: 'rect', box: drawn }, { name }));
        break;
      case 'document': {
        // A task that puts out the document: a paper beside it (a data object), where it is clear of the rest.
        const dataObject = b.make('bpmn:DataObject', ncName('DataObject', node.id), { name });
        const paper = b.make('bpmn:DataObjectReference', ncName('Document', node.id), { dataObjectRef: dataObject });
        const output = b.make('bpmn:DataOutputAssociation', ncName('Output', node.id), { targetRef: paper });
        step = single(flowNode('bpmn:Task', id, { kind: 'rect', box: drawn }, { name, dataOutputAssociations: [output] }));
        flowElements.push(dataObject, paper);
        const spot = documentSpot(drawn, { area: laneArea(node.group), boxes: taken, lines });
        shapeMakers.push(() => b.shape(paper, spot.box));
        if (spot.line) edgeShapes.push(b.edge(output, spot.line));
        break;
      }
    }
    steps.set(node.id, step);
  }
  const stepOf = (id: string): Step => {
    const s = steps.get(id);
    if (!s) throw new Error(`BPMN export: a line of ${diagram.exportName} joins an unknown step ${id}.`);
    return s;
  };

  // Lines: our drawing's corners, the ends moved onto the shapes; a line our drawing did not draw goes straight, centre to centre.
  const seen = new Map<string, number>();
  for (const e of diagram.edges) {
    // The drawing counts the lines between the same two steps in the diagram's order.
    const key = `${e.from}\u0000${e.to}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    const kind = e.kind ?? 'flow';
    if (kind !== 'flow' && kind !== 'together') continue; // an `order` line is not drawn, and no other kind is on a map
    const drawn = geometry.edges.find((g) => g.from === e.from && g.to === e.to && g.occurrence === occurrence);
    const source = stepOf(e.from).leave;
    const target = stepOf(e.to).enter;
    const points = touchEnds(
      drawn?.points ?? [boxCentre(source.outline.box), boxCentre(target.outline.box)],
      source.outline,
      target.outline,
    );
    const [first, last] = [points[0], points[points.length - 1]];
    if (first) touches.set(source.element, [...(touches.get(source.element) ?? []), first]);
    if (last) touches.set(target.element, [...(touches.get(target.element) ?? []), last]);
    const id = ncName(kind === 'flow' ? 'Flow' : 'Association', `${e.from}-${e.to}${occurrence > 0 ? `-${occurrence + 1}` : ''}`);
    if (kind === 'flow') {
      const flow = b.make('bpmn:SequenceFlow', id, {
        sourceRef: source.element,
        targetRef: target.element,
        ...(e.label !== undefined ? { name: e.label } : {}),
      });
      source.outgoing.push(flow);
      target.incoming.push(flow);
      flowElements.push(flow);
      edgeShapes.push(b.edge(flow, points, drawn?.label ? labelBeside(drawn.label, points) : undefined));
    } else {
      // A joint step and its copy in another performer's lane: one piece of work, joined by a plain line.
      const association = b.make('bpmn:Association', id, {
        sourceRef: source.element,
        targetRef: target.element,
        associationDirection: 'None',
      });
      artifacts.push(association);
      edgeShapes.push(b.edge(association, points));
    }
  }

  // The performers' lanes, in order, each naming its steps; the pool around them.
  const code = diagram.code ?? diagram.id;
  const laneGroups = diagram.groups.filter((g) => g.kind === 'lane');
  const laneShapes: ModdleElement[] = [];
  const lanes = laneGroups.map((g) => {
    const lane = b.make('bpmn:Lane', ncName('Lane', g.id), {
      name: g.label,
      flowNodeRef: [...steps.values()]
        .filter((s) => s.node.group === g.id)
        .flatMap((s) => (s.enter === s.leave ? [s.enter.element] : [s.enter.element, s.leave.element])),
    });
    const drawn = geometry.groups.find((d) => d.id === g.id);
    if (!drawn) throw new Error(`BPMN export: the drawing of ${diagram.exportName} has no lane ${g.label}.`);
    laneShapes.push(b.shape(lane, drawn, undefined, { isHorizontal: true }));
    return lane;
  });
  const process = b.make('bpmn:Process', ncName('Process', code), {
    name: diagram.title,
    isExecutable: false,
    ...(lanes.length > 0 ? { laneSets: [b.make('bpmn:LaneSet', ncName('LaneSet', code), { lanes })] } : {}),
    flowElements,
    artifacts,
  });
  const participant = b.make('bpmn:Participant', ncName('Participant', code), { name: diagramTitle(diagram), processRef: process });
  const collaboration = b.make('bpmn:Collaboration', ncName('Collaboration', code), { participants: [participant] });
  const framed = geometry.groups.filter((d) => laneGroups.some((g) => g.id === d.id));
  const inside: readonly DrawnBox[] = framed.length > 0 ? framed : geometry.nodes;
  const left = Math.min(...inside.map((r) => r.x));
  const top = Math.min(...inside.map((r) => r.y));
  const pool: DrawnBox = {
    x: left - POOL_HEADER,
    y: top,
    width: Math.max(...inside.map((r) => r.x + r.width)) - left + POOL_HEADER,
    height: Math.max(...inside.map((r) => r.y + r.height)) - top,
  };
  const plane = b.make('bpmndi:BPMNPlane', ncName('Plane', code), {
    bpmnElement: collaboration,
    planeElement: [
      b.shape(participant, pool, undefined, { isHorizontal: true }),
      ...laneShapes,
      ...shapeMakers.map((m) => m()),
      ...edgeShapes,
    ],
  });
  const definitions = b.make('bpmn:Definitions', ncName('Definitions', code), {
    targetNamespace: NAMESPACE,
    exporter: 'PPB',
    rootElements: [collaboration, process],
    diagrams: [b.make('bpmndi:BPMNDiagram', ncName('Diagram', code), { name: diagram.title, plane })],
  });
  return b.xml(definitions);
}
