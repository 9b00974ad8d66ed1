import assert from 'node:assert/strict';
import { bpmnModdle, type ModdleElement } from '../../server/src/cli/editable/moddle';

/** A box as BPMN's diagram interchange writes it. */
export interface Bounds {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A BPMN file read back by bpmn-moddle, with what the tests look up in it. */
export interface ReadBpmn {
  readonly warnings: string[];
  readonly definitions: ModdleElement;
  readonly collaboration: ModdleElement;
  readonly participants: ModdleElement[];
  readonly process: ModdleElement;
  readonly lanes: ModdleElement[];
  readonly flowElements: ModdleElement[];
  readonly artifacts: ModdleElement[];
  readonly plane: ModdleElement;
  readonly byId: Readonly<Record<string, ModdleElement>>;
  /** The diagram shape or edge of an element. */
  di(element: ModdleElement): ModdleElement | undefined;
}

/** A property holding a list (absent when bpmn-moddle read none). */
export const list = (e: ModdleElement | undefined, property: string): ModdleElement[] =>
  (e?.[property] as ModdleElement[] | undefined) ?? [];
export const ref = (e: ModdleElement | undefined, property: string): ModdleElement | undefined =>
  e?.[property] as ModdleElement | undefined;
export const text = (e: ModdleElement | undefined, property: string): string | undefined => e?.[property] as string | undefined;
export const boundsOf = (di: ModdleElement | undefined): Bounds | undefined => ref(di, 'bounds') as Bounds | undefined;
export const labelBoundsOf = (di: ModdleElement | undefined): Bounds | undefined => boundsOf(ref(di, 'label'));
export const waypointsOf = (di: ModdleElement | undefined): { x: number; y: number }[] =>
  list(di, 'waypoint') as unknown as { x: number; y: number }[];

/** Reads BPMN XML with bpmn-moddle (as a modeller would) and finds its one pool, process and diagram. */
export async function readBpmn(xml: string): Promise<ReadBpmn> {
  const moddle = await bpmnModdle();
  const { rootElement: definitions, warnings, elementsById } = await moddle.fromXML(xml);
  const roots = list(definitions, 'rootElements');
  const collaborations = roots.filter((r) => r.$type === 'bpmn:Collaboration');
  const processes = roots.filter((r) => r.$type === 'bpmn:Process');
  assert.equal(collaborations.length, 1, 'one collaboration');
  assert.equal(processes.length, 1, 'one process');
  const [collaboration, process] = [collaborations[0], processes[0]];
  assert.ok(collaboration && process);
  const diagrams = list(definitions, 'diagrams');
  assert.equal(diagrams.length, 1, 'one diagram');
  const plane = ref(diagrams[0], 'plane');
  assert.ok(plane, 'the diagram has a plane');
  const diOf = new Map<ModdleElement, ModdleElement>();
  for (const d of list(plane, 'planeElement')) {
    const element = ref(d, 'bpmnElement');
    assert.ok(element, `${d.id ?? ''} draws an element`);
    assert.ok(!diOf.has(element), `${element.id ?? ''} is drawn once`);
    diOf.set(element, d);
  }
  const laneSets = list(process, 'laneSets');
  return {
    warnings: warnings.map((w) => w.message),
    definitions,
    collaboration,
    participants: list(collaboration, 'participants'),
    process,
    lanes: laneSets.flatMap((s) => list(s, 'lanes')),
    flowElements: list(process, 'flowElements'),
    artifacts: list(process, 'artifacts'),
    plane,
    byId: elementsById,
    di: (e) => diOf.get(e),
  };
}
