import type { DrawnBox, DrawnPoint } from '../../protocol/drawing-geometry';
import { xmlText } from '../../service';
import type { Moddle, ModdleElement } from './moddle';

/** A valid XML name (NCName) from any text: what is not a letter, digit, `.`, `-` or `_` becomes `_<hex code point>_`. */
export const ncName = (prefix: string, text: string): string =>
  `${prefix}_${text.replace(/[^A-Za-z0-9._-]/g, (c) => `_${(c.codePointAt(0) ?? 0).toString(16)}_`)}`;

/** Hundredths of a pixel: enough for a modeller, and no float noise in the file. */
const round = (v: number): number => Math.round(v * 100) / 100;

/** BPMN elements and their diagram shapes, made through bpmn-moddle, each id once. */
export class BpmnBuilder {
  private readonly ids = new Set<string>();

  constructor(private readonly moddle: Moddle) {}

  /** An element with its id; a second element with an id already made is a bug of ours, caught here rather than by a modeller. */
  make(type: string, id: string, props: Record<string, unknown> = {}): ModdleElement {
    if (this.ids.has(id)) throw new Error(`BPMN export: the id ${id} was made twice.`);
    this.ids.add(id);
    return this.moddle.create(type, { id, ...props });
  }

  /** An element without an id of its own (bounds, points, labels, event definitions). */
  part(type: string, props: Record<string, unknown>): ModdleElement {
    return this.moddle.create(type, props);
  }

  bounds(b: DrawnBox): ModdleElement {
    return this.part('dc:Bounds', { x: round(b.x), y: round(b.y), width: round(b.width), height: round(b.height) });
  }

  private label(b: DrawnBox | undefined): Record<string, unknown> {
    return b ? { label: this.part('bpmndi:BPMNLabel', { bounds: this.bounds(b) }) } : {};
  }

  /** The shape of a pool, lane or flow node, with its label's box when the modeller writes it outside. */
  shape(element: ModdleElement, box: DrawnBox, label?: DrawnBox, props: Record<string, unknown> = {}): ModdleElement {
    return this.make('bpmndi:BPMNShape', `${element.id ?? ''}_di`, {
      bpmnElement: element,
      bounds: this.bounds(box),
      ...props,
      ...this.label(label),
    });
  }

  /** The drawing of a line: its points from start to end, and its label's box. */
  edge(element: ModdleElement, points: readonly DrawnPoint[], label?: DrawnBox): ModdleElement {
    return this.make('bpmndi:BPMNEdge', `${element.id ?? ''}_di`, {
      bpmnElement: element,
      waypoint: points.map((p) => this.part('dc:Point', { x: round(p.x), y: round(p.y) })),
      ...this.label(label),
    });
  }

  /**
   * The definitions as an XML file, indented. bpmn-moddle escapes markup but writes control
   * characters as they are, which XML 1.0 forbids (a strict reader refuses the file): they go.
   */
  async xml(definitions: ModdleElement): Promise<string> {
    return xmlText((await this.moddle.toXML(definitions, { format: true })).xml);
  }
}
